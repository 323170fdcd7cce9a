import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { errorText } from '../components/errors';
import { useMe } from './session';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { data: me, isPending, error } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (isPending) {
    return (
      <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 120 }}>
        <Spin size="large" />
      </div>
    );
  }
  if (error) return <Result status="warning" title={errorText(error, t)} />;
  if (!me) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}
