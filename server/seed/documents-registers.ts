import type { Insertable } from 'kysely';
import type { DB } from '../db/schema.ts';
import { addDays } from '../lib/dates.ts';
import { urgencyRank } from '../modules/documents/documents.schema.ts';
import { weekdays, type IssuedRows } from './documents-issued.ts';
import { INCOMING_TYPES, incomingSummary, SENDERS, type Sender } from './documents-texts.ts';
import type { DocOrg, DocumentsWorld } from './documents-world.ts';
import { type Rng, demoId } from './random.ts';

/**
 * A year of the incoming register of the committee and of the Office: a few thousand entries from the
 * centre's bodies, numbered in order of arrival within each year, urgent ones among them; most directed
 * to a unit with a deadline, handled in time or late, some answered by an issued document, some overdue.
 */

export interface IncomingRows {
  incoming: Insertable<DB['incomingDocuments']>[];
  progress: Insertable<DB['incomingProgress']>[];
  counters: Map<string, number>;
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`;
const URGENCY_WEIGHTS = [['thuong', 85], ['khan', 10], ['thuong_khan', 4], ['hoa_toc', 1]] as const;
const DIRECTIONS = ['Đề nghị chủ trì, tham mưu xử lý, báo cáo kết quả', 'Nghiên cứu, đề xuất', 'Phối hợp triển khai thực hiện', 'Để biết, thực hiện'];
const PROGRESS = ['Đã dự thảo văn bản trả lời, đang xin ý kiến các đơn vị', 'Đã tổ chức họp triển khai', 'Đang tổng hợp số liệu báo cáo', 'Đã trình lãnh đạo xem xét'];

interface Registrar {
  org: DocOrg;
  units: DocOrg[];
  perDay: readonly (readonly [number, number])[];
  /** Issued documents of the organization by date, to answer with. */
  replies: { id: string; issuedOn: string; used: boolean }[];
}

function symbolOf(rng: Rng, s: Sender, abbreviation: string | null, n: number): string {
  if (s.regime === 'party') return `${n}-${abbreviation ?? 'CV'}/${s.code}`;
  return abbreviation ? `${n}/${abbreviation}-${s.code}` : `${n}/${s.code}-${rng.pick(['VP', 'TCCB', 'TH', 'KHTC'])}`;
}

class Register {
  readonly rows: IncomingRows = { incoming: [], progress: [], counters: new Map() };
  private readonly senderNumbers = new Map<string, number>();
  private n = 0;

  constructor(private readonly w: DocumentsWorld, private readonly rng: Rng) {}

  add(r: Registrar, receivedOn: string) {
    const { rng, w } = this;
    const sender = rng.weighted(SENDERS.map((s) => [s, s.weight] as const));
    const [abbreviation, typeName] = rng.weighted(INCOMING_TYPES[sender.regime].map(([a, name, weight]) => [[a, name] as const, weight] as const));
    const number = (this.senderNumbers.get(sender.code) ?? rng.int(1, 40)) + rng.int(1, 12);
    this.senderNumbers.set(sender.code, number);
    const year = Number(receivedOn.slice(0, 4));
    const key = `incoming|${r.org.id}|y${year}`;
    const arrivalNumber = (this.rows.counters.get(key) ?? 0) + 1;
    this.rows.counters.set(key, arrivalNumber);
    const id = demoId(`incoming:${this.n++}`);
    const symbol = symbolOf(rng, sender, abbreviation, number);
    const summary = incomingSummary(rng, typeName, year);
    const urgency = rng.weighted(URGENCY_WEIGHTS);
    const row: Insertable<DB['incomingDocuments']> = {
      id, organizationId: r.org.id, scopePath: r.org.path, year, arrivalNumber, receivedOn, sender: sender.name, symbol,
      documentDate: addDays(receivedOn, -rng.int(0, 4)), typeName, summary, searchText: [symbol, sender.name, typeName, summary].join(' '),
      urgency, urgencyRank: urgencyRank(urgency), secrecy: rng.chance(0.03) ? 'mat' : 'none', state: 'registered', coOrganizationIds: '[]',
      createdBy: w.officeUserId, createdAt: at(receivedOn, 8), updatedAt: at(receivedOn, 8),
    };
    if (daysBetween(receivedOn, w.today) > 1 && rng.chance(0.88)) this.direct(r, row);
    this.rows.incoming.push(row);
  }

  /** The leader's direction, then the handling: in time, late, answered by a document, or still open. */
  private direct(r: Registrar, row: Insertable<DB['incomingDocuments']>) {
    const { rng, w } = this;
    const received = row.receivedOn;
    const lead = rng.pick(r.units);
    const co = rng.shuffle(r.units.filter((u) => u.id !== lead.id)).slice(0, rng.int(0, 2));
    const deadline = addDays(received, row.urgency === 'thuong' ? rng.int(7, 20) : rng.int(1, 5));
    const directedOn = addDays(received, rng.int(0, 1));
    Object.assign(row, {
      state: 'directed', leadOrganizationId: lead.id, coOrganizationIds: JSON.stringify(co.map((u) => u.id)), deadline,
      directedBy: w.officeUserId, directedOn, directionNote: rng.pick(DIRECTIONS), updatedAt: at(directedOn, 15),
    });
    const finished = deadline < w.today ? rng.chance(0.9) : rng.chance(0.3);
    if (rng.chance(0.35)) {
      this.rows.progress.push({ id: demoId(`incoming-progress:${row.id}`), incomingId: row.id, onDay: addDays(directedOn, 1), note: rng.pick(PROGRESS), createdBy: w.officeUserId, createdAt: at(addDays(directedOn, 1), 16) });
    }
    if (!finished) return;
    const reply = rng.chance(0.3) ? r.replies.find((d) => !d.used && d.issuedOn > received && d.issuedOn <= addDays(deadline, 5)) : undefined;
    const late = rng.chance(0.12);
    let doneOn = reply?.issuedOn ?? (late ? addDays(deadline, rng.int(1, 10)) : addDays(received, rng.int(1, Math.max(1, daysBetween(received, deadline)))));
    if (doneOn > w.today) doneOn = w.today;
    if (reply) reply.used = true;
    Object.assign(row, { state: 'done', doneOn, replyDocumentId: reply?.id ?? null, updatedAt: at(doneOn, 16) });
  }
}

export function buildIncoming(w: DocumentsWorld, rng: Rng, issued: IssuedRows): IncomingRows {
  const replies = (org: DocOrg) => issued.documents.filter((d) => d.organizationId === org.id && d.state === 'issued' && d.issuedOn)
    .map((d) => ({ id: d.id ?? '', issuedOn: d.issuedOn ?? '', used: false }));
  const registrars: Registrar[] = [
    { org: w.committee, units: w.units.filter((u) => u.path.startsWith(w.committee.path)), perDay: [[4, 1], [5, 2], [6, 3], [7, 2], [8, 1]], replies: replies(w.committee) },
    { org: w.agency, units: w.units.filter((u) => u.path.startsWith(w.agency.path)), perDay: [[2, 1], [3, 2], [4, 2], [5, 1]], replies: replies(w.agency) },
  ];
  const reg = new Register(w, rng);
  for (const day of weekdays(addDays(w.today, -365), w.today)) {
    for (const r of registrars) {
      const count = rng.weighted(r.perDay);
      for (let i = 0; i < count; i++) reg.add(r, day);
    }
  }
  return reg.rows;
}
