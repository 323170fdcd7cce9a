import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of the calendar, exports and the compliance dashboard. */
export const meetingCalendarMessages = {
  'calendar.range_too_long': {
    vi: 'Khoảng thời gian xem lịch quá dài (tối đa {days} ngày).',
    en: 'The calendar range is too long (at most {days} days).',
  },
  'calendar.range_reversed': {
    vi: 'Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.',
    en: 'The start day must not be after the end day.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof meetingCalendarMessages> {}
}
