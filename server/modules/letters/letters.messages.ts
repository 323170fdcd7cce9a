import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of citizens' letters. */
export const lettersMessages = {
  'letter.kind_unknown': { vi: 'Loại đơn thư không có trong danh mục.', en: 'The kind of letter is not in the list.' },
  'letter.already_answered': { vi: 'Đơn thư đã được trả lời.', en: 'The letter has already been answered.' },
  'letter.answered_before_received': {
    vi: 'Ngày trả lời không được trước ngày nhận đơn.',
    en: 'The answer cannot be dated before the letter was received.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof lettersMessages> {}
}
