import type { Text } from './i18n.ts';

/**
 * The problem codes every part of the API can answer (requests, routing, records, log-in), with their text in
 * both languages. Codes are stable: clients match on them. A module keeps its own codes in
 * `<module>.messages.ts`: `app.ts` registers each module's catalogue here, and the module adds its codes to
 * `ModuleMessages` (declaration merging), so `MessageCode` names every code without http/ importing a module.
 */
export type Catalog = Record<string, Text>;

export const httpMessages = {
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
  'auth.rate_limited': { vi: 'Quá nhiều yêu cầu. Hãy thử lại sau.', en: 'Too many requests. Try again later.' },
  'auth.forbidden': { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You may not do this.' },
  'auth.origin_rejected': {
    vi: 'Yêu cầu ghi từ nguồn không được phép.',
    en: 'Write requests from this origin are not allowed.',
  },
  'date.invalid': { vi: 'Ngày không tồn tại.', en: 'No such date.' },
} as const satisfies Catalog;

/** Filled by each module's `<module>.messages.ts`: `declare module '../../http/messages.ts' { interface ModuleMessages extends CodesOf<typeof xMessages> {} }`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into by the modules
export interface ModuleMessages {}
/** The codes of a catalogue, as the members an interface can extend. */
export type CodesOf<C extends Catalog> = { [K in keyof C]: true };
export type MessageCode = keyof typeof httpMessages | keyof ModuleMessages;

const registry = new Map<string, Text>(Object.entries(httpMessages));

/** Adds a module's codes; a code two catalogues define differently is a mistake found at start-up. */
export function registerMessages(catalog: Catalog): void {
  for (const [code, text] of Object.entries(catalog)) {
    const known = registry.get(code);
    if (known && known !== text) throw new Error(`problem code ${code} is defined twice`);
    registry.set(code, text);
  }
}

/** The texts of a code; a code no catalogue registered reads as itself (never an exception while answering). */
export function messageText(code: MessageCode): Text {
  return registry.get(code) ?? { vi: code, en: code };
}
