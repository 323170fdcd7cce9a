import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of the member register: 'member.<rule>'. */
export const membersMessages = {
  'member.export_reason_required': {
    vi: 'Cần ghi rõ lý do trích xuất: sổ đảng viên chứa dữ liệu cá nhân, mỗi lần trích xuất đều được ghi nhật ký.',
    en: 'State the reason for the export: the register holds personal data, and every export is logged.',
  },
  'member.already_exists': {
    vi: 'Người này đã có hồ sơ đảng viên.',
    en: 'This person already has a member record.',
  },
  'member.not_a_cell': {
    vi: 'Đảng viên phải sinh hoạt ở một chi bộ đang hoạt động.',
    en: 'A member belongs to a party cell that is still active.',
  },
  'member.invalid_transition': {
    vi: 'Không thể thực hiện thao tác này với đảng viên ở trạng thái hiện tại ({status}).',
    en: 'This action is not possible for a member whose status is {status}.',
  },
  'member.not_probationary': {
    vi: 'Chỉ áp dụng cho đảng viên dự bị.',
    en: 'This applies to probationary members only.',
  },
  'member.introducers_invalid': {
    vi: 'Cần đúng {count} người giới thiệu là đảng viên chính thức, đã cùng công tác với người vào Đảng ít nhất {months} tháng.',
    en: 'Exactly {count} introducers are needed, each an official member who has worked with the applicant for at least {months} months.',
  },
  'member.certificate_missing': {
    vi: 'Chưa có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng.',
    en: 'No certificate of the course on the Party is recorded.',
  },
  'member.certificate_expired': {
    vi: 'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng chỉ có giá trị {months} tháng.',
    en: 'The course certificate is valid for {months} months only.',
  },
  'member.resolution_missing': {
    vi: 'Chưa có nghị quyết của chi bộ đề nghị kết nạp trước ngày quyết định.',
    en: "No cell resolution proposing the admission is recorded before the decision's date.",
  },
  'member.resolution_share_too_low': {
    vi: 'Nghị quyết cần ít nhất {share} số đảng viên chính thức tán thành.',
    en: 'The resolution needs at least {share} of the official members in favour.',
  },
  'member.birth_date_missing': {
    vi: 'Chưa có ngày sinh của người vào Đảng.',
    en: "The applicant's birth date is missing.",
  },
  'member.age_out_of_range': {
    vi: 'Người vào Đảng phải từ đủ {min} tuổi đến {max} tuổi (tính theo tháng) vào ngày quyết định.',
    en: 'An applicant must be {min} to {max} years old (counted in months) on the day of the decision.',
  },
  'member.ceremony_before_decision': {
    vi: 'Lễ kết nạp không thể trước ngày quyết định kết nạp.',
    en: 'The ceremony cannot come before the admission decision.',
  },
  'member.ceremony_too_late': {
    vi: 'Lễ kết nạp phải tổ chức trong {days} ngày làm việc kể từ ngày quyết định (hạn {dueOn}).',
    en: 'The ceremony must be held within {days} working days of the decision (by {dueOn}).',
  },
  'member.probation_not_ended': {
    vi: 'Chưa hết thời gian dự bị (đến {endsOn}).',
    en: 'The probation has not ended yet (it ends on {endsOn}).',
  },
  'member.transfer_not_allowed': {
    vi: 'Không thể chuyển sinh hoạt đảng cho đảng viên ở trạng thái {status}.',
    en: 'A member whose status is {status} cannot be transferred.',
  },
  'member.no_open_transfer': {
    vi: 'Không có lần chuyển sinh hoạt chính thức nào đang chờ xác nhận.',
    en: 'No official transfer is waiting for confirmation.',
  },
  'member.discipline_not_cell_level': {
    vi: 'Chi bộ chỉ được quyết định các hình thức kỷ luật: {forms}.',
    en: 'A cell may decide only these forms of discipline: {forms}.',
  },
  'member.dates_inconsistent': {
    vi: 'Các ngày trong hồ sơ không nhất quán: {detail}.',
    en: 'The dates of the record are inconsistent: {detail}.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof membersMessages> {}
}
