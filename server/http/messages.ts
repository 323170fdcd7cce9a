import { documentsMessages } from '../modules/documents/documents.messages.ts';
import { filesMessages } from '../modules/files/files.messages.ts';
import { notificationsMessages } from '../modules/notifications/notifications.messages.ts';
import { programsMessages } from '../modules/programs/programs.messages.ts';
import { duesMessages } from '../modules/dues/dues.messages.ts';
import { meetingCalendarMessages } from '../modules/meetings/meetings.calendar.messages.ts';
import { meetingsMessages } from '../modules/meetings/meetings.messages.ts';
import { membersMessages } from '../modules/members/members.messages.ts';
import { registerImportMessages } from '../modules/register-import/register-import.messages.ts';
import { rulesMessages } from '../modules/rules/rules.messages.ts';
import type { Text } from './i18n.ts';

/**
 * Every problem code the API can answer, with its text in both languages. Codes are stable:
 * clients match on them. A module keeps its own codes in <module>.messages.ts, spread in here.
 */
export const messages = {
  'request.invalid': { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request data is not valid.' },
  'request.malformed': { vi: 'Yêu cầu không đúng định dạng.', en: 'The request is malformed.' },
  'request.malformed_json': { vi: 'Nội dung JSON không đọc được.', en: 'The JSON body cannot be parsed.' },
  'request.body_too_large': { vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  'request.unsupported_media_type': {
    vi: 'Kiểu nội dung không được hỗ trợ.',
    en: 'The content type is not supported.',
  },
  'request.nul_character': {
    vi: 'Dữ liệu gửi lên chứa ký tự NUL (U+0000), không được phép.',
    en: 'The request contains a NUL character (U+0000), which is not allowed.',
  },
  'request.invalid_unicode': {
    vi: 'Dữ liệu gửi lên chứa ký tự Unicode không hợp lệ.',
    en: 'The request contains invalid Unicode (a lone surrogate).',
  },
  'request.uri_too_long': { vi: 'Địa chỉ yêu cầu quá dài.', en: 'The request address is too long.' },
  'request.timeout': { vi: 'Yêu cầu gửi quá chậm.', en: 'The request took too long to arrive.' },
  'request.headers_too_large': { vi: 'Phần đầu yêu cầu quá lớn.', en: 'The request headers are too large.' },
  'route.not_found': { vi: 'Không có địa chỉ này.', en: 'No such address.' },
  'resource.not_found': { vi: 'Không tìm thấy bản ghi.', en: 'The record was not found.' },
  'resource.version_conflict': {
    vi: 'Bản ghi đã được người khác sửa. Hãy xem bản hiện tại rồi sửa lại.',
    en: 'Someone else changed this record. Review the current version and try again.',
  },
  'resource.duplicate': { vi: 'Bản ghi đã tồn tại.', en: 'The record already exists.' },
  'resource.reference_invalid': {
    vi: 'Bản ghi được tham chiếu không tồn tại.',
    en: 'A referenced record does not exist.',
  },
  'server.internal': {
    vi: 'Lỗi hệ thống. Thao tác chưa được thực hiện; hãy thử lại.',
    en: 'Internal error. Nothing was changed; please try again.',
  },
  'auth.required': { vi: 'Bạn cần đăng nhập.', en: 'You need to log in.' },
  'auth.invalid_credentials': {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  'auth.throttled': {
    vi: 'Đăng nhập sai nhiều lần. Hãy thử lại sau {seconds} giây.',
    en: 'Too many failed log-ins. Try again in {seconds} seconds.',
  },
  'auth.rate_limited': { vi: 'Quá nhiều yêu cầu. Hãy thử lại sau.', en: 'Too many requests. Try again later.' },
  'auth.forbidden': { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You may not do this.' },
  'auth.origin_rejected': {
    vi: 'Yêu cầu ghi từ nguồn không được phép.',
    en: 'Write requests from this origin are not allowed.',
  },
  'auth.wrong_password': { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is wrong.' },
  'auth.weak_password': {
    vi: 'Mật khẩu mới phải có ít nhất 10 ký tự, gồm chữ và số.',
    en: 'The new password needs at least 10 characters, with letters and digits.',
  },
  'user.username_taken': { vi: 'Tên đăng nhập đã được dùng.', en: 'The username is taken.' },
  'user.cannot_disable_self': {
    vi: 'Bạn không thể tự khóa tài khoản của mình.',
    en: 'You cannot disable your own account.',
  },
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
  'holding.date_order': {
    vi: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.',
    en: 'The end date must not be before the start date.',
  },
  'date.invalid': { vi: 'Ngày không tồn tại.', en: 'No such date.' },
  ...membersMessages,
  ...rulesMessages,
  ...duesMessages,
  ...meetingsMessages,
  ...meetingCalendarMessages,
  ...documentsMessages,
  ...filesMessages,
  ...programsMessages,
  ...notificationsMessages,
  ...registerImportMessages,
} as const satisfies Record<string, Text>;

export type MessageCode = keyof typeof messages;
