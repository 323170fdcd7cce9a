import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of posts and their holdings. */
export const postsMessages = {
  'holding.date_order': {
    vi: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.',
    en: 'The end date must not be before the start date.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof postsMessages> {}
}
