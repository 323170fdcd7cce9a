import type { Text } from '../../http/i18n.ts';

/** Problem codes of rules kept as data. */
export const rulesMessages = {
  'rule.missing': {
    vi: 'Chưa có giá trị quy định "{key}" áp dụng cho ngày {on}.',
    en: 'No value of the rule "{key}" applies on {on}.',
  },
  'rule.invalid': {
    vi: 'Giá trị không hợp lệ cho quy định "{key}".',
    en: 'The value does not fit the rule "{key}".',
  },
} as const satisfies Record<string, Text>;
