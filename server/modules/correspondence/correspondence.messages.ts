import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of the incoming and outgoing registers. */
export const correspondenceMessages = {
  'register.no_permission': {
    vi: 'Chỉ văn thư (quyền sổ công văn) được sửa sổ đăng ký.',
    en: 'Only the clerk (correspondence rights) may edit the register.',
  },
  'register.too_long_for_word': {
    vi: 'Sổ có hơn {max} dòng trong khoảng thời gian này: hãy in theo tháng hoặc xuất Excel.',
    en: 'The register has more than {max} rows in this period: print it by month or export to Excel.',
  },
  'incoming.received_before_document': {
    vi: 'Ngày đến không được trước ngày của văn bản ({date}).',
    en: 'The date received cannot be before the document date ({date}).',
  },
  'incoming.possible_duplicate': {
    vi: 'Văn bản số {symbol} của {sender} đã được vào sổ (số đến {arrival}). Xác nhận nếu vẫn muốn vào sổ.',
    en: 'Document {symbol} from {sender} is already registered (arrival number {arrival}). Confirm to register it anyway.',
  },
  'incoming.reply_unrelated': {
    vi: 'Văn bản trả lời phải là văn bản đi đã ban hành của cùng cơ quan, sau ngày đến, và không trả lời văn bản khác.',
    en: 'A reply must be an issued outgoing document of the same body, issued after receipt, answering no other document.',
  },
  'incoming.deadline_before_received': {
    vi: 'Hạn xử lý không được trước ngày đến.',
    en: 'The deadline cannot be before the date received.',
  },
  'incoming.symbol_unusual': {
    vi: 'Số, ký hiệu "{symbol}" không theo thể thức thường gặp: đã ghi đúng như văn bản gửi đến, hãy kiểm tra lại.',
    en: 'The number and symbol "{symbol}" is not in a usual format: it is recorded as the sender wrote it; check it.',
  },
  'incoming.already_done': { vi: 'Văn bản đến đã được xử lý xong.', en: 'This incoming document is already handled.' },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof correspondenceMessages> {}
}
