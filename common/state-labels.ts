import type { MeetingState, MemberStatus } from './enums.ts';

/**
 * The words for the states a record is in, in both languages: the web app's catalogues show them on screens
 * and the server puts them in problem messages ("đang ở trạng thái Trình ký", never "submitted"). One copy,
 * so a screen and a message never name a state differently.
 */

type ByLang<K extends string> = { vi: Record<K, string>; en: Record<K, string> };

export type DocumentStateKey = 'draft' | 'submitted' | 'signed' | 'issued' | 'recalled';

export const DOCUMENT_STATE_LABELS: ByLang<DocumentStateKey> = {
  vi: { draft: 'Dự thảo', submitted: 'Trình ký', signed: 'Đã ký', issued: 'Đã ban hành', recalled: 'Đã thu hồi' },
  en: { draft: 'Draft', submitted: 'Submitted', signed: 'Signed', issued: 'Issued', recalled: 'Recalled' },
};

export const MEETING_STATE_LABELS: ByLang<MeetingState> = {
  vi: { planned: 'Dự kiến', invited: 'Đã gửi giấy mời', held: 'Đã họp', cancelled: 'Đã hủy', postponed: 'Hoãn' },
  en: { planned: 'Planned', invited: 'Invitations sent', held: 'Held', cancelled: 'Cancelled', postponed: 'Postponed' },
};

export const MEMBER_STATUS_LABELS: ByLang<MemberStatus> = {
  vi: {
    applicant: 'Quần chúng xin vào Đảng', probationary: 'Đảng viên dự bị', official: 'Đảng viên chính thức', exempt: 'Miễn sinh hoạt',
    temporarily_elsewhere: 'Sinh hoạt tạm thời nơi khác', transferred_out: 'Đã chuyển đi', removed: 'Xóa tên', expelled: 'Khai trừ',
    left: 'Ra khỏi Đảng', deceased: 'Từ trần',
  },
  en: {
    applicant: 'Applicant', probationary: 'Probationary member', official: 'Official member', exempt: 'Exempt from activities',
    temporarily_elsewhere: 'Temporarily active elsewhere', transferred_out: 'Transferred out', removed: 'Removed', expelled: 'Expelled',
    left: 'Left the Party', deceased: 'Deceased',
  },
};
