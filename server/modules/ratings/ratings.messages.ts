import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of the yearly quality rating. */
export const ratingsMessages = {
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
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof ratingsMessages> {}
}
