/**
 * The rule values and holiday calendar migration 20261122_0002_members seeds into every database.
 * Certainty as in the domain notes: V checked against the regulation's text, S from a secondary source
 * citing it, U unverified practice. Like the migration, this file is never edited once landed: a new
 * value is a new row (POST /api/v1/rules) or a new migration.
 */

type Certainty = 'V' | 'S' | 'U';

export const BASIS = {
  charterRules: '9814ea23-b657-4323-bfa0-b27b3e3e2747',
  charterGuide: '1fc7a423-cd61-447d-b59d-540ad0b5a8a6',
  discipline: '6a26a11d-b6f7-46de-9b0a-cc729b806b31',
  laborCode: '505f090d-1960-4db7-9370-0d7883f2f78f',
} as const;

export const LEGAL_BASES = [
  {
    id: BASIS.charterRules, symbol: '24-QĐ/TW', issuer: 'Ban Chấp hành Trung ương',
    title: 'Quy định thi hành Điều lệ Đảng', issuedOn: '2021-07-30', effectiveFrom: '2021-07-30',
  },
  {
    id: BASIS.charterGuide, symbol: '12-HD/TW', issuer: 'Ban Bí thư',
    title: 'Hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng', issuedOn: '2022-05-06', effectiveFrom: '2022-05-06',
  },
  {
    id: BASIS.discipline, symbol: '296-QĐ/TW', issuer: 'Ban Chấp hành Trung ương',
    title: 'Quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng', issuedOn: '2025-05-30', effectiveFrom: '2025-05-30',
  },
  {
    id: BASIS.laborCode, symbol: '45/2019/QH14', issuer: 'Quốc hội',
    title: 'Bộ luật Lao động (Điều 112: nghỉ lễ, tết)', issuedOn: '2019-11-20', effectiveFrom: '2021-01-01',
  },
] as const;

// Earlier regulations set the same values; one version from the start keeps old records checkable.
const SINCE_EVER = '1900-01-01';
const SAME_BEFORE = 'Các quy định trước đó có cùng giá trị / earlier regulations had the same value';

export const RULES: readonly {
  id: string; key: string; value: unknown; validFrom: string; legalBasisId: string | null; certainty: Certainty; note: string | null;
}[] = [
  { id: 'e54b0517-d626-4898-8e7e-cc5df887f9af', key: 'member.admission.age_min_years', value: 18, validFrom: SINCE_EVER, legalBasisId: BASIS.charterRules, certainty: 'S', note: `Tuổi tính theo tháng. ${SAME_BEFORE}` },
  { id: 'e26ff5f1-63fc-4b3c-8156-8091d44cbf1f', key: 'member.admission.age_max_years', value: 60, validFrom: SINCE_EVER, legalBasisId: BASIS.charterRules, certainty: 'S', note: `Tuổi tính theo tháng. ${SAME_BEFORE}` },
  { id: '3a2411f1-316b-475e-a787-88c8c3e0d62e', key: 'member.admission.introducers_count', value: 2, validFrom: SINCE_EVER, legalBasisId: BASIS.charterRules, certainty: 'S', note: SAME_BEFORE },
  { id: 'fd1f7e18-e73a-4b9c-a7e7-26f7c4c84331', key: 'member.admission.introducer_acquaintance_months', value: 12, validFrom: SINCE_EVER, legalBasisId: BASIS.charterRules, certainty: 'S', note: SAME_BEFORE },
  { id: 'bf17b8c2-b2ce-4352-ba6b-e85ac87684dc', key: 'member.admission.certificate_validity_months', value: 60, validFrom: SINCE_EVER, legalBasisId: BASIS.charterGuide, certainty: 'S', note: SAME_BEFORE },
  { id: 'ef5e1427-560c-45bc-83c6-c88a4045fce9', key: 'member.admission.resolution_share', value: { numerator: 2, denominator: 3 }, validFrom: SINCE_EVER, legalBasisId: BASIS.charterRules, certainty: 'S', note: `Phần của tổng số đảng viên chính thức. ${SAME_BEFORE}` },
  { id: '10a94ce3-980a-4a71-9ee9-37b49348b97c', key: 'member.admission.ceremony_within_working_days', value: 30, validFrom: SINCE_EVER, legalBasisId: BASIS.charterRules, certainty: 'S', note: SAME_BEFORE },
  { id: '97edbcf4-1eb9-4230-b154-27d508288b57', key: 'member.probation_months', value: 12, validFrom: SINCE_EVER, legalBasisId: BASIS.charterRules, certainty: 'S', note: SAME_BEFORE },
  { id: '625b6249-b73b-4a6c-b3b4-4c70aafe162c', key: 'member.recognition_within_working_days', value: 30, validFrom: SINCE_EVER, legalBasisId: BASIS.charterRules, certainty: 'S', note: SAME_BEFORE },
  { id: '643b7b52-226e-459c-83da-552a217ad1b9', key: 'member.transfer.official_within_working_days', value: 60, validFrom: SINCE_EVER, legalBasisId: BASIS.charterGuide, certainty: 'S', note: SAME_BEFORE },
  { id: '13011930-0f75-4c97-ab4d-9b4012b685ac', key: 'member.discipline.cell_forms', value: ['khien_trach', 'canh_cao'], validFrom: SINCE_EVER, legalBasisId: BASIS.discipline, certainty: 'S', note: 'Chi bộ quyết định khiển trách, cảnh cáo đảng viên trong chi bộ' },
  { id: '9f85966a-c949-4de9-a854-05a71920dc35', key: 'member.exemption_review_months', value: 12, validFrom: SINCE_EVER, legalBasisId: null, certainty: 'U', note: 'Thực tiễn: xem xét lại việc miễn sinh hoạt hằng năm / common practice, unverified' },
];

export interface HolidaySpan {
  from: string;
  to: string;
  name: string;
  certainty: Certainty;
  legalBasisId: string | null;
}

const TET_DL = 'Tết Dương lịch';
const TET = 'Tết Nguyên đán';
const GIO_TO = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const REUNIFICATION = 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5';
const NATIONAL = 'Quốc khánh 2/9';

// Official day-off ranges for civil servants, weekends and compensatory days included. 2026-2027 partly
// projected (U) until the Prime Minister's notice; the second Quốc khánh day exists since 2021.
const spans: [string, string, string, Certainty][] = [
  ['2020-01-01', '2020-01-01', TET_DL, 'S'], ['2020-01-23', '2020-01-29', TET, 'S'], ['2020-04-02', '2020-04-02', GIO_TO, 'S'],
  ['2020-04-30', '2020-05-03', REUNIFICATION, 'S'], ['2020-09-02', '2020-09-02', NATIONAL, 'S'],
  ['2021-01-01', '2021-01-03', TET_DL, 'S'], ['2021-02-10', '2021-02-16', TET, 'S'], ['2021-04-21', '2021-04-21', GIO_TO, 'S'],
  ['2021-04-30', '2021-05-03', REUNIFICATION, 'S'], ['2021-09-02', '2021-09-05', NATIONAL, 'S'],
  ['2022-01-01', '2022-01-03', TET_DL, 'S'], ['2022-01-29', '2022-02-06', TET, 'S'], ['2022-04-09', '2022-04-11', GIO_TO, 'S'],
  ['2022-04-30', '2022-05-03', REUNIFICATION, 'S'], ['2022-09-01', '2022-09-04', NATIONAL, 'S'],
  ['2022-12-31', '2023-01-02', TET_DL, 'S'], ['2023-01-20', '2023-01-26', TET, 'S'], ['2023-04-29', '2023-04-29', GIO_TO, 'S'],
  ['2023-04-30', '2023-05-03', REUNIFICATION, 'S'], ['2023-09-01', '2023-09-04', NATIONAL, 'S'],
  ['2024-01-01', '2024-01-01', TET_DL, 'S'], ['2024-02-08', '2024-02-14', TET, 'S'], ['2024-04-18', '2024-04-18', GIO_TO, 'S'],
  ['2024-04-27', '2024-05-01', REUNIFICATION, 'S'], ['2024-08-31', '2024-09-03', NATIONAL, 'S'],
  ['2025-01-01', '2025-01-01', TET_DL, 'S'], ['2025-01-25', '2025-02-02', TET, 'S'], ['2025-04-05', '2025-04-07', GIO_TO, 'S'],
  ['2025-04-30', '2025-05-04', REUNIFICATION, 'S'], ['2025-08-30', '2025-09-02', NATIONAL, 'S'],
  ['2026-01-01', '2026-01-01', TET_DL, 'S'], ['2026-02-14', '2026-02-22', TET, 'S'], ['2026-04-25', '2026-04-27', GIO_TO, 'S'],
  ['2026-04-30', '2026-05-03', REUNIFICATION, 'S'], ['2026-09-01', '2026-09-02', NATIONAL, 'U'],
  ['2027-01-01', '2027-01-03', TET_DL, 'U'], ['2027-02-05', '2027-02-11', TET, 'U'], ['2027-04-16', '2027-04-16', GIO_TO, 'U'],
  ['2027-04-30', '2027-05-03', REUNIFICATION, 'U'], ['2027-09-02', '2027-09-03', NATIONAL, 'U'],
];

export const HOLIDAYS: readonly HolidaySpan[] = spans.map(([from, to, name, certainty]) => ({
  from, to, name, certainty, legalBasisId: BASIS.laborCode,
}));

/** Every calendar day of a span, both ends included. */
export function daysOf(span: Pick<HolidaySpan, 'from' | 'to'>): string[] {
  const out: string[] = [];
  for (let d = new Date(`${span.from}T00:00:00Z`); d.toISOString().slice(0, 10) <= span.to; d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}
