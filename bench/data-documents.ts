import { type Insertable, type Kysely, sql } from 'kysely';
import type { DB } from '../server/db/schema.ts';
import { addDays } from '../server/lib/dates.ts';
import { insertRows, withoutSecondaryIndexes } from '../server/seed/documents-bulk.ts';
import { Builder, type IssueWorld, type Issuer, weekdays } from '../server/seed/documents-issued.ts';
import { buildLetters } from '../server/seed/documents-letters.ts';
import { Register, type Registrar, Replies } from '../server/seed/documents-registers.ts';
import type { DocOrg } from '../server/seed/documents-world.ts';
import { Rng } from '../server/seed/random.ts';
import { type BenchOptions, SIZES } from './args.ts';
import { progress } from './chunks.ts';
import { BENCH_TODAY } from './data-meetings.ts';

/**
 * Documents and correspondence for the benchmark data, the rows the application writes, made by the demo
 * seed's own builders: three years back from the data's today, the root and every committee issue party
 * documents numbered per term, each committee's agency (a top-level organization, "Cơ quan số N") issues
 * administrative ones numbered per year, each with its version, events and outgoing register entry; the root
 * and every committee keep an incoming register (arrival numbers consecutive per organization and year,
 * directed to the cells with deadlines, answered by their own documents) and receive citizens' letters; the
 * counters continue after the last numbers. Rows go in by thousands per statement with the secondary indexes
 * of these tables dropped, then the indexes are rebuilt from their own definitions. Deterministic.
 */

const SEED = 0xd0_c5_20_26;
const YEARS = 3;
const TABLES = ['documents', 'document_versions', 'document_events', 'outgoing_register', 'incoming_documents', 'incoming_progress', 'letters', 'letter_steps'];

type Org = Insertable<DB['organizations']>;

/** Sequential v4-shaped ids, one run per kind of row: B-tree inserts at the end of the primary key. */
function sequentialIds(): (key: string) => string {
  const runs = new Map<string, { tag: string; n: number }>();
  return (key) => {
    const kind = key.slice(0, key.indexOf(':'));
    let run = runs.get(kind);
    if (!run) runs.set(kind, (run = { tag: (0xbe_00_00_00 + runs.size).toString(16), n: 0 }));
    run.n++;
    return `${run.tag}-0000-4000-8000-${run.n.toString(16).padStart(12, '0')}`;
  };
}

/** `count` items spread over `total` parts as evenly as whole numbers allow. */
const share = (count: number, parts: number, i: number) => Math.floor((count * (i + 1)) / parts) - Math.floor((count * i) / parts);

/** `count` days in order, spread over `days` with a little jitter (stratified: exactly `count`, sorted). */
function spread(rng: Rng, days: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => days[Math.min(days.length - 1, Math.floor(((i + rng.next()) * days.length) / count))] ?? '');
}

const docOrg = (r: Org): DocOrg => ({ id: r.id, path: r.path, name: r.name, code: r.code ?? null });

/** One agency per committee, top-level (after the bench's root in the tree), and two terms of each committee. */
function agenciesAndTerms(rng: Rng, committees: Org[], partyIssuers: Org[]) {
  const agencies: Org[] = committees.map((_, c) => {
    const id = uuid(rng);
    return { id, parentId: null, path: `/${id}/`, depth: 0, kind: 'agency', name: `Cơ quan số ${c + 1}`, code: `CQ${c + 1}`, sortOrder: 1_000 + c };
  });
  const terms: Insertable<DB['terms']>[] = partyIssuers.flatMap((o) => [
    { id: uuid(rng), organizationId: o.id, ordinal: 1, startYear: 2020, endYear: 2025, congressOpenedOn: '2020-07-14', congressClosedOn: '2020-07-15', startsOn: '2020-07-16', endsOn: '2025-07-15' },
    { id: uuid(rng), organizationId: o.id, ordinal: 2, startYear: 2025, endYear: 2030, congressOpenedOn: '2025-07-14', congressClosedOn: '2025-07-15', startsOn: '2025-07-16', endsOn: null },
  ]);
  return { agencies, terms };
}

function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-9${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface Counts {
  documents: number;
  incoming: number;
  progress: number;
  letters: number;
}

export async function generateDocuments(
  db: Kysely<DB>, o: BenchOptions, orgs: { rows: Org[] }, people: Insertable<DB['people']>[], members: Insertable<DB['members']>[],
): Promise<Counts> {
  const rng = new Rng(SEED);
  const size = SIZES[o.size];
  const root = orgs.rows.find((r) => r.depth === 0);
  if (!root) throw new Error('no root organization');
  const committees = orgs.rows.filter((r) => r.depth === 1);
  const partyIssuers = [root, ...committees];
  const { agencies, terms } = agenciesAndTerms(rng, committees, partyIssuers);
  await db.insertInto('organizations').values(agencies).execute();
  await db.insertInto('terms').values(terms).execute();
  const admin = await db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  const world: World = {
    today: BENCH_TODAY, officeUserId: admin?.id ?? null,
    types: await db.selectFrom('documentTypes').select(['id', 'regime', 'key', 'abbreviation', 'name']).where('active', '=', true).execute(),
    rules: await db.selectFrom('numberingRules').select(['regime', 'period', 'perType', 'secretSeparate', 'padWidth', 'validFrom', 'validTo']).execute(),
    signers: people.slice(0, 40).map((p) => ({ id: p.id, fullName: p.fullName })),
    letterDeadlines: new Map((await db.selectFrom('letterKinds').select(['kind', 'deadlineDays']).execute()).map((k) => [k.kind, k.deadlineDays])),
  };
  const days = weekdays(addDays(BENCH_TODAY, -365 * YEARS), BENCH_TODAY);
  const newId = sequentialIds();
  const counters = new Map<string, number>();
  const counts: Counts = { documents: 0, incoming: 0, progress: 0, letters: 0 };

  // Loading without the secondary indexes, without foreign-key triggers (the rows are made consistent) and
  // with memory to build the indexes: one connection for all of it, as these settings are the session's.
  await db.connection().execute(async (conn) => {
    if (o.db === 'postgres') await sql`SET maintenance_work_mem = '1GB'`.execute(conn);
    await sql`SET session_replication_role = replica`.execute(conn);
    let started = Date.now();
    const lap = (label: string) => {
      console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
      started = Date.now();
    };
    await withoutSecondaryIndexes(conn, TABLES, async () => {
      const replies = await issue(conn, rng, world, { partyIssuers, committees, agencies, terms, days, newId, counters, counts, total: size.issued });
      lap('văn bản đi / issued documents');
      await register(conn, rng, world, { root, orgs: orgs.rows, partyIssuers, days, newId, counters, counts, total: size.incoming, replies });
      lap('sổ văn bản đến / incoming register');
      await receiveLetters(conn, rng, world, { orgs: orgs.rows, partyIssuers, members, days, newId, counters, counts, total: size.letters });
      await insertRows(conn, 'document_counters', [...counters].map(([key, lastNumber]) => ({ key, lastNumber })));
      lap('đơn thư, bộ đếm / letters, counters');
    }, (name, ms) => console.log(`  chỉ mục / index ${name}: ${(ms / 1000).toFixed(1)} s`));
    await sql`SET session_replication_role = DEFAULT`.execute(conn);
    await sql`RESET maintenance_work_mem`.execute(conn);
  });
  return counts;
}

interface World extends IssueWorld {
  letterDeadlines: Map<string, number>;
}

interface Common {
  days: string[];
  newId: (key: string) => string;
  counters: Map<string, number>;
  counts: Counts;
  total: number;
}

/** Issued documents, issuer by issuer; returns each party issuer's documents in date order, to answer entries with. */
async function issue(db: Kysely<DB>, rng: Rng, w: World, c: Common & { partyIssuers: Org[]; committees: Org[]; agencies: Org[]; terms: Insertable<DB['terms']>[] }) {
  const builder = new Builder(w, rng, c.newId);
  const issuers: Issuer[] = [
    ...c.partyIssuers.map((org, i): Issuer => ({
      regime: 'party', org: docOrg(org), issuerCode: i === 0 ? 'ĐUK' : 'ĐU', signerTitle: 'BÍ THƯ', authorityFor: i === 0 ? 'ĐẢNG ỦY KHỐI' : 'ĐẢNG ỦY', perDay: [],
      terms: c.terms.filter((t) => t.organizationId === org.id).map((t) => ({ id: t.id, startsOn: t.startsOn, endsOn: t.endsOn ?? null })),
      unitCodes: [], recipients: i === 0 ? ['Các đảng bộ trực thuộc', 'Ban Tổ chức Trung ương'] : ['Các chi bộ trực thuộc', 'Đảng ủy Khối'],
    })),
    ...c.agencies.map((org): Issuer => ({
      regime: 'administrative', org: docOrg(org), issuerCode: org.code ?? 'CQ', signerTitle: 'THỦ TRƯỞNG', authorityFor: null, perDay: [], terms: [],
      unitCodes: ['VP', 'TCCB', 'KHTC', 'TH', 'PC'], recipients: ['Các phòng, đơn vị', 'Bộ Nội vụ'],
    })),
  ];
  const replies = new Map<string, Replies>();
  let done = 0;
  for (const [i, who] of issuers.entries()) {
    for (const day of spread(rng, c.days, share(c.total, issuers.length, i))) builder.add(who, day);
    const rows = builder.drain();
    if (who.regime === 'party') {
      replies.set(who.org.id, new Replies(rows.documents.filter((d) => d.state === 'issued').map((d) => ({ id: d.id, issuedOn: d.issuedOn ?? '' }))));
    }
    await insertRows(db, 'documents', rows.documents);
    await insertRows(db, 'document_versions', rows.versions);
    await insertRows(db, 'document_events', rows.events);
    await insertRows(db, 'outgoing_register', rows.outgoing);
    done += rows.documents.length;
    progress('văn bản đi / issued documents', done, c.total);
  }
  for (const [key, n] of builder.rows.counters) c.counters.set(key, n);
  c.counts.documents = done;
  return replies;
}

/** The incoming registers of the root (directing to the committees) and of each committee (to its cells). */
async function register(db: Kysely<DB>, rng: Rng, w: World, c: Common & { root: Org; orgs: Org[]; partyIssuers: Org[]; replies: Map<string, Replies> }) {
  const reg = new Register(w, rng, c.newId);
  const unitsOf = (org: Org) => c.orgs.filter((r) => r.parentId === org.id).map(docOrg);
  const none = new Replies([]);
  let done = 0;
  for (const [i, org] of c.partyIssuers.entries()) {
    const r: Registrar = { org: docOrg(org), regime: 'party', units: unitsOf(org), perDay: [], replies: c.replies.get(org.id) ?? none };
    if (r.units.length === 0) r.units.push(r.org);
    const days = spread(rng, c.days, share(c.total, c.partyIssuers.length, i));
    for (let k = 0; k < days.length; k += 20_000) {
      for (const day of days.slice(k, k + 20_000)) reg.add(r, day);
      const rows = reg.drain();
      await insertRows(db, 'incoming_documents', rows.incoming, 5_000, (n) => progress('sổ văn bản đến / incoming register', done + n, c.total));
      await insertRows(db, 'incoming_progress', rows.progress);
      done += rows.incoming.length;
      c.counts.progress += rows.progress.length;
    }
  }
  for (const [key, n] of reg.rows.counters) c.counters.set(key, n);
  c.counts.incoming = done;
}

/** Citizens' letters to the root and each committee; those about a member name one of the committee's. */
async function receiveLetters(db: Kysely<DB>, rng: Rng, w: World, c: Common & { orgs: Org[]; partyIssuers: Org[]; members: Insertable<DB['members']>[] }) {
  const committeeOfCell = new Map(c.orgs.filter((r) => r.depth === 2).map((r) => [r.id, r.parentId ?? '']));
  const membersOf = new Map<string, string[]>();
  for (const m of c.members) {
    const k = committeeOfCell.get(m.cellId) ?? '';
    const list = membersOf.get(k) ?? [];
    if (list.length < 200) list.push(m.personId);
    membersOf.set(k, list);
  }
  let done = 0;
  for (const [i, org] of c.partyIssuers.entries()) {
    const rows = buildLetters({ ...w, org: docOrg(org), members: membersOf.get(org.id) ?? [] }, rng, share(c.total, c.partyIssuers.length, i), c.days, c.newId);
    await insertRows(db, 'letters', rows.letters);
    await insertRows(db, 'letter_steps', rows.steps);
    for (const [key, n] of rows.counters) c.counters.set(key, n);
    done += rows.letters.length;
    progress('đơn thư / letters', done, c.total);
  }
  c.counts.letters = done;
}
