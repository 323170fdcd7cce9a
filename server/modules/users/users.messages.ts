import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of accounts. */
export const usersMessages = {
  'user.username_taken': { vi: 'Tên đăng nhập đã được dùng.', en: 'The username is taken.' },
  'user.cannot_disable_self': {
    vi: 'Bạn không thể tự khóa tài khoản của mình.',
    en: 'You cannot disable your own account.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof usersMessages> {}
}
