import type { Text } from '../../http/i18n.ts';

/** Problem codes of dues, ratings and imports: 'dues.<rule>', 'rating.<rule>', 'import.<rule>'. */
export const duesMessages = {
  'dues.duplicate_change': {
    vi: 'Một tháng của một đảng viên xuất hiện hai lần trong cùng lần lưu.',
    en: 'The same member and month appear twice in one save.',
  },
  'rating.round_exists': {
    vi: 'Tổ chức này đã có đợt đánh giá năm {year}.',
    en: 'This organization already has a rating round for {year}.',
  },
  'rating.level_above_score': {
    vi: 'Mức xếp loại cao hơn mức điểm {score} cho phép.',
    en: 'The level is higher than the score {score} allows.',
  },
  'rating.quota_exceeded': {
    vi: 'Vượt tỷ lệ: {excellent} đảng viên hoàn thành xuất sắc trên {goodOrAbove} đảng viên từ hoàn thành tốt trở lên; tối đa {max}.',
    en: 'Quota exceeded: {excellent} rated excellent of {goodOrAbove} rated good or above; at most {max}.',
  },
  'rating.not_cell_member': {
    vi: 'Chỉ chi bộ hoặc chính đảng viên mới tự đánh giá được.',
    en: 'Only the cell or the member themselves may enter the self-assessment.',
  },
  'import.file_unreadable': {
    vi: 'Không đọc được tệp Excel (.xlsx).',
    en: 'The Excel (.xlsx) file cannot be read.',
  },
  'import.rows_invalid': {
    vi: 'Tệp có {count} lỗi; chưa nhập dòng nào.',
    en: 'The file has {count} errors; nothing was imported.',
  },
  'import.too_many_rows': {
    vi: 'Tệp có quá nhiều dòng (tối đa {max}).',
    en: 'The file has too many rows (at most {max}).',
  },
  'import.empty': { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' },
} as const satisfies Record<string, Text>;
