import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of logging in and passwords. */
export const authMessages = {
  'auth.invalid_credentials': {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  'auth.throttled': {
    vi: 'Đăng nhập sai nhiều lần. Hãy thử lại sau {seconds} giây.',
    en: 'Too many failed log-ins. Try again in {seconds} seconds.',
  },
  'auth.wrong_password': { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  'auth.weak_password': {
    vi: 'Mật khẩu mới phải có ít nhất 10 ký tự, gồm chữ và số.',
    en: 'The new password needs at least 10 characters, with letters and digits.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof authMessages> {}
}
