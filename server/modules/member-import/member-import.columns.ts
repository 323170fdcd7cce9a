import { MEMBER_STATUSES, type MemberStatus } from '../../../common/enums.ts';
import { foldVietnamese } from '../../../common/vietnamese.ts';

/** The import template's columns, in order: the header printed in the file and what it holds. */
export const COLUMNS = [
  { key: 'familyName', header: 'Họ', en: 'Family name', required: true, note: 'Nguyễn' },
  { key: 'middleName', header: 'Tên đệm', en: 'Middle name', required: false, note: 'Văn' },
  { key: 'givenName', header: 'Tên', en: 'Given name', required: true, note: 'An' },
  { key: 'gender', header: 'Giới tính', en: 'Gender', required: false, note: 'Nam / Nữ' },
  { key: 'birthDate', header: 'Ngày sinh', en: 'Date of birth', required: false, note: 'dd/mm/yyyy' },
  { key: 'citizenId', header: 'Số CCCD', en: 'Citizen id', required: false, note: '12 chữ số' },
  { key: 'cell', header: 'Chi bộ', en: 'Cell', required: true, note: 'Mã hoặc tên đúng của chi bộ' },
  { key: 'status', header: 'Trạng thái', en: 'Status', required: true, note: 'Chính thức / Dự bị / ...' },
  { key: 'partyCardNumber', header: 'Số thẻ đảng', en: 'Party card number', required: false, note: '' },
  { key: 'admissionDecisionDate', header: 'Ngày quyết định kết nạp', en: 'Admission decision date', required: false, note: 'dd/mm/yyyy' },
  { key: 'admissionDecisionNumber', header: 'Số quyết định', en: 'Decision number', required: false, note: '123-QĐ/ĐU' },
  { key: 'ceremonyDate', header: 'Ngày kết nạp (lễ)', en: 'Admission ceremony date', required: false, note: 'dd/mm/yyyy' },
  { key: 'officialRecognitionDate', header: 'Ngày công nhận chính thức', en: 'Official recognition date', required: false, note: 'dd/mm/yyyy' },
  { key: 'educationLevel', header: 'Trình độ học vấn', en: 'Education', required: false, note: '12/12, Đại học' },
  { key: 'politicalTheoryLevel', header: 'Lý luận chính trị', en: 'Political theory', required: false, note: 'Sơ cấp / Trung cấp / Cao cấp' },
  { key: 'occupation', header: 'Nghề nghiệp', en: 'Occupation', required: false, note: '' },
  { key: 'position', header: 'Chức vụ', en: 'Position', required: false, note: '' },
  { key: 'contact', header: 'Liên hệ', en: 'Contact', required: false, note: 'Điện thoại, email' },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const DATE_COLUMNS = ['birthDate', 'admissionDecisionDate', 'ceremonyDate', 'officialRecognitionDate'] as const;

/** Vietnamese names of the statuses the file may use, besides the codes themselves. */
const STATUS_LABELS: Record<MemberStatus, string[]> = {
  applicant: ['Quần chúng', 'Quần chúng xin vào Đảng', 'Đối tượng kết nạp'],
  probationary: ['Dự bị', 'Đảng viên dự bị'],
  official: ['Chính thức', 'Đảng viên chính thức'],
  exempt: ['Miễn sinh hoạt', 'Miễn công tác và sinh hoạt đảng'],
  temporarily_elsewhere: ['Sinh hoạt tạm thời', 'Sinh hoạt tạm thời nơi khác'],
  transferred_out: ['Đã chuyển đi', 'Chuyển sinh hoạt'],
  removed: ['Xóa tên'],
  expelled: ['Khai trừ'],
  left: ['Ra khỏi Đảng'],
  deceased: ['Từ trần', 'Đã mất'],
};

const statusByFold = new Map<string, MemberStatus>(
  MEMBER_STATUSES.flatMap((s) => [[s, s] as const, ...STATUS_LABELS[s].map((l) => [foldVietnamese(l), s] as const)]),
);

export function parseStatus(text: string): MemberStatus | undefined {
  return statusByFold.get(foldVietnamese(text.trim()).replace(/\s+/g, ' '));
}

export const statusLabel = (s: MemberStatus) => STATUS_LABELS[s][0] ?? s;

export function parseGender(text: string): 'male' | 'female' | undefined {
  const f = foldVietnamese(text.trim());
  if (f === 'nam' || f === 'male') return 'male';
  if (f === 'nu' || f === 'female') return 'female';
  return undefined;
}
