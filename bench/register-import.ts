import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase } from '../server/db/client.ts';
import { urgencyRank } from '../common/enums.ts';
import { json } from '../server/db/json.ts';
import { monthRows, toCsv, toXlsx } from '../server/modules/register-import/register-import.fixtures.ts';
import { parseArgs } from './args.ts';
import { saveRecord, thisMachine, urlArgument } from './report.ts';
import { login, startServer } from './run.ts';

/**
 * npm run bench:register-import -- [--size S] [--url ...] [--note ...] [--rows 30000] [--format csv|xlsx]: a file of that many
 * incoming documents (one month, every day of it) checked (dry run) and imported through the API into a new
 * organization's book, polled to the end of the job; then the raw-SQL twin in the same run: the same rows
 * written by multi-row INSERTs of 1,000 in one transaction, with their arrival numbers, into a second book.
 */

const isoOf = (dmy: string) => dmy.split('/').reverse().join('-');

async function post(base: string, cookie: string, path: string, body: Buffer | string, type: string) {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { cookie, origin: base, 'content-type': type }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  const answer = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(answer).slice(0, 500)}`);
  return answer;
}

async function main() {
  const argv = process.argv.slice(2);
  const o = parseArgs(argv);
  const arg = (name: string, fallback: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] ?? fallback : fallback);
  const count = Number(arg('rows', '30000'));
  const format = arg('format', 'csv');
  // Without --size the database is whatever --url names (an empty one, freshly migrated, in RESULTS.md).
  const sizeLabel = argv.includes('--size') ? o.size : 'empty';
  const tag = `B${Date.now().toString(36)}`;
  const rows = monthRows('incoming', count, 2023, 8, tag);
  const file = format === 'xlsx' ? await toXlsx('incoming', rows) : toCsv('incoming', rows);
  const type = format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';

  const { child, base } = await startServer(o);
  try {
    const cookie = await login(base);
    const org = async (name: string) => (await post(base, cookie, '/api/v1/organizations', JSON.stringify({ parentId: null, kind: 'grassroots_committee', name }), 'application/json')) as { id: string; path: string };
    const book = await org(`Đảng ủy nhập sổ ${tag}`);
    const twin = await org(`Đảng ủy SQL ${tag}`);

    let t0 = performance.now();
    const dry = (await post(base, cookie, `/api/v1/register-import/incoming/dry-run?organizationId=${book.id}`, file, type)) as { total: number; errors: unknown[] };
    const dryMs = performance.now() - t0;
    if (dry.errors.length) throw new Error(`dry run found ${dry.errors.length} errors`);
    t0 = performance.now();
    const job = (await post(base, cookie, `/api/v1/register-import/incoming/jobs?organizationId=${book.id}`, file, type)) as { id: string };
    let status = 'running';
    while (status === 'running') {
      await new Promise((r) => setTimeout(r, 200));
      status = ((await (await fetch(`${base}/api/v1/register-import/jobs/${job.id}`, { headers: { cookie } })).json()) as { status: string }).status;
    }
    const importMs = performance.now() - t0;
    if (status !== 'succeeded') throw new Error(`import ${status}`);

    // The twin: what a hand-written backend would run for the same rows, in one transaction.
    const database = await openDatabase(o.db === 'postgres' ? { databaseUrl: o.url } : { dataDir: o.dataDir });
    t0 = performance.now();
    await database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < rows.length; i += 1000) {
        await trx.insertInto('incomingDocuments').values(rows.slice(i, i + 1000).map((r, j) => ({
          id: randomUUID(), organizationId: twin.id, scopePath: twin.path, year: 2023, arrivalNumber: i + j + 1, receivedOn: isoOf(String(r.receivedOn)),
          sender: String(r.sender), symbol: String(r.symbol), documentDate: isoOf(String(r.documentDate)), typeName: String(r.typeName), summary: String(r.summary),
          searchText: [r.symbol, r.sender, r.typeName, r.summary].join(' '), urgency: 'thuong' as const, urgencyRank: urgencyRank('thuong'), coOrganizationIds: json([]),
        }))).execute();
      }
      await sql`INSERT INTO document_counters (key, last_number) VALUES (${`incoming|${twin.id}|y2023`}, ${rows.length})`.execute(trx);
    });
    const sqlMs = performance.now() - t0;
    const written = await sql<{ n: number }>`SELECT count(*)::int AS n FROM incoming_documents WHERE organization_id = ${book.id}`.execute(database.db);
    await database.close();

    const record = {
      kind: 'register-import', date: new Date().toISOString(), note: o.note, machine: thisMachine(), db: o.db, size: sizeLabel,
      command: `npm run bench:register-import -- ${argv.includes('--size') ? `--size ${o.size} ` : ''}--db ${o.db} --rows ${count} --format ${format}${urlArgument(o)}`,
      rows: count, format, fileBytes: file.length, imported: written.rows[0]?.n ?? 0,
      dryRunSeconds: Math.round(dryMs) / 1000, importSeconds: Math.round(importMs) / 1000, sqlTwinSeconds: Math.round(sqlMs) / 1000,
    };
    saveRecord('register-import-', record);
    console.log(`${count} dòng (${format}, ${Math.round(file.length / 1024)} KiB): kiểm tra ${record.dryRunSeconds} s, nhập ${record.importSeconds} s (${record.imported} dòng), SQL thuần ${record.sqlTwinSeconds} s`);
    if (record.imported !== count) process.exitCode = 1;
  } finally {
    child.kill();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
