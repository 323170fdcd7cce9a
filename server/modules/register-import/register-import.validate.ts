import type { SecrecyLevel } from '../../../common/enums.ts';
import { foldVietnamese } from '../../../common/vietnamese.ts';
import type { Lang, Text } from '../../http/i18n.ts';
import { parseAnySymbol, type Regime } from '../../lib/numbering.ts';
import { clearanceAllows } from '../../lib/roles.ts';
import type { LetterKind, Urgency } from '../../../common/enums.ts';
import { COMMON_TEXTS, type RowError, cellText, parseDay, rowErrors, shown } from '../imports/index.ts';
import type { CellValue, ImportColumn, RawRow } from '../imports/index.ts';
import { COLUMNS_OF, type RegisterKind, parseSecrecy, parseUrgency, parseYesNo } from './register-import.columns.ts';


/** Checks of one row on its own (no database): required cells, formats, dates, clearance, the lists. */

const TEXTS = {
  ...COMMON_TEXTS,
  number_invalid: { vi: 'Phải là số nguyên dương: "{value}".', en: 'Must be a positive whole number: "{value}".' },
  unknown_value: { vi: 'Giá trị không hợp lệ: "{value}".', en: 'Not a known value: "{value}".' },
  type_unknown: { vi: 'Không có loại văn bản "{value}".', en: 'No document type "{value}".' },
  clearance: { vi: 'Độ mật "{value}" vượt quá quyền truy cập của bạn.', en: 'Secrecy "{value}" is above your clearance.' },
  received_before_document: { vi: 'Ngày đến trước ngày văn bản ({value}).', en: 'Received before the document date ({value}).' },
  number_mismatch: { vi: 'Số {value} khác số trong ký hiệu.', en: 'Number {value} differs from the number in the symbol.' },
  duplicate_db: { vi: 'Đã có trong sổ ({by}).', en: 'Already in the book ({by}).' },
  by_arrival: { vi: 'cùng số đến {value} năm {year}', en: 'same arrival number {value} of {year}' },
  by_symbol: { vi: 'cùng số, ký hiệu và nơi gửi', en: 'same symbol and sender' },
  by_outgoing: { vi: 'cùng số, ký hiệu năm {year}', en: 'same symbol in {year}' },
  by_number: { vi: 'cùng số {value} của loại văn bản năm {year}', en: 'same number {value} of the type in {year}' },
} as const satisfies Record<string, Text>;
export type RegisterErrorCode = keyof typeof TEXTS;

export const errorsOf = { incoming: rowErrors(COLUMNS_OF.incoming, TEXTS), outgoing: rowErrors(COLUMNS_OF.outgoing, TEXTS), letters: rowErrors(COLUMNS_OF.letters, TEXTS) };
export const byText = (lang: Lang, code: 'by_arrival' | 'by_symbol' | 'by_outgoing' | 'by_number', vars: Record<string, string | number> = {}) =>
  TEXTS[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

export interface DocumentType { id: string; regime: Regime; key: string; abbreviation: string | null; name: string }
export interface Lists {
  lang: Lang;
  today: string;
  clearance: number;
  types: readonly DocumentType[];
  letterKinds: ReadonlyMap<string, { kind: LetterKind; deadlineDays: number }>;
}

const MAX_TEXT = 200;
const LONG_TEXT = new Set(['summary', 'recipients', 'note', 'senderAddress']);

/** The row reader of one kind: each getter records its error and returns what it could read. */
function reader<K extends string>(raw: RawRow<K>, columns: readonly ImportColumn<K>[], lists: Lists, kind: RegisterKind) {
  const errors: RowError[] = [];
  const err = (column: K, code: RegisterErrorCode, vars: Record<string, string | number> = {}) =>
    errors.push(errorsOf[kind].rowError(lists.lang, raw.row, column as never, code, vars));
  for (const c of columns) {
    const t = cellText(raw.values[c.key]);
    const max = LONG_TEXT.has(c.key) ? 5000 : MAX_TEXT;
    if (c.required && !t) err(c.key, 'required');
    if (t && t.length > max) err(c.key, 'too_long', { max });
  }
  const v = (key: K): CellValue => raw.values[key];
  return {
    errors,
    text: (key: K) => cellText(v(key)),
    day: (key: K) => {
      const d = parseDay(v(key));
      if (d === 'invalid') err(key, 'date_invalid', { value: shown(v(key)) });
      else if (d && d > lists.today) err(key, 'date_future', { value: shown(v(key)) });
      return d === 'invalid' ? null : d;
    },
    int: (key: K) => {
      const t = cellText(v(key));
      if (!t) return null;
      if (!/^\d{1,9}$/.test(t) || Number(t) < 1) { err(key, 'number_invalid', { value: t }); return null; }
      return Number(t);
    },
    pick: <T>(key: K, parse: (s: string) => T | undefined, fallback: T, code: RegisterErrorCode = 'unknown_value') => {
      const t = cellText(v(key));
      if (!t) return fallback;
      const p = parse(t);
      if (p === undefined) err(key, code, { value: t });
      return p ?? fallback;
    },
    secrecy: (key: K): SecrecyLevel => {
      const t = cellText(v(key));
      const s = t ? parseSecrecy(t) : 'none';
      if (s === undefined) err(key, 'unknown_value', { value: t ?? '' });
      else if (!clearanceAllows(lists.clearance, s)) err(key, 'clearance', { value: t ?? '' });
      return s ?? 'none';
    },
    err,
  };
}

export interface IncomingRow {
  row: number; arrivalNumber: number | null; receivedOn: string; sender: string; symbol: string | null; documentDate: string;
  typeName: string | null; summary: string; urgency: Urgency; secrecy: SecrecyLevel; note: string | null;
}
export function validateIncoming(raw: RawRow<(typeof COLUMNS_OF.incoming)[number]['key']>, lists: Lists) {
  const r = reader(raw, COLUMNS_OF.incoming, lists, 'incoming');
  const row = {
    row: raw.row, arrivalNumber: r.int('arrivalNumber'), receivedOn: r.day('receivedOn') ?? '', sender: r.text('sender') ?? '',
    symbol: r.text('symbol')?.normalize('NFC') ?? null, documentDate: r.day('documentDate') ?? '', typeName: r.text('typeName'),
    summary: r.text('summary') ?? '', urgency: r.pick('urgency', parseUrgency, 'thuong'), secrecy: r.secrecy('secrecy'), note: r.text('note'),
  };
  if (row.receivedOn && row.documentDate && row.receivedOn < row.documentDate) r.err('receivedOn', 'received_before_document', { value: shown(raw.values.documentDate) });
  return { errors: r.errors, row: r.errors.length ? null : (row satisfies IncomingRow) };
}

export interface OutgoingRow {
  row: number; number: number; symbol: string; issuedOn: string; type: DocumentType; issuerCode: string; unitCode: string | null;
  summary: string; signerName: string | null; recipients: string[]; secrecy: SecrecyLevel; copies: number; note: string | null;
}
/** The document type by name or abbreviation; the symbol's format tells the regime when both have it. */
function typeOf(text: string, regime: Regime | null, types: readonly DocumentType[]) {
  const f = foldVietnamese(text.trim());
  const found = types.filter((t) => foldVietnamese(t.name) === f || (t.abbreviation !== null && foldVietnamese(t.abbreviation) === f));
  return found.find((t) => t.regime === regime) ?? found.find((t) => t.regime === 'party') ?? found[0];
}
export function validateOutgoing(raw: RawRow<(typeof COLUMNS_OF.outgoing)[number]['key']>, lists: Lists) {
  const r = reader(raw, COLUMNS_OF.outgoing, lists, 'outgoing');
  const symbol = r.text('symbol')?.normalize('NFC') ?? '';
  const number = r.int('number');
  const parsed = symbol ? parseAnySymbol(symbol) : null;
  const typeText = r.text('typeName');
  const type = typeText ? typeOf(typeText, parsed?.regime ?? null, lists.types) : undefined;
  if (typeText && !type) r.err('typeName', 'type_unknown', { value: typeText });
  // A symbol issued on paper is recorded as written; when it has the standard form, its number must agree.
  if (parsed && number !== null && parsed.parts.number !== number) r.err('number', 'number_mismatch', { value: number });
  const row = {
    row: raw.row, number: number ?? 0, symbol, issuedOn: r.day('issuedOn') ?? '', summary: r.text('summary') ?? '',
    issuerCode: parsed?.parts.issuerCode ?? '', unitCode: parsed?.parts.unitCode ?? null, signerName: r.text('signerName'),
    recipients: (r.text('recipients') ?? '').split(/[;\n]/).map((s) => s.trim()).filter(Boolean), secrecy: r.secrecy('secrecy'),
    copies: r.int('copies') ?? 1, note: r.text('note'),
  };
  return { errors: r.errors, row: r.errors.length || !type ? null : ({ ...row, type } satisfies OutgoingRow) };
}

export interface LetterRow {
  row: number; arrivalNumber: number | null; receivedOn: string; senderName: string; senderAddress: string | null;
  kind: LetterKind; deadlineDays: number; summary: string; concernsMember: boolean;
}
export function validateLetter(raw: RawRow<(typeof COLUMNS_OF.letters)[number]['key']>, lists: Lists) {
  const r = reader(raw, COLUMNS_OF.letters, lists, 'letters');
  const kindText = r.text('kind');
  const kind = kindText ? lists.letterKinds.get(foldVietnamese(kindText.trim())) : undefined;
  if (kindText && !kind) r.err('kind', 'unknown_value', { value: kindText });
  const row = {
    row: raw.row, arrivalNumber: r.int('arrivalNumber'), receivedOn: r.day('receivedOn') ?? '', senderName: r.text('senderName') ?? '',
    senderAddress: r.text('senderAddress'), summary: r.text('summary') ?? '', concernsMember: r.pick('concernsMember', parseYesNo, false),
  };
  return { errors: r.errors, row: r.errors.length || !kind ? null : ({ ...row, kind: kind.kind, deadlineDays: kind.deadlineDays } satisfies LetterRow) };
}
