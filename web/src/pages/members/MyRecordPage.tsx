import { Alert, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api';
import { errorText } from '../../components/errors';
import { MemberView } from './MemberPage';
import { useMyMember } from './queries';

/** "Hồ sơ của tôi": a member's own record, read-only. */
export function MyRecordPage() {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const { data, isPending, error } = useMyMember();
  if (isPending) return <Spin />;
  if (isApiError(error) && error.status === 404) {
    return <Result status="info" title={t('myRecord')} subTitle={<span data-testid="my-record-none">{t('myRecordNone')}</span>} />;
  }
  if (error) return <Alert type="error" showIcon title={errorText(error, tc)} />;
  return <MemberView member={data} own />;
}
