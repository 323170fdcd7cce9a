import type { Insertable } from 'kysely';
import { json } from '../db/json.ts';
import type { DB } from '../db/schema.ts';
import { addDays } from '../lib/dates.ts';
import { urgencyRank } from '../../common/enums.ts';
import { weekdays, type IssuedRows } from './documents-issued.ts';
import { type Sender, incomingType, senderPicker, senderSymbol } from './documents-senders.ts';
import { incomingSummary } from './documents-summaries.ts';
import type { DocOrg, DocumentsWorld } from './documents-world.ts';
import { type Rng, demoId } from './random.ts';

/**
 * A year of the incoming registers of the demo world: the committee, its intermediate committee, the
 * Office and each of its departments keep one, tens of thousands of entries in all, from the centre's
 * bodies, numbered in order of arrival within each year, urgent ones among them; most directed to a unit
 * with a deadline, handled in time or late, some answered by an issued document, some overdue. The
 * Register also fills the benchmark data (bench/data-documents.ts), a register at a time.
 */

export interface IncomingRows {
  incoming: Insertable<DB['incomingDocuments']>[];
  progress: Insertable<DB['incomingProgress']>[];
  counters: Map<string, number>;
}

/** What registering needs to know of its world: the day of the data and the clerk who registers. */
export interface RegisterWorld {
  today: string;
  officeUserId: string | null;
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`;
// About one entry in ten is urgent (khẩn), one in a hundred very urgent (thượng khẩn, hỏa tốc).
const URGENCY_WEIGHTS = [['thuong', 89], ['khan', 10], ['thuong_khan', 0.7], ['hoa_toc', 0.3]] as const;
const DIRECTIONS = ['Đề nghị chủ trì, tham mưu xử lý, báo cáo kết quả', 'Nghiên cứu, đề xuất', 'Phối hợp triển khai thực hiện', 'Để biết, thực hiện', 'Giao chuyên viên theo dõi, tham mưu trả lời', 'Khẩn trương xử lý theo thẩm quyền'];
const PROGRESS = ['Đã dự thảo văn bản trả lời, đang xin ý kiến các đơn vị', 'Đã tổ chức họp triển khai', 'Đang tổng hợp số liệu báo cáo', 'Đã trình lãnh đạo xem xét', 'Đã đề nghị các chi bộ cung cấp thông tin', 'Đang chờ ý kiến của cơ quan phối hợp'];
const SENDERS_OF = { party: senderPicker('party'), administrative: senderPicker('administrative') };

/** Issued documents of a registrar in date order, each answering at most one entry. */
export class Replies {
  private cursor = 0;
  private readonly used = new Set<number>();

  constructor(private readonly docs: readonly { id: string; issuedOn: string }[]) {}

  /** The first unused document issued after `after` and by `until`, marked used. */
  take(after: string, until: string): { id: string; issuedOn: string } | undefined {
    while (this.cursor < this.docs.length && (this.docs[this.cursor]?.issuedOn ?? '') <= after) this.cursor++;
    for (let i = this.cursor; i < this.docs.length; i++) {
      const d = this.docs[i];
      if (!d || d.issuedOn > until) return undefined;
      if (!this.used.has(i)) {
        this.used.add(i);
        return d;
      }
    }
    return undefined;
  }
}

export interface Registrar {
  org: DocOrg;
  /** A party committee receives mostly from the Party's bodies, an agency from the State's. */
  regime: Sender['regime'];
  /** Where the leader directs entries: cells, departments, or the registrar itself. */
  units: DocOrg[];
  perDay: readonly (readonly [number, number])[];
  replies: Replies;
}

export class Register {
  rows: IncomingRows = { incoming: [], progress: [], counters: new Map() };
  private n = 0;

  constructor(private readonly w: RegisterWorld, private readonly rng: Rng, private readonly newId: (key: string) => string = demoId) {}

  /** The rows made since the last drain (the counters stay). */
  drain(): Omit<IncomingRows, 'counters'> {
    const { incoming, progress } = this.rows;
    this.rows = { incoming: [], progress: [], counters: this.rows.counters };
    return { incoming, progress };
  }

  add(r: Registrar, receivedOn: string) {
    const { rng, w } = this;
    const sender = SENDERS_OF[r.regime](rng);
    const [abbreviation, typeName] = incomingType(rng, sender);
    const year = Number(receivedOn.slice(0, 4));
    const key = `incoming|${r.org.id}|y${year}`;
    const arrivalNumber = (this.rows.counters.get(key) ?? 0) + 1;
    this.rows.counters.set(key, arrivalNumber);
    const id = this.newId(`incoming:${this.n++}`);
    const documentDate = addDays(receivedOn, -rng.int(0, 4));
    const symbol = senderSymbol(rng, sender, abbreviation, documentDate);
    const summary = incomingSummary(rng, typeName, year);
    const urgency = rng.weighted(URGENCY_WEIGHTS);
    const row: Insertable<DB['incomingDocuments']> = {
      id, organizationId: r.org.id, scopePath: r.org.path, year, arrivalNumber, receivedOn, sender: sender.name, symbol,
      documentDate, typeName, summary, searchText: [symbol, sender.name, typeName, summary].join(' '),
      urgency, urgencyRank: urgencyRank(urgency), secrecy: rng.chance(0.03) ? 'mat' : 'none', state: 'registered', coOrganizationIds: json([]),
      createdBy: w.officeUserId, createdAt: at(receivedOn, 8), updatedAt: at(receivedOn, 8),
    };
    if (daysBetween(receivedOn, w.today) > 1 && rng.chance(0.88)) this.direct(r, row);
    this.rows.incoming.push(row);
  }

  /** Up to two co-operating units other than the lead. */
  private coUnits(r: Registrar, lead: DocOrg): string[] {
    const co = new Set<string>();
    for (let i = this.rng.int(0, 2); i > 0 && r.units.length > 1; i--) {
      const u = this.rng.pick(r.units);
      if (u.id !== lead.id) co.add(u.id);
    }
    return [...co];
  }

  /** The leader's direction, then the handling: in time, late, answered by a document, or still open. */
  private direct(r: Registrar, row: Insertable<DB['incomingDocuments']>) {
    const { rng, w } = this;
    const received = row.receivedOn;
    const lead = rng.pick(r.units);
    const deadline = addDays(received, row.urgency === 'thuong' ? rng.int(7, 20) : rng.int(1, 5));
    const directedOn = addDays(received, rng.int(0, 1));
    Object.assign(row, {
      state: 'directed', leadOrganizationId: lead.id, coOrganizationIds: json(this.coUnits(r, lead)), deadline,
      directedBy: w.officeUserId, directedOn, directionNote: rng.pick(DIRECTIONS), updatedAt: at(directedOn, 15),
    });
    const finished = deadline < w.today ? rng.chance(0.9) : rng.chance(0.3);
    if (rng.chance(0.35)) {
      this.rows.progress.push({ id: this.newId(`incoming-progress:${row.id}`), incomingId: row.id, onDay: addDays(directedOn, 1), note: rng.pick(PROGRESS), createdBy: w.officeUserId, createdAt: at(addDays(directedOn, 1), 16) });
    }
    if (!finished) return;
    const reply = rng.chance(0.3) ? r.replies.take(received, addDays(deadline, 5)) : undefined;
    const late = rng.chance(0.12);
    let doneOn = reply?.issuedOn ?? (late ? addDays(deadline, rng.int(1, 10)) : addDays(received, rng.int(1, Math.max(1, daysBetween(received, deadline)))));
    if (doneOn > w.today) doneOn = w.today;
    Object.assign(row, { state: 'done', doneOn, replyDocumentId: reply?.id ?? null, updatedAt: at(doneOn, 16) });
  }
}

/** The issued documents of an organization, in date order, to answer entries with. */
export function repliesOf(issued: IssuedRows, org: DocOrg): Replies {
  return new Replies(issued.documents.filter((d) => d.organizationId === org.id && d.state === 'issued' && d.issuedOn)
    .map((d) => ({ id: d.id ?? '', issuedOn: d.issuedOn ?? '' })).sort((a, b) => a.issuedOn.localeCompare(b.issuedOn)));
}

export function buildIncoming(w: DocumentsWorld, rng: Rng, issued: IssuedRows): IncomingRows {
  const under = (org: DocOrg) => w.units.filter((u) => u.path.startsWith(org.path));
  const departments = under(w.agency);
  const none = new Replies([]);
  const registrars = ([
    { org: w.committee, regime: 'party', units: under(w.committee), perDay: [[6, 1], [8, 2], [9, 3], [10, 2], [12, 1]], replies: repliesOf(issued, w.committee) },
    { org: w.agency, regime: 'administrative', units: departments, perDay: [[40, 1], [50, 2], [60, 3], [70, 2], [80, 1]], replies: repliesOf(issued, w.agency) },
    ...w.intermediates.map((org): Registrar => ({ org, regime: 'party', units: under(org), perDay: [[0, 1], [1, 2], [2, 1]], replies: none })),
    ...departments.map((org): Registrar => ({ org, regime: 'administrative', units: [org], perDay: [[1, 1], [2, 2], [3, 2], [4, 1]], replies: none })),
  ] satisfies Registrar[]).filter((r) => r.units.length > 0);
  const reg = new Register(w, rng);
  for (const day of weekdays(addDays(w.today, -365), w.today)) {
    for (const r of registrars) {
      const count = rng.weighted(r.perDay);
      for (let i = 0; i < count; i++) reg.add(r, day);
    }
  }
  return reg.rows;
}
