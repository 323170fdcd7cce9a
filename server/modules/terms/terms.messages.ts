import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of terms. */
export const termsMessages = {
  'term.not_party_organization': {
    vi: 'Chỉ tổ chức đảng mới có nhiệm kỳ.',
    en: 'Only party organizations have terms.',
  },
  'term.ordinal_not_next': {
    vi: 'Nhiệm kỳ mới phải là lần thứ {expected}.',
    en: 'The new term must be number {expected}.',
  },
  'term.date_order': {
    vi: 'Ngày bế mạc đại hội phải sau ngày bắt đầu của nhiệm kỳ trước.',
    en: 'The congress must close after the previous term started.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof termsMessages> {}
}
