import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Permission, can } from '../lib/permissions';
import { useMe } from './session';

/** A page for those who hold `permission` somewhere; others see why they cannot use it. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!can(me, permission)) return <Result status="403" title="403" subTitle={t('errors.forbiddenPage')} />;
  return children;
}
