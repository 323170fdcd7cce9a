import type { TFunction } from 'i18next';
import i18n from '../i18n';

/** "organization.created" -> "Thêm tổ chức"; codes the catalogue does not know are shown as they are. */
export function actionLabel(t: TFunction, action: string): string {
  const key = `audit.actions.${action}`;
  return i18n.exists(key) ? String(t(key as 'audit.actions.auth.login')) : action;
}

export function entityLabel(t: TFunction, entity: string): string {
  const key = `audit.entities.${entity}`;
  return i18n.exists(key) ? String(t(key as 'audit.entities.user')) : entity;
}
