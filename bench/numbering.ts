import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase } from '../server/db/client.ts';
import { json } from '../server/db/json.ts';
import { parseArgs } from './args.ts';
import { saveRecord, thisMachine, urlArgument } from './report.ts';
import { login, startServer } from './run.ts';
import { pickTargets } from './scenarios.ts';

/**
 * npm run bench:numbering -- --size M [--url ...] [--count 1000]: that many signed decisions of one
 * committee issued through the API all at once, then checked: every request succeeded, the numbers are
 * distinct and consecutive after the sequence's last number, and each wrote its outgoing register entry.
 */

const ISSUED_ON = '2026-11-30';

async function main() {
  const argv = process.argv.slice(2);
  const o = parseArgs(argv);
  const countArg = argv.indexOf('--count');
  const count = countArg >= 0 ? Number(argv[countArg + 1]) : 1000;
  const database = await openDatabase(o.db === 'postgres' ? { databaseUrl: o.url } : { dataDir: o.dataDir });
  const db = database.db;
  const t = await pickTargets(db);
  const type = await db.selectFrom('documentTypes').select('id').where('regime', '=', 'administrative').where('key', '=', 'quyet_dinh').executeTakeFirstOrThrow();
  // The committee's administrative sequences of the year (per type or one for all, as the rule data says).
  const counters = (d: typeof db) => d.selectFrom('documentCounters').select(['key', 'lastNumber']).where('key', 'like', `administrative|${t.committeeId}|y2026|%|normal`).execute();
  const before = new Map((await counters(db)).map((c) => [c.key, c.lastNumber]));
  // Signed documents inserted directly: what is measured is issuing, not drafting.
  const rows = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(), organizationId: t.committeeId, scopePath: t.committeePath, regime: 'administrative' as const, typeId: type.id,
    issuerCode: 'DUCQ', summary: `Quyết định về việc cử cán bộ đi công tác, đợt ${i + 1}`, state: 'signed' as const,
    signerName: 'Nguyễn Văn An', signedOn: ISSUED_ON, circulation: json([]), recipients: json([]),
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('documents').values(rows.slice(i, i + 500)).execute();
  await database.close();

  const { child, base } = await startServer(o);
  try {
    const cookie = await login(base);
    const started = performance.now();
    const responses = await Promise.all(rows.map(async (r) => {
      const res = await fetch(`${base}/api/v1/documents/${r.id}/issue`, {
        method: 'POST', headers: { cookie, origin: base, 'content-type': 'application/json' }, body: JSON.stringify({ version: 1, issuedOn: ISSUED_ON }),
      });
      return { status: res.status, body: (await res.json()) as { number?: number; symbol?: string; code?: string } };
    }));
    const ms = performance.now() - started;
    const failed = responses.filter((r) => r.status !== 200);
    const numbers = responses.map((r) => r.body.number ?? 0).sort((a, b) => a - b);
    const check = await openDatabase(o.db === 'postgres' ? { databaseUrl: o.url } : { dataDir: o.dataDir });
    // The sequence the decisions were numbered in is the counter that moved; its old value + 1 is the first number.
    const moved = (await counters(check.db)).find((c) => c.lastNumber !== (before.get(c.key) ?? 0));
    const first = (moved ? (before.get(moved.key) ?? 0) : 0) + 1;
    const expected = Array.from({ length: count }, (_, i) => first + i);
    const consecutive = failed.length === 0 && numbers.every((n, i) => n === expected[i]) && moved?.lastNumber === first + count - 1;
    const register = await sql<{ n: number }>`SELECT count(*)::int AS n FROM outgoing_register WHERE document_id IN (${sql.join(rows.map((r) => r.id))})`.execute(check.db);
    await check.close();
    const record = {
      kind: 'numbering',
      date: new Date().toISOString(),
      command: `npm run bench:numbering -- --size ${o.size} --db ${o.db} --count ${count}${urlArgument(o)}`,
      note: o.note,
      machine: thisMachine(),
      db: o.db,
      size: o.size,
      count,
      seconds: Math.round(ms) / 1000,
      failed: failed.length,
      firstNumber: numbers[0] ?? null,
      lastNumber: numbers.at(-1) ?? null,
      distinct: new Set(numbers).size,
      consecutive,
      registerEntries: register.rows[0]?.n ?? 0,
      failures: [...new Set(failed.map((f) => `${f.status} ${f.body.code ?? ''}`))],
    };
    saveRecord('numbering-', record);
    console.log(`${count} số cấp đồng thời trong ${record.seconds} s: ${record.distinct} số khác nhau, ${record.firstNumber}..${record.lastNumber}, liên tục: ${consecutive}, lỗi ${failed.length}, sổ đi ${record.registerEntries}`);
    if (!consecutive || record.registerEntries !== count) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
