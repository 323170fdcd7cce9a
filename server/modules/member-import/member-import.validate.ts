import type { MemberStatus } from '../../../common/enums.ts';
import { foldVietnamese, fullName } from '../../../common/vietnamese.ts';
import type { Lang, Text } from '../../http/i18n.ts';
import { COMMON_TEXTS, type RowError, cellText, parseDay, rowErrors, shown } from '../imports/index.ts';
import { COLUMNS, type ColumnKey, DATE_COLUMNS, parseGender, parseStatus } from './member-import.columns.ts';
import type { RawRow } from './member-import.parse.ts';

export type { RowError };

const TEXTS = {
  ...COMMON_TEXTS,
  cell_unknown: { vi: 'Không có chi bộ "{value}" trong phạm vi của bạn.', en: 'No cell "{value}" within your scope.' },
  status_unknown: { vi: 'Trạng thái không hợp lệ: "{value}".', en: 'Unknown status: "{value}".' },
  gender_unknown: { vi: 'Giới tính phải là Nam hoặc Nữ: "{value}".', en: 'Gender must be Nam or Nữ: "{value}".' },
  citizen_id: { vi: 'Số CCCD phải gồm 12 chữ số (hoặc CMND 9 chữ số): "{value}".', en: 'A citizen id has 12 digits (or 9 for an old id card): "{value}".' },
  date_order: { vi: '{column} phải sau hoặc bằng {other}.', en: '{column} must be on or after {other}.' },
  duplicate_db: { vi: 'Đã có trong cơ sở dữ liệu ({by}).', en: 'Already in the database ({by}).' },
  by_citizen: { vi: 'cùng số CCCD', en: 'same citizen id' },
  by_name: { vi: 'cùng họ tên và ngày sinh', en: 'same name and date of birth' },
} as const satisfies Record<string, Text>;

export type RowErrorCode = keyof typeof TEXTS;

const errorsOf = rowErrors(COLUMNS, TEXTS);
const label = errorsOf.label;
export const { rowError, missingColumns } = errorsOf;
export const byText = (lang: Lang, by: 'by_citizen' | 'by_name') => TEXTS[by][lang];

export interface CellTarget {
  id: string;
  path: string;
}

export interface ValidRow {
  row: number;
  familyName: string;
  middleName: string;
  givenName: string;
  fullName: string;
  gender: 'male' | 'female' | null;
  birthDate: string | null;
  citizenId: string | null;
  cell: CellTarget;
  status: MemberStatus;
  partyCardNumber: string | null;
  admissionDecisionDate: string | null;
  admissionDecisionNumber: string | null;
  ceremonyDate: string | null;
  officialRecognitionDate: string | null;
  educationLevel: string | null;
  politicalTheoryLevel: string | null;
  occupation: string | null;
  position: string | null;
  contact: string | null;
}

export { parseDay };
const text = cellText;
const MAX_TEXT = 200;

/** Checks one row on its own (no database): required fields, formats, dates, the cell and the status. */
export function validateRow(raw: RawRow, cellOf: (ref: string) => CellTarget | undefined, lang: Lang, today: string) {
  const errors: RowError[] = [];
  const v = raw.values;
  const err = (column: ColumnKey | null, code: RowErrorCode, vars: Record<string, string | number> = {}) => errors.push(rowError(lang, raw.row, column, code, vars));
  for (const c of COLUMNS) {
    const t = text(v[c.key]);
    if (c.required && !t) err(c.key, 'required');
    if (t && t.length > MAX_TEXT) err(c.key, 'too_long', { max: MAX_TEXT });
  }
  const days = {} as Record<(typeof DATE_COLUMNS)[number], string | null>;
  for (const key of DATE_COLUMNS) {
    const d = parseDay(v[key]);
    days[key] = d === 'invalid' ? null : d;
    if (d === 'invalid') err(key, 'date_invalid', { value: shown(v[key]) });
    else if (d && d > today) err(key, 'date_future', { value: shown(v[key]) });
  }
  const order = ['admissionDecisionDate', 'ceremonyDate', 'officialRecognitionDate'] as const;
  for (let i = 1; i < order.length; i++) {
    const later = order[i]!;
    const earlier = order.slice(0, i).reverse().find((k) => days[k]);
    if (earlier && days[later] && (days[later] ?? '') < (days[earlier] ?? '')) err(later, 'date_order', { other: label(earlier, lang) });
  }
  const cellRef = text(v.cell);
  const cell = cellRef ? cellOf(cellRef) : undefined;
  if (cellRef && !cell) err('cell', 'cell_unknown', { value: cellRef });
  const statusText = text(v.status);
  const status = statusText ? parseStatus(statusText) : undefined;
  if (statusText && !status) err('status', 'status_unknown', { value: statusText });
  const genderText = text(v.gender);
  const gender = genderText ? parseGender(genderText) : null;
  if (gender === undefined) err('gender', 'gender_unknown', { value: genderText ?? '' });
  let citizenId = text(v.citizenId);
  // A number cell drops the leading zero of a CCCD (province codes start at 001).
  if (citizenId && typeof v.citizenId === 'number' && citizenId.length === 11) citizenId = `0${citizenId}`;
  if (citizenId && !/^(\d{9}|\d{12})$/.test(citizenId)) err('citizenId', 'citizen_id', { value: citizenId });
  if (errors.length > 0 || !cell || !status) return { errors, row: null };
  const names = { familyName: text(v.familyName) ?? '', middleName: text(v.middleName) ?? '', givenName: text(v.givenName) ?? '' };
  const row: ValidRow = {
    row: raw.row, ...names, fullName: fullName(names), gender: gender ?? null, birthDate: days.birthDate, citizenId, cell, status,
    partyCardNumber: text(v.partyCardNumber), admissionDecisionDate: days.admissionDecisionDate, admissionDecisionNumber: text(v.admissionDecisionNumber),
    ceremonyDate: days.ceremonyDate, officialRecognitionDate: days.officialRecognitionDate, educationLevel: text(v.educationLevel),
    politicalTheoryLevel: text(v.politicalTheoryLevel), occupation: text(v.occupation), position: text(v.position), contact: text(v.contact),
  };
  return { errors, row };
}

export const nameKey = (r: { fullName: string; birthDate: string | null }) => `${foldVietnamese(r.fullName).replace(/\s+/g, ' ')}|${r.birthDate}`;

/** Rows that repeat an earlier row of the same file, by citizen id or by name and date of birth. */
export function duplicatesInFile(rows: readonly ValidRow[], lang: Lang): RowError[] {
  const errors: RowError[] = [];
  const byCitizen = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const r of rows) {
    const firstCitizen = r.citizenId ? byCitizen.get(r.citizenId) : undefined;
    const firstName = r.birthDate ? byName.get(nameKey(r)) : undefined;
    if (firstCitizen !== undefined) errors.push(rowError(lang, r.row, 'citizenId', 'duplicate_file', { other: firstCitizen, by: byText(lang, 'by_citizen') }));
    else if (firstName !== undefined) errors.push(rowError(lang, r.row, 'givenName', 'duplicate_file', { other: firstName, by: byText(lang, 'by_name') }));
    if (r.citizenId && firstCitizen === undefined) byCitizen.set(r.citizenId, r.row);
    if (r.birthDate && firstName === undefined) byName.set(nameKey(r), r.row);
  }
  return errors;
}
