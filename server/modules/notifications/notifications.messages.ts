import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of jobs, notifications, the inbox and dashboards: 'notification.<rule>', 'dashboard.<rule>'. */
export const notificationsMessages = {
  'notification.not_found': { vi: 'Không tìm thấy thông báo.', en: 'The notification was not found.' },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof notificationsMessages> {}
}
