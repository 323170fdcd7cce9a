import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of documents, registers and letters: 'document.<rule>', 'incoming.<rule>', 'letter.<rule>', 'file.<rule>'. */
export const documentsMessages = {
  'document.symbol_invalid': {
    vi: 'Số, ký hiệu văn bản không đúng định dạng.',
    en: 'The document number and symbol are not in the right format.',
  },
  'document.code_invalid': {
    vi: 'Chữ viết tắt của cơ quan ban hành hoặc đơn vị soạn thảo chỉ gồm chữ và số, không có dấu cách.',
    en: 'Abbreviations of the issuing body and the drafting unit are letters and digits only, without spaces.',
  },
  'document.unit_code_required': {
    vi: 'Công văn cần chữ viết tắt của đơn vị soạn thảo (ví dụ 05/VPQH-TH).',
    en: 'A công văn needs the abbreviation of its drafting unit (e.g. 05/VPQH-TH).',
  },
  'document.issuer_code_required': {
    vi: 'Cần chữ viết tắt tên cơ quan ban hành (ví dụ VPQH, ĐU).',
    en: 'The abbreviation of the issuing body is required (e.g. VPQH, ĐU).',
  },
  'document.type_unknown': { vi: 'Loại văn bản không có trong danh mục.', en: 'The document type is not in the list.' },
  'document.clearance_exceeded': {
    vi: 'Độ mật của văn bản vượt quá mức được tiếp cận của bạn.',
    en: 'The secrecy level is above your clearance.',
  },
  'document.comments_unanswered': {
    vi: 'Còn {comments} ý kiến góp ý chưa được trả lời trong {rounds} đợt lấy ý kiến đang mở. Xác nhận để vẫn trình ký.',
    en: '{comments} comments in {rounds} open comment rounds have no answer yet. Confirm to submit anyway.',
  },
  'comment.document_final': {
    vi: 'Văn bản đang ở trạng thái "{state}": không nhận thêm ý kiến góp ý.',
    en: 'The document is "{state}": it takes no more comments.',
  },
  'document.state_forbids': {
    vi: 'Văn bản đang ở trạng thái "{state}", không thể thực hiện thao tác này.',
    en: 'The document is "{state}": this cannot be done.',
  },
  'document.already_issued': {
    vi: 'Văn bản đã được ban hành với số {symbol}; không cấp số lần thứ hai.',
    en: 'The document was already issued as {symbol}; it cannot get a second number.',
  },
  'document.term_missing': {
    vi: 'Văn bản của Đảng đánh số theo nhiệm kỳ: cần khai báo nhiệm kỳ của cấp ủy ban hành vào ngày {on}.',
    en: "Party documents are numbered per term: record the issuing committee's term on {on} first.",
  },
  'document.numbering_rule_missing': {
    vi: 'Chưa có quy tắc đánh số cho văn bản này vào ngày {on}.',
    en: 'No numbering rule applies to this document on {on}.',
  },
  'document.relation_invalid': {
    vi: 'Văn bản liên quan không tồn tại hoặc bạn không được xem.',
    en: 'The related document does not exist or you may not see it.',
  },
  'document.relation_self': {
    vi: 'Không thể liên kết văn bản với chính nó.',
    en: 'A document cannot be related to itself.',
  },
  'document.relation_exists': {
    vi: 'Quan hệ này giữa hai văn bản đã được ghi nhận.',
    en: 'This relation between the two documents is already recorded.',
  },
  'document.relation_circular': {
    vi: 'Văn bản kia đã có quan hệ cùng loại với văn bản này theo chiều ngược lại.',
    en: 'The other document already has this relation to this one, the other way round.',
  },
  'document.relation_unknown': {
    vi: 'Không có quan hệ này giữa hai văn bản.',
    en: 'There is no such relation between the two documents.',
  },
  'document.no_permission': {
    vi: 'Bạn được xem nhưng không được sửa văn bản này.',
    en: 'You may read this document but not change it.',
  },
  'document.file_already_attached': {
    vi: 'Tệp này đã được đính kèm văn bản.',
    en: 'This file is already attached to the document.',
  },
  'document.file_unknown': {
    vi: 'Tệp này không đính kèm văn bản.',
    en: 'This file is not attached to the document.',
  },
  'document.version_unknown': { vi: 'Không có phiên bản {no} của dự thảo.', en: 'The draft has no version {no}.' },
  'document.signer_required': { vi: 'Cần ghi người ký trước khi ký, ban hành.', en: 'Name the signer before signing.' },
  'document.issued_before_signed': {
    vi: 'Ngày ban hành không được trước ngày ký.',
    en: 'A document cannot be issued before it was signed.',
  },
  'file.too_large': {
    vi: 'Tệp quá lớn: tối đa {max} byte.',
    en: 'The file is too large: at most {max} bytes.',
  },
  'file.type_refused': {
    vi: 'Loại tệp này không được nhận (chương trình, mã lệnh, trang web...). Hãy gửi PDF, Word, Excel hoặc ảnh.',
    en: 'This kind of file is refused (programs, scripts, web pages...). Send PDF, Word, Excel or images.',
  },
  'file.missing': { vi: 'Không có tệp trong yêu cầu.', en: 'The request carries no file.' },
  'comment.round_closed': { vi: 'Đợt lấy ý kiến đã kết thúc.', en: 'The comment round is closed.' },
  'comment.paragraph_unknown': {
    vi: 'Dự thảo không có đoạn {paragraph}.',
    en: 'The draft has no paragraph {paragraph}.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof documentsMessages> {}
}
