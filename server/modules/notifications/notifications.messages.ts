import type { Text } from '../../http/i18n.ts';

/** Problem codes of jobs, notifications, the inbox and dashboards: 'job.<rule>', 'notification.<rule>'. */
export const notificationsMessages = {
  'notification.not_found': { vi: 'Không tìm thấy thông báo.', en: 'The notification was not found.' },
} as const satisfies Record<string, Text>;
