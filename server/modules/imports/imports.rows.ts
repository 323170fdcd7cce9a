import type { Lang, Text } from '../../http/i18n.ts';
import { isCalendarDay } from '../../lib/dates.ts';
import type { CellValue, ImportColumn } from './imports.sheet.ts';

/** Reading cells and naming a row's problems: the parts every import's row checks share. */

/** One problem of one row: the row number as Excel shows it, the column, and what is wrong. */
export interface RowError {
  row: number;
  column: string | null;
  columnLabel: string | null;
  message: string;
}

/** Texts every import uses; each import adds its own. */
export const COMMON_TEXTS = {
  required: { vi: 'Thiếu {column}.', en: '{column} is missing.' },
  date_invalid: { vi: 'Ngày không tồn tại hoặc sai định dạng (dd/mm/yyyy): "{value}".', en: 'No such date, or not dd/mm/yyyy: "{value}".' },
  date_future: { vi: 'Ngày ở tương lai: "{value}".', en: 'The date is in the future: "{value}".' },
  too_long: { vi: 'Quá dài (tối đa {max} ký tự).', en: 'Too long (at most {max} characters).' },
  missing_column: { vi: 'Tệp thiếu cột "{column}".', en: 'The file lacks the column "{column}".' },
  duplicate_file: { vi: 'Trùng với dòng {other} trong tệp ({by}).', en: 'Duplicates row {other} of the file ({by}).' },
} as const satisfies Record<string, Text>;

/** The error maker of an import: its columns name the column in the reader's language. */
export function rowErrors<K extends string, C extends string>(columns: readonly ImportColumn<K>[], texts: Record<C, Text>) {
  const label = (key: K, lang: Lang) => {
    const c = columns.find((x) => x.key === key);
    return c ? (lang === 'vi' ? c.header : c.en) : key;
  };
  const rowError = (lang: Lang, row: number, column: K | null, code: C, vars: Record<string, string | number> = {}): RowError => {
    const all: Record<string, string | number> = { ...(column ? { column: label(column, lang) } : {}), ...vars };
    const message = texts[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(all[k] ?? ''));
    return { row, column, columnLabel: column ? label(column, lang) : null, message };
  };
  /** The header's missing required columns, as errors of row 1. */
  const missingColumns = (lang: Lang, missing: readonly K[], code: C) =>
    missing.map((key) => rowError(lang, 1, key, code, { column: columns.find((c) => c.key === key)?.header ?? key }));
  return { label, rowError, missingColumns };
}

const pad = (n: number) => String(n).padStart(2, '0');
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A day from what a cell holds: a date, an Excel serial number, 'dd/mm/yyyy' or 'yyyy-mm-dd'. Null when none. */
export function parseDay(v: CellValue): string | null | 'invalid' {
  if (v === null) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString().slice(0, 10);
  if (typeof v === 'number') return v > 0 && v < 100_000 ? new Date(EXCEL_EPOCH + Math.round(v) * 86_400_000).toISOString().slice(0, 10) : 'invalid';
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  const day = dmy ? `${dmy[3]}-${pad(Number(dmy[2]))}-${pad(Number(dmy[1]))}` : v;
  return isCalendarDay(day) ? day : 'invalid';
}

/** A cell as text (trimmed; a date as yyyy-mm-dd), or null when empty. */
export const cellText = (v: CellValue) => (v === null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());
/** A cell as the reader typed it, for messages. */
export const shown = (v: CellValue) => cellText(v) ?? '';
