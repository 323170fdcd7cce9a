import { SECRECY_LEVELS, type SecrecyLevel } from '../../../common/enums.ts';
import { foldVietnamese } from '../../../common/vietnamese.ts';
import { URGENCIES, type Urgency } from '../../../common/enums.ts';
import type { ImportColumn } from '../imports/imports.schema.ts';

/** The three registers' import columns, in template order, with the Vietnamese words the files may use. */

export const REGISTER_KINDS = ['incoming', 'outgoing', 'letters'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

const col = <K extends string>(key: K, header: string, en: string, required: boolean, note = ''): ImportColumn<K> => ({ key, header, en, required, note });

export const INCOMING_COLUMNS = [
  col('arrivalNumber', 'Số đến', 'Arrival number', false, 'Để trống: hệ thống cấp số tiếp theo của sổ'),
  col('receivedOn', 'Ngày đến', 'Date received', true, 'dd/mm/yyyy'),
  col('sender', 'Nơi gửi', 'Sender', true, 'Cơ quan, tổ chức ban hành'),
  col('symbol', 'Số, ký hiệu', 'Number and symbol', false, 'Ghi đúng như trên văn bản'),
  col('documentDate', 'Ngày văn bản', 'Document date', true, 'dd/mm/yyyy'),
  col('typeName', 'Loại văn bản', 'Document type', false, 'Công văn, Báo cáo, ...'),
  col('summary', 'Trích yếu nội dung', 'Summary', true),
  col('urgency', 'Độ khẩn', 'Urgency', false, 'Thường / Khẩn / Thượng khẩn / Hỏa tốc'),
  col('secrecy', 'Độ mật', 'Secrecy', false, 'Mật / Tối mật / Tuyệt mật'),
  col('note', 'Ghi chú', 'Note', false),
] as const;

export const OUTGOING_COLUMNS = [
  col('number', 'Số', 'Number', true, 'Số thứ tự của văn bản'),
  col('symbol', 'Số, ký hiệu', 'Number and symbol', true, '12-BC/ĐU hoặc 12/BC-UBND'),
  col('issuedOn', 'Ngày ban hành', 'Date issued', true, 'dd/mm/yyyy'),
  col('typeName', 'Loại văn bản', 'Document type', true, 'Tên hoặc chữ viết tắt: Báo cáo, BC, ...'),
  col('summary', 'Trích yếu nội dung', 'Summary', true),
  col('signerName', 'Người ký', 'Signer', false),
  col('recipients', 'Nơi nhận', 'Recipients', false, 'Cách nhau bằng dấu chấm phẩy'),
  col('secrecy', 'Độ mật', 'Secrecy', false, 'Mật / Tối mật / Tuyệt mật'),
  col('copies', 'Số lượng bản', 'Copies', false),
  col('note', 'Ghi chú', 'Note', false),
] as const;

export const LETTER_COLUMNS = [
  col('arrivalNumber', 'Số đến', 'Arrival number', false, 'Để trống: hệ thống cấp số tiếp theo của sổ'),
  col('receivedOn', 'Ngày nhận', 'Date received', true, 'dd/mm/yyyy'),
  col('senderName', 'Người gửi', 'Sender', true),
  col('senderAddress', 'Địa chỉ', 'Address', false),
  col('kind', 'Loại đơn', 'Kind', true, 'Khiếu nại / Tố cáo / Kiến nghị / Phản ánh'),
  col('summary', 'Nội dung tóm tắt', 'Summary', true),
  col('concernsMember', 'Liên quan đảng viên', 'Concerns a party member', false, 'Có / Không'),
] as const;

export type IncomingKey = (typeof INCOMING_COLUMNS)[number]['key'];
export type OutgoingKey = (typeof OUTGOING_COLUMNS)[number]['key'];
export type LetterKey = (typeof LETTER_COLUMNS)[number]['key'];

export const COLUMNS_OF = { incoming: INCOMING_COLUMNS, outgoing: OUTGOING_COLUMNS, letters: LETTER_COLUMNS } as const;

const fold = (s: string) => foldVietnamese(s.trim()).replace(/\s+/g, ' ');
const lookup = <T extends string | boolean>(pairs: ReadonlyArray<readonly [string, T]>) => {
  const m = new Map(pairs.map(([k, v]) => [fold(k), v] as const));
  return (text: string): T | undefined => m.get(fold(text));
};

export const URGENCY_LABELS: Record<Urgency, string> = { thuong: 'Thường', khan: 'Khẩn', thuong_khan: 'Thượng khẩn', hoa_toc: 'Hỏa tốc' };
export const SECRECY_LABELS: Record<SecrecyLevel, string> = { none: 'Thường', mat: 'Mật', toi_mat: 'Tối mật', tuyet_mat: 'Tuyệt mật' };
export const parseUrgency = lookup(URGENCIES.flatMap((u) => [[u, u], [URGENCY_LABELS[u], u]] as const));
export const parseSecrecy = lookup([...SECRECY_LEVELS.flatMap((s) => [[s, s], [SECRECY_LABELS[s], s]] as const), ['Không', 'none'] as const]);
export const parseYesNo = lookup([['Có', true], ['x', true], ['yes', true], ['true', true], ['1', true], ['Không', false], ['no', false], ['false', false], ['0', false]] as const);
