import type { Text } from '../../http/i18n.ts';

/** Problem codes of jobs, notifications, the inbox and dashboards: 'notification.<rule>', 'dashboard.<rule>'. */
export const notificationsMessages = {
  'notification.not_found': { vi: 'Không tìm thấy thông báo.', en: 'The notification was not found.' },
  'dashboard.range_invalid': { vi: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', en: 'The start date must not be after the end date.' },
} as const satisfies Record<string, Text>;
