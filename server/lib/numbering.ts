/**
 * Numbers and symbols of documents (số, ký hiệu), for both regimes (domain.md "Two document regimes"):
 * - administrative (Decree 30/2020/NĐ-CP): `15/QĐ-VPQH`, công văn `05/VPQH-TH`, printed "Số: 15/QĐ-VPQH";
 * - party (HD 36-HD/VPTW): `12-QĐ/ĐU`, printed "Số 12-QĐ/ĐU" (no colon).
 * How sequences run (per year or term, per type, secret apart) is a numbering rule read from the
 * database; these functions only apply it.
 */

export const REGIMES = ['administrative', 'party'] as const;
export type Regime = (typeof REGIMES)[number];

export interface NumberingRule {
  regime: Regime;
  /** 'year': from 01 each 1 January; 'term': over the whole term of the issuing committee. */
  period: 'year' | 'term';
  /** One sequence per document type, or one shared by all types. */
  perType: boolean;
  /** Secret documents run in their own sequence (administrative) or continue the normal one (party). */
  secretSeparate: boolean;
  /** Numbers below 10^(padWidth-1) are zero-padded: 2 gives 01..09. */
  padWidth: number;
}

export interface SymbolParts {
  number: number;
  /** Abbreviation of the type (QĐ, BC...); null for administrative công văn, which have none. */
  typeAbbreviation: string | null;
  /** Abbreviation of the issuing body: VPQH, ĐU, TW, CB... */
  issuerCode: string;
  /** The drafting unit or field of an administrative công văn (TH in 05/VPQH-TH). */
  unitCode: string | null;
  /** The year in a legal instrument's symbol (30/2020/NĐ-CP), when present. */
  year?: number | null;
}

export function formatNumber(n: number, padWidth: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`not a document number: ${n}`);
  return String(n).padStart(padWidth, '0');
}

/** Letters of any script (Đ, y in QyĐ) and digits: what abbreviations are made of. */
const CODE = /^[\p{L}\d]+$/u;
export const isCode = (s: string) => CODE.test(s);

/** The symbol as registered: `15/QĐ-VPQH`, `05/VPQH-TH`, `12-QĐ/ĐU`. */
export function formatSymbol(regime: Regime, parts: SymbolParts, padWidth = 2): string {
  const num = formatNumber(parts.number, padWidth);
  if (!isCode(parts.issuerCode)) throw new RangeError(`issuer code: ${parts.issuerCode}`);
  if (regime === 'party') {
    if (!parts.typeAbbreviation) throw new RangeError('a party document always has a type abbreviation');
    return `${num}-${parts.typeAbbreviation}/${parts.issuerCode}`;
  }
  const unit = parts.unitCode ? `-${parts.unitCode}` : '';
  if (parts.typeAbbreviation) return `${num}/${parts.typeAbbreviation}-${parts.issuerCode}${unit}`;
  if (!parts.unitCode) throw new RangeError('an administrative công văn needs the drafting unit');
  return `${num}/${parts.issuerCode}${unit}`;
}

/** The number line as printed in the header: "Số: 15/QĐ-VPQH" or, in the party regime, "Số 45-CT/TW". */
export function printedNumber(regime: Regime, symbol: string): string {
  return regime === 'party' ? `Số ${symbol}` : `Số: ${symbol}`;
}

const PARTY_SYMBOL = /^(\d{1,6})-([\p{L}\d]+)\/([\p{L}\d]+(?:-[\p{L}\d]+)*)$/u;
const ADMIN_SYMBOL = /^(\d{1,6})\/(?:(\d{4})\/)?([\p{L}\d]+(?:-[\p{L}\d]+)+)$/u;

/**
 * Reads a symbol of the given regime, or returns null when it is not in that regime's format.
 * `typeAbbreviations` tells a typed administrative symbol (QĐ-VPQH) from a công văn (VPQH-TH);
 * when omitted, a first segment is taken as a type.
 */
export function parseSymbol(regime: Regime, text: string, typeAbbreviations?: readonly string[]): SymbolParts | null {
  const s = text.trim().normalize('NFC');
  if (regime === 'party') {
    const m = PARTY_SYMBOL.exec(s);
    if (!m) return null;
    const number = Number(m[1]);
    return number > 0 ? { number, typeAbbreviation: m[2] ?? null, issuerCode: m[3] ?? '', unitCode: null } : null;
  }
  const m = ADMIN_SYMBOL.exec(s);
  if (!m) return null;
  const number = Number(m[1]);
  if (number < 1) return null;
  const [first = '', ...rest] = (m[3] ?? '').split('-');
  const year = m[2] ? Number(m[2]) : null;
  const typed = typeAbbreviations ? typeAbbreviations.includes(first) : true;
  if (typed) return { number, typeAbbreviation: first, issuerCode: rest[0] ?? '', unitCode: rest.slice(1).join('-') || null, year };
  return { number, typeAbbreviation: null, issuerCode: first, unitCode: rest.join('-') || null, year };
}

/** A symbol received from elsewhere: either regime's format. Null when it fits neither. */
export function parseAnySymbol(text: string): { regime: Regime; parts: SymbolParts } | null {
  const party = parseSymbol('party', text);
  if (party) return { regime: 'party', parts: party };
  const admin = parseSymbol('administrative', text);
  return admin ? { regime: 'administrative', parts: admin } : null;
}

export interface SequenceOf {
  issuerOrganizationId: string;
  typeKey: string;
  /** The year of the issue date (period 'year'). */
  year: number;
  /** The issuing committee's term (period 'term'); required then. */
  termId: string | null;
  secret: boolean;
}

/**
 * The counter a document draws its number from. Two documents share a counter exactly when the rule
 * says they share a sequence, so the key is also what "no duplicate number" is checked against.
 */
export function sequenceKey(rule: NumberingRule, of: SequenceOf): string {
  let period: string;
  if (rule.period === 'year') period = `y${of.year}`;
  else if (of.termId) period = `t${of.termId}`;
  else throw new RangeError('a term-numbered document needs the term of its issuer');
  const type = rule.perType ? of.typeKey : '*';
  const secret = rule.secretSeparate && of.secret ? 'secret' : 'normal';
  return [rule.regime, of.issuerOrganizationId, period, type, secret].join('|');
}

/**
 * The counter of a register's arrival numbers (số đến): consecutive within the year, per receiving
 * organization, one sequence for incoming documents and another for citizens' letters.
 */
export function arrivalKey(register: 'incoming' | 'letter', organizationId: string, year: number): string {
  return `${register}|${organizationId}|y${year}`;
}

/** Signing authority: stored once, printed per regime (TM. in Decree 30; T/M in party documents). */
export const AUTHORITIES = ['none', 'TM', 'KT', 'TL', 'Q', 'TUQ'] as const;
export type Authority = (typeof AUTHORITIES)[number];

export function authorityLabel(regime: Regime, authority: Authority): string {
  if (authority === 'none') return '';
  if (regime === 'administrative') return `${authority}.`;
  const party: Record<Exclude<Authority, 'none'>, string> = { TM: 'T/M', KT: 'K/T', TL: 'T/L', Q: 'Q.', TUQ: 'TUQ.' };
  return party[authority];
}
