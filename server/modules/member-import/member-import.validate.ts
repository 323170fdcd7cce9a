import type { MemberStatus } from '../../../common/enums.ts';
import { foldVietnamese, fullName } from '../../../common/vietnamese.ts';
import type { Lang, Text } from '../../http/i18n.ts';
import { isCalendarDay } from '../../lib/dates.ts';
import { COLUMNS, type ColumnKey, DATE_COLUMNS, parseGender, parseStatus } from './member-import.columns.ts';
import type { CellValue, RawRow } from './member-import.parse.ts';

/** One problem of one row: the row number as Excel shows it, the column, and what is wrong. */
export interface RowError {
  row: number;
  column: ColumnKey | null;
  columnLabel: string | null;
  message: string;
}

const TEXTS = {
  required: { vi: 'Thiếu {column}.', en: '{column} is missing.' },
  date_invalid: { vi: 'Ngày không tồn tại hoặc sai định dạng (dd/mm/yyyy): "{value}".', en: 'No such date, or not dd/mm/yyyy: "{value}".' },
  date_future: { vi: 'Ngày ở tương lai: "{value}".', en: 'The date is in the future: "{value}".' },
  cell_unknown: { vi: 'Không có chi bộ "{value}" trong phạm vi của bạn.', en: 'No cell "{value}" within your scope.' },
  status_unknown: { vi: 'Trạng thái không hợp lệ: "{value}".', en: 'Unknown status: "{value}".' },
  gender_unknown: { vi: 'Giới tính phải là Nam hoặc Nữ: "{value}".', en: 'Gender must be Nam or Nữ: "{value}".' },
  citizen_id: { vi: 'Số CCCD phải gồm 12 chữ số (hoặc CMND 9 chữ số): "{value}".', en: 'A citizen id has 12 digits (or 9 for an old id card): "{value}".' },
  too_long: { vi: 'Quá dài (tối đa {max} ký tự).', en: 'Too long (at most {max} characters).' },
  date_order: { vi: '{column} phải sau hoặc bằng {other}.', en: '{column} must be on or after {other}.' },
  duplicate_file: { vi: 'Trùng với dòng {other} trong tệp ({by}).', en: 'Duplicates row {other} of the file ({by}).' },
  duplicate_db: { vi: 'Đã có trong cơ sở dữ liệu ({by}).', en: 'Already in the database ({by}).' },
  by_citizen: { vi: 'cùng số CCCD', en: 'same citizen id' },
  by_name: { vi: 'cùng họ tên và ngày sinh', en: 'same name and date of birth' },
  missing_column: { vi: 'Tệp thiếu cột "{column}".', en: 'The file lacks the column "{column}".' },
} as const satisfies Record<string, Text>;

export type RowErrorCode = keyof typeof TEXTS;

const label = (key: ColumnKey, lang: Lang) => {
  const c = COLUMNS.find((x) => x.key === key);
  return c ? (lang === 'vi' ? c.header : c.en) : key;
};

export function rowError(lang: Lang, row: number, column: ColumnKey | null, code: RowErrorCode, vars: Record<string, string | number> = {}): RowError {
  const all: Record<string, string | number> = { ...(column ? { column: label(column, lang) } : {}), ...vars };
  const message = TEXTS[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(all[k] ?? ''));
  return { row, column, columnLabel: column ? label(column, lang) : null, message };
}

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

const pad = (n: number) => String(n).padStart(2, '0');
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A day from what Excel holds: a date, a serial number, 'dd/mm/yyyy' or 'yyyy-mm-dd'. Null when none. */
export function parseDay(v: CellValue): string | null | 'invalid' {
  if (v === null) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString().slice(0, 10);
  if (typeof v === 'number') return v > 0 && v < 100_000 ? new Date(EXCEL_EPOCH + Math.round(v) * 86_400_000).toISOString().slice(0, 10) : 'invalid';
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  const day = dmy ? `${dmy[3]}-${pad(Number(dmy[2]))}-${pad(Number(dmy[1]))}` : v;
  return isCalendarDay(day) ? day : 'invalid';
}

const text = (v: CellValue) => (v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());
const shown = (v: CellValue) => text(v) ?? '';
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
