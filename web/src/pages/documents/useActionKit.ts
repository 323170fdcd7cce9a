import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/session';
import { useErrorHandler } from '../../components/errors';
import { useDocsT } from './i18n';

/** What a panel of actions on a record needs: both catalogues, the user, messages, the query cache, the error handler. */
export function useActionKit() {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const onError = useErrorHandler();
  return { t, tc, me, message, modal, qc, onError };
}
