import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setUnauthorizedHandler } from '../api/api';
import type { Me } from '../api/types';
import { meKey } from './session';

/** Turns any 401 into "logged out": RequireAuth then sends the user to the log-in page. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();

  useEffect(() => {
    setUnauthorizedHandler(() => {
      const me = qc.getQueryData<Me | null>(meKey);
      if (!me) return;
      void message.warning(t('errors.sessionEnded'));
      // RequireAuth now sends the user to the log-in page; logging in drops the other cached data.
      qc.setQueryData(meKey, null);
    });
    return () => setUnauthorizedHandler(null);
  }, [qc, message, t]);

  return children;
}
