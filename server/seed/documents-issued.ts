import type { Insertable } from 'kysely';
import { json } from '../db/json.ts';
import type { DB } from '../db/schema.ts';
import { addDays } from '../lib/dates.ts';
import { type Regime, formatSymbol, sequenceKey } from '../lib/numbering.ts';
import { body, ISSUED_TYPES, issuedSummary } from './documents-texts.ts';
import { type DocOrg, type DocType, type DocumentsWorld, type Holding, type RuleRow, ruleOn } from './documents-world.ts';
import { type Rng, demoId } from './random.ts';

/**
 * A year of documents issued by the committee (party regime, "12-QĐ/ĐU") and by the Office
 * (administrative, "15/QĐ-VPQH", công văn "05/VPQH-TH"), numbered in date order by the numbering rule
 * in force with the server's own functions, each with its version, events and outgoing register entry;
 * and a few drafts still in progress. The Builder also fills the benchmark data (bench/data-documents.ts).
 */

export interface IssuedRows {
  documents: Insertable<DB['documents']>[];
  versions: Insertable<DB['documentVersions']>[];
  events: Insertable<DB['documentEvents']>[];
  outgoing: Insertable<DB['outgoingRegister']>[];
  /** Sequence key -> the last number drawn. */
  counters: Map<string, number>;
}

export const isWeekday = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d !== 0 && d !== 6;
};

/** Working days (Monday to Friday) from `from` to `to`, both included. */
export function weekdays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWeekday(d)) days.push(d);
  return days;
}

const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`;

export interface Issuer {
  regime: Regime;
  org: DocOrg;
  issuerCode: string;
  signerTitle: string;
  authorityFor: string | null;
  perDay: readonly (readonly [number, number])[];
  /** The committee's terms (party documents are numbered per term). */
  terms: readonly { id: string; startsOn: string; endsOn: string | null }[];
  /** Codes of the drafting units that sign an administrative công văn (05/VPQH-TH). */
  unitCodes: readonly string[];
  /** Who it sends to besides "Như trên" and the file copy. */
  recipients: readonly string[];
  /** The holders of the post that signs (its secretary, its head), with their dates: a document is signed by the
   *  one holding it that day, and none is issued on a day nobody held it. Without it, a signer of the world's. */
  signingPost?: readonly Holding[];
}

/** What issuing needs to know of its world. */
export interface IssueWorld {
  today: string;
  officeUserId: string | null;
  types: DocType[];
  rules: RuleRow[];
  signers: { id: string; fullName: string }[];
}

/** The issuer's term on a day. */
const termOn = (who: Issuer, on: string) => [...who.terms].reverse().find((t) => t.startsOn <= on && (t.endsOn === null || t.endsOn >= on))?.id ?? null;

function issuers(w: DocumentsWorld): Issuer[] {
  const unitCodes = w.units.filter((u) => u.path.startsWith(w.agency.path) && u.code).map((u) => u.code ?? 'TH');
  return [
    { regime: 'party', org: w.committee, issuerCode: 'ĐU', signerTitle: 'BÍ THƯ', authorityFor: 'ĐẢNG ỦY', perDay: [[0, 3], [1, 4], [2, 2]], terms: w.terms, unitCodes: [], recipients: ['Các chi bộ trực thuộc', 'Đảng ủy Khối các cơ quan Trung ương'], signingPost: w.signingHolders.committeeSecretary },
    { regime: 'administrative', org: w.agency, issuerCode: w.agency.code ?? 'VPQH', signerTitle: 'CHỦ NHIỆM', authorityFor: null, perDay: [[0, 2], [1, 4], [2, 3], [3, 1]], terms: [], unitCodes, recipients: ['Các vụ, đơn vị', 'Đảng ủy Khối các cơ quan Trung ương'], signingPost: w.signingHolders.agencyHead },
    // A cell issues a few documents a month of its own (its resolutions, plans and reports), numbered "01-NQ/CB".
    ...w.issuingCells.map((c): Issuer => ({
      regime: 'party', org: c.org, issuerCode: 'CB', signerTitle: 'BÍ THƯ', authorityFor: 'CHI BỘ', perDay: [[0, 16], [1, 1]], terms: c.terms, unitCodes: [],
      recipients: ['Đảng ủy Văn phòng Quốc hội', 'Các đảng viên trong chi bộ'], signingPost: c.secretaries,
    })),
  ];
}

function typeOf(w: IssueWorld, rng: Rng, regime: Regime): DocType {
  const key = rng.weighted(ISSUED_TYPES[regime].map(([k, weight]) => [k, weight] as const));
  const type = w.types.find((t) => t.regime === regime && t.key === key);
  if (!type) throw new Error(`document type ${regime}/${key} missing`);
  return type;
}

export class Builder {
  rows: IssuedRows = { documents: [], versions: [], events: [], outgoing: [], counters: new Map() };
  private n = 0;

  constructor(private readonly w: IssueWorld, private readonly rng: Rng, private readonly newId: (key: string) => string = demoId) {}

  /** The rows made since the last drain (the counters stay). */
  drain(): Omit<IssuedRows, 'counters'> {
    const { counters, ...rows } = this.rows;
    this.rows = { documents: [], versions: [], events: [], outgoing: [], counters };
    return rows;
  }

  /** One document of `who` dated `day`; issued (numbered) unless a state before issue is given. */
  add(who: Issuer, day: string, state: 'issued' | 'recalled' | 'draft' | 'submitted' | 'signed' = 'issued') {
    const { w, rng } = this;
    const type = typeOf(w, rng, who.regime);
    const id = this.newId(`document:${this.n++}`);
    const summary = issuedSummary(rng, type.name, Number(day.slice(0, 4)), Number(day.slice(5, 7)));
    const text = body(rng, summary);
    const secret = rng.chance(0.03);
    const unitCode = type.abbreviation === null ? rng.pick(who.unitCodes) : null;
    const signer = who.signingPost
      ? who.signingPost.find((h) => h.startsOn <= day && (h.endsOn === null || h.endsOn >= day))
      : w.signers.length > 0 ? rng.pick(w.signers) : null;
    if (who.signingPost && !signer) return;
    const numbered = state === 'issued' || state === 'recalled';
    let n: { key: string; number: number; symbol: string; termId: string | null } | null = null;
    if (numbered) {
      const rule = ruleOn(w, who.regime, day);
      const termId = rule.period === 'term' ? termOn(who, day) : null;
      if (rule.period === 'term' && !termId) return;
      const key = sequenceKey(rule, { issuerOrganizationId: who.org.id, typeKey: type.key, year: Number(day.slice(0, 4)), termId, secret });
      const number = (this.rows.counters.get(key) ?? 0) + 1;
      this.rows.counters.set(key, number);
      n = { key, number, termId, symbol: formatSymbol(who.regime, { number, typeAbbreviation: type.abbreviation, issuerCode: who.issuerCode, unitCode }, rule.padWidth) };
    }
    const recipients = ['Như trên', rng.pick(who.recipients), 'Lưu VP'];
    const created = addDays(day, -rng.int(1, 5));
    this.rows.documents.push({
      id, organizationId: who.org.id, scopePath: who.org.path, regime: who.regime, typeId: type.id, issuerCode: who.issuerCode, unitCode,
      summary, body: text, searchText: [n?.symbol, summary, text].filter(Boolean).join(' '), state, urgency: rng.chance(0.05) ? 'khan' : 'thuong',
      secrecy: secret ? 'mat' : 'none', circulation: json(secret ? ['XEM XONG TRẢ LẠI'] : []), recipients: json(recipients),
      signerPersonId: signer?.id ?? null, signerName: signer?.fullName ?? null, signerTitle: who.signerTitle,
      authority: who.authorityFor ? 'TM' : 'none', authorityFor: who.authorityFor, termId: n?.termId ?? null, sequenceKey: n?.key ?? null,
      number: n?.number ?? null, symbol: n?.symbol ?? null, signedOn: numbered || state === 'signed' ? day : null, issuedOn: numbered ? day : null,
      createdBy: this.w.officeUserId, createdAt: at(created, 8), updatedAt: at(day, 10),
    });
    this.rows.versions.push({ id: this.newId(`document-version:${id}:1`), documentId: id, versionNo: 1, body: text, note: null, createdBy: w.officeUserId, createdAt: at(created, 8) });
    this.event(id, 'created', null, created, 8);
    if (n) {
      this.event(id, 'issued', n.symbol, day, 10);
      this.rows.outgoing.push({
        id: this.newId(`outgoing:${id}`), documentId: id, organizationId: who.org.id, scopePath: who.org.path, issuedOn: day, symbol: n.symbol,
        typeName: type.name, summary, signerName: signer?.fullName ?? null, recipients: recipients.join('; '), fileCopyHolder: 'Văn phòng',
        copies: rng.int(2, 40), sentOn: day < this.w.today ? day : null, note: null, updatedAt: at(day, 11),
      });
    }
    if (state === 'recalled') this.event(id, 'recall', 'Thu hồi do ban hành sai thẩm quyền', addDays(day, 3), 9);
  }

  private event(documentId: string, kind: string, note: string | null, day: string, hour: number) {
    this.rows.events.push({ id: this.newId(`document-event:${documentId}:${kind}`), documentId, kind, note, actorUserId: this.w.officeUserId, at: at(day, hour) });
  }
}

export function buildIssued(w: DocumentsWorld, rng: Rng): IssuedRows {
  const b = new Builder(w, rng);
  const days = weekdays(addDays(w.today, -365), w.today);
  const recallOn = new Set([days[40], days[150]]);
  for (const day of days) {
    for (const who of issuers(w)) {
      const count = rng.weighted(who.perDay);
      for (let i = 0; i < count; i++) b.add(who, day, recallOn.has(day) && i === 0 && who.regime === 'administrative' ? 'recalled' : 'issued');
    }
  }
  // Work in progress: drafts, documents submitted for signing and signed ones waiting for their number.
  const recent = days.slice(-10);
  for (let i = 0; i < 18; i++) {
    const who = rng.pick(issuers(w));
    b.add(who, rng.pick(recent), rng.weighted([['draft', 3], ['submitted', 2], ['signed', 1]] as const));
  }
  return b.rows;
}
