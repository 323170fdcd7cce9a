import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of tasks. */
export const tasksMessages = {
  'task.progress_backwards': {
    vi: 'Tiến độ giảm từ {from}% xuống {to}% cần ghi rõ lý do.',
    en: 'Progress going back from {from}% to {to}% needs a reason.',
  },
  'task.reason_required': { vi: 'Cần ghi rõ lý do.', en: 'A reason is required.' },
  'task.not_open': { vi: 'Nhiệm vụ đã hoàn thành hoặc đã hủy.', en: 'The task is done or cancelled.' },
  'task.same_deadline': { vi: 'Hạn mới trùng với hạn hiện tại.', en: 'The new deadline is the current one.' },
  'task.bulk_failed': {
    vi: 'Không cập nhật được nhiệm vụ "{title}": {reason} Chưa có nhiệm vụ nào được thay đổi.',
    en: 'Task "{title}" could not be updated: {reason} No task was changed.',
  },
  'task.due_before_start': { vi: 'Hạn hoàn thành không thể trước ngày bắt đầu.', en: 'The deadline cannot be before the start.' },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof tasksMessages> {}
}
