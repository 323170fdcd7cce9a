import type { Text } from '../../http/i18n.ts';

/** Problem codes of meetings and minutes: 'meeting.<rule>'. */
export const meetingsMessages = {
  'meeting.ends_before_start': {
    vi: 'Thời gian kết thúc phải sau thời gian bắt đầu.',
    en: 'The meeting must end after it starts.',
  },
} as const satisfies Record<string, Text>;
