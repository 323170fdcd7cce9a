import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of rules kept as data. */
export const rulesMessages = {
  'rule.missing': {
    vi: 'Chưa có giá trị quy định "{key}" áp dụng cho ngày {on}.',
    en: 'No value of the rule "{key}" applies on {on}.',
  },
  'calendar.outside_known': {
    vi: 'Lịch ngày nghỉ lễ, tết chỉ có từ {from} đến {to}: hạn tính cho ngày ngoài khoảng này có thể chưa trừ ngày nghỉ lễ, cần kiểm tra lại.',
    en: 'The holiday calendar covers {from} to {to} only: a deadline outside it may not skip public holidays; check it.',
  },
  'rule.invalid': {
    vi: 'Giá trị không hợp lệ cho quy định "{key}".',
    en: 'The value does not fit the rule "{key}".',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof rulesMessages> {}
}
