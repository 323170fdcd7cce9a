import fs from 'node:fs';
import { type Insertable, type Kysely, sql } from 'kysely';
import pg from 'pg';
import { fullName, personSortKey } from '../common/vietnamese.ts';
import { openDatabase } from '../server/db/client.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import type { DB } from '../server/db/schema.ts';
import { ensureAdmin } from '../server/modules/users/users.bootstrap.ts';
import { drawName } from '../server/seed/names.ts';
import { Rng } from '../server/seed/random.ts';
import { BENCH_ADMIN_PASSWORD, type BenchOptions, SIZES, parseArgs } from './args.ts';
import { insertChunks } from './chunks.ts';
import { generateDocuments } from './data-documents.ts';
import { generateMeetings } from './data-meetings.ts';
import { generateReports } from './data-reports.ts';

/**
 * npm run bench:data -- --size S|M [--db postgres|pglite]: a fresh database filled with realistic
 * Vietnamese data through bulk inserts of the same rows the application writes: organizations, people,
 * members, meetings, tasks, reports, and documents with the incoming and outgoing registers and letters
 * (data-documents.ts). Deterministic.
 */
const SEED = 0xbe_4c;
let rng = new Rng(SEED);

/** A v4-shaped UUID drawn from the seeded generator, so two runs make the same ids. */
function randomUUID(): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function freshDatabase(o: BenchOptions) {
  if (o.db === 'pglite') {
    fs.rmSync(o.dataDir, { recursive: true, force: true });
    return openDatabase({ dataDir: o.dataDir });
  }
  const url = new URL(o.url);
  const name = url.pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(o.url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return openDatabase({ databaseUrl: o.url });
}

/** Superior committee -> committees -> cells; M has 70 committees of 42 cells. */
function buildOrganizations(o: BenchOptions) {
  const { organizations, cellsPerCommittee } = SIZES[o.size];
  const rows: Insertable<DB['organizations']>[] = [];
  const rootId = randomUUID();
  rows.push({ id: rootId, parentId: null, path: `/${rootId}/`, depth: 0, kind: 'superior_committee', name: 'Đảng bộ Khối (dữ liệu đo)' });
  const committees = Math.max(1, Math.round((organizations - 1) / (cellsPerCommittee + 1)));
  const cells: { id: string; committeeId: string }[] = [];
  for (let c = 0; c < committees; c++) {
    const id = randomUUID();
    rows.push({ id, parentId: rootId, path: `/${rootId}/${id}/`, depth: 1, kind: 'grassroots_committee', name: `Đảng bộ cơ quan số ${c + 1}`, sortOrder: c });
    for (let k = 0; k < cellsPerCommittee; k++) {
      const cellId = randomUUID();
      rows.push({ id: cellId, parentId: id, path: `/${rootId}/${id}/${cellId}/`, depth: 2, kind: 'cell_under_committee', name: `Chi bộ ${k + 1} - Đảng bộ ${c + 1}`, sortOrder: k });
      cells.push({ id: cellId, committeeId: id });
    }
  }
  return { rows, cells };
}

export async function generate(o: BenchOptions, log: (msg: string) => void = console.log) {
  const started = Date.now();
  rng = new Rng(SEED);
  const database = await freshDatabase(o);
  const db: Kysely<DB> = database.db;
  try {
    await migrateToLatest(db);
    await ensureAdmin(db, BENCH_ADMIN_PASSWORD);
    const orgs = buildOrganizations(o);
    await insertChunks('tổ chức / organizations', orgs.rows, (c) => db.insertInto('organizations').values(c).execute());
    const people: Insertable<DB['people']>[] = [];
    const members: Insertable<DB['members']>[] = [];
    for (let i = 0; i < SIZES[o.size].people; i++) {
      const n = drawName(rng);
      const cell = orgs.cells[rng.int(0, orgs.cells.length - 1)] ?? orgs.cells[0];
      if (!cell) throw new Error('no cells');
      const names = { familyName: n.familyName, middleName: n.middleName, givenName: n.givenName };
      const id = randomUUID();
      const year = rng.int(1960, 2002);
      people.push({ id, ...names, fullName: fullName(names), sortKey: personSortKey(names), gender: n.gender, birthDate: `${year}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`, organizationId: cell.id, isDemo: true });
      const admitted = Math.min(2024, year + rng.int(20, 40));
      const official = rng.chance(0.93);
      members.push({
        id: randomUUID(),
        personId: id,
        cellId: cell.id,
        status: official ? 'official' : 'probationary',
        partyCardNumber: `BENCH${String(i).padStart(7, '0')}`,
        admissionDecisionDate: `${admitted}-05-19`,
        ceremonyDate: `${admitted}-06-01`,
        officialRecognitionDate: official ? `${admitted + 1}-06-01` : null,
      });
    }
    await insertChunks('nhân sự / people', people, (c) => db.insertInto('people').values(c).execute());
    await insertChunks('đảng viên / members', members, (c) => db.insertInto('members').values(c).execute());
    const made = await generateMeetings(db, o, orgs, members);
    const reports = await generateReports(db, orgs);
    const docs = await generateDocuments(db, o, orgs, people, members);
    // Fresh statistics and visibility maps, as a running database would have after autovacuum: the planner
    // must see the real row counts, and index-only scans must not fall back to the table.
    await sql`VACUUM ANALYZE`.execute(db);
    log(`  ${o.db} ${o.size}: ${orgs.rows.length} organizations, ${people.length} people and members, ${made.meetings} meetings, ${made.participants} participants, ${made.tasks} tasks, ${reports.submissions} report submissions, ${docs.documents} issued documents, ${docs.incoming} incoming entries (${docs.progress} progress notes), ${docs.letters} letters in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generate(parseArgs(process.argv.slice(2))).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
