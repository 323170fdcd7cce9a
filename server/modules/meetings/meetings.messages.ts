import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of meetings, minutes and tasks: 'meeting.<rule>', 'task.<rule>'. */
export const meetingsMessages = {
  'meeting.ends_before_start': { vi: 'Thời gian kết thúc phải sau thời gian bắt đầu.', en: 'The meeting must end after it starts.' },
  'meeting.kind_not_for_organization': {
    vi: 'Loại cuộc họp này chỉ dành cho chi bộ.',
    en: 'This kind of meeting is for party cells only.',
  },
  'meeting.invalid_transition': {
    vi: 'Không thể chuyển cuộc họp từ trạng thái "{from}" sang "{to}".',
    en: 'A meeting cannot go from "{from}" to "{to}".',
  },
  'meeting.reason_required': { vi: 'Cần ghi rõ lý do hủy hoặc hoãn.', en: 'A reason is required to cancel or postpone.' },
  'meeting.state_forbids': {
    vi: 'Cuộc họp đang ở trạng thái "{state}", không thể thay đổi nội dung này.',
    en: 'The meeting is "{state}": this cannot be changed.',
  },
  'meeting.minutes_frozen': {
    vi: 'Biên bản đã được thông qua nên nội dung cuộc họp không sửa được. Hãy lập bản đính chính (phiên bản mới, ghi lý do).',
    en: 'The minutes are approved, so the record is frozen. Open a correction (a new version with its reason) first.',
  },
  'meeting.participant_unknown': {
    vi: 'Người này không có trong danh sách được mời dự họp: {ids}.',
    en: 'Not among the people invited to the meeting: {ids}.',
  },
  'meeting.participant_incomplete': {
    vi: 'Cần chọn một người, một đơn vị, hoặc ghi họ tên khách mời.',
    en: "Choose a person or a unit, or give the guest's name.",
  },
  'meeting.guest_secretary': {
    vi: 'Đại biểu khách mời không thể làm thư ký cuộc họp; chọn thư ký trong thành phần dự họp.',
    en: "A guest cannot be the meeting's secretary; choose one of its attendees.",
  },
  'meeting.participant_duplicate': { vi: 'Người này đã có trong danh sách dự họp.', en: 'This person is already invited.' },
  'meeting.participant_attended': {
    vi: 'Đã điểm danh người này; không thể rút khỏi danh sách.',
    en: 'Attendance is already recorded for this person; they cannot be removed.',
  },
  'meeting.attendance_repeated': { vi: 'Một người được điểm danh hai lần trong cùng lần gửi.', en: 'Someone appears twice in the same check-in.' },
  'meeting.item_unknown': { vi: 'Mục này không thuộc chương trình cuộc họp.', en: "The item is not on this meeting's agenda." },
  'meeting.item_has_votes': {
    vi: 'Mục này đã có kết quả biểu quyết; hãy xóa biểu quyết trước.',
    en: 'This item has votes; remove them first.',
  },
  'meeting.agenda_order_incomplete': {
    vi: 'Thứ tự mới phải gồm đúng các mục cùng cấp hiện có.',
    en: 'The new order must list exactly the items of that level.',
  },
  'meeting.speaker_missing': { vi: 'Cần chọn người phát biểu hoặc ghi họ tên.', en: 'Choose the speaker or give a name.' },
  'meeting.quorum_not_met': {
    vi: 'Cuộc họp chưa đủ số lượng: có mặt {present}, cần ít nhất {required}. Không thể biểu quyết.',
    en: 'No quorum: {present} present, at least {required} needed. No vote can be taken.',
  },
  'meeting.vote_exceeds_present': {
    vi: 'Tổng số phiếu ({total}) vượt số người có quyền biểu quyết có mặt ({present}).',
    en: 'The ballots ({total}) exceed the voters present ({present}).',
  },
  'meeting.vote_not_passed': { vi: 'Biểu quyết này không được thông qua.', en: 'That vote did not pass.' },
  'meeting.conclusion_has_task': { vi: 'Kết luận này đã được giao thành nhiệm vụ.', en: 'This conclusion is already a task.' },
  'meeting.not_held': {
    vi: 'Chỉ lập biên bản cho cuộc họp đã diễn ra.',
    en: 'Minutes are drafted only for a meeting that was held.',
  },
  'meeting.correction_reason_required': {
    vi: 'Biên bản đã được thông qua; bản đính chính cần ghi lý do.',
    en: 'The minutes are approved: a correction needs its reason.',
  },
  'meeting.minutes_not_draft': {
    vi: 'Chỉ phê duyệt được bản dự thảo mới nhất của biên bản.',
    en: 'Only the latest draft of the minutes can be approved.',
  },
  'meeting.minutes_stale': {
    vi: 'Nội dung cuộc họp đã thay đổi sau khi lập dự thảo biên bản. Hãy lập lại biên bản rồi phê duyệt.',
    en: 'The record changed after the minutes were drafted. Redraft them, then approve.',
  },
  'meeting.minutes_incomplete': {
    vi: 'Biên bản còn thiếu: {gaps}.',
    en: 'The minutes are incomplete: {gaps}.',
  },
  'meeting.not_the_signer': {
    vi: 'Chỉ chủ trì, thư ký, hoặc người có quyền quản lý cuộc họp mới phê duyệt được.',
    en: 'Only the chair, the secretary, or someone who manages the meeting may approve.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof meetingsMessages> {}
}
