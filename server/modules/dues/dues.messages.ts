import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of party dues. */
export const duesMessages = {
  'dues.duplicate_change': {
    vi: 'Một tháng của một đảng viên xuất hiện hai lần trong cùng lần lưu.',
    en: 'The same member and month appear twice in one save.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof duesMessages> {}
}
