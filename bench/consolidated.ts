import { sql } from 'kysely';
import { openDatabase } from '../server/db/client.ts';
import { parseArgs } from './args.ts';
import { login, startServer } from './run.ts';

/**
 * The consolidated yearly report drafted through the API, timed: the yearly period of the benchmark data
 * (every cell's submission, the year's meetings, tasks, members and registers of the whole bloc). It is a
 * write (one audit row), so it is timed one request after another, not under concurrent load.
 * `npm run bench:consolidated -- --size M [--url ...]`
 */
const RUNS = 5;

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const database = await openDatabase(o.db === 'postgres' ? { databaseUrl: o.url } : { dataDir: o.dataDir });
  const row = await sql<{ id: string; org: string }>`
    SELECT p.id, s.recipient_organization_id AS org FROM report_periods p JOIN report_schedules s ON s.id = p.schedule_id
    WHERE s.kind = 'yearly' ORDER BY p.period_start DESC LIMIT 1`.execute(database.db);
  await database.close();
  const target = row.rows[0];
  if (!target) throw new Error('no yearly period in the benchmark data: run bench:data first');
  const { child, base } = await startServer(o);
  try {
    const cookie = await login(base);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const res = await fetch(`${base}/api/v1/reports/periods/${target.id}/consolidated`, {
        method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: base }, body: JSON.stringify({ organizationId: target.org }),
      });
      times.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`consolidated report: ${res.status} ${await res.text()}`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(`consolidated yearly report, ${o.db} ${o.size}: ${RUNS} runs, median ${sorted[Math.floor(RUNS / 2)]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms (first ${times[0]?.toFixed(0)} ms)`);
  } finally {
    child.kill();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
