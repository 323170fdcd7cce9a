import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of the organization tree. */
export const organizationsMessages = {
  'organization.cycle': {
    vi: 'Không thể chuyển tổ chức vào chính nó hoặc tổ chức cấp dưới của nó.',
    en: 'An organization cannot move under itself or its descendants.',
  },
  'organization.dissolved': {
    vi: 'Tổ chức đã giải thể hoặc sáp nhập.',
    en: 'The organization is dissolved or merged.',
  },
  'organization.has_active_children': {
    vi: 'Tổ chức còn đơn vị trực thuộc đang hoạt động.',
    en: 'The organization still has active sub-organizations.',
  },
  'organization.root_exists': {
    vi: 'Chỉ quản trị viên mới tạo được tổ chức cấp cao nhất.',
    en: 'Only an administrator can create a top-level organization.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof organizationsMessages> {}
}
