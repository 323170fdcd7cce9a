import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of programs, task progress and reports: 'program.<rule>', 'task.<rule>', 'report.<rule>'. */
export const programsMessages = {
  'program.period_invalid': { vi: 'Kỳ của chương trình không hợp lệ: ngày kết thúc trước ngày bắt đầu.', en: "The program's period ends before it starts." },
  'program.adopted': { vi: 'Chương trình đã được thông qua, không sửa được danh mục.', en: 'The program is adopted: its items cannot change.' },
  'program.item_has_task': { vi: 'Mục này đã được giao thành nhiệm vụ.', en: 'This item is already a task.' },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof programsMessages> {}
}
