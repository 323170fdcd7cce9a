import fs from 'node:fs';
import autocannon from 'autocannon';
import { openDatabase } from '../server/db/client.ts';
import { parseArgs } from './args.ts';
import { saveRecord, thisMachine, urlArgument } from './report.ts';
import { login, requestsOf, startServer } from './run.ts';
import { SECRETARY, allScenarios, ensureSecretary, pickTargets } from './scenarios.ts';

/**
 * npm run bench:soak -- --size M [--url ...] [--minutes 10] [--connections 10]: the mixed load (nine reads,
 * one write, in turn) against one server for minutes on end, sampling the server's resident memory every
 * five seconds. The record says whether memory grows: the slope of a straight line through the samples
 * after the first minute (warm-up: JIT, caches, pools), in MiB per minute.
 */

const SAMPLE_MS = 5_000;

/** The process and its descendants (tsx runs the server in a child process): their resident memory, in MiB. */
export function treeRssMiB(pid: number): number {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    const p = pids[i];
    const tasks = fs.existsSync(`/proc/${p}/task`) ? fs.readdirSync(`/proc/${p}/task`) : [];
    for (const t of tasks) {
      const children = fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    }
  }
  let kib = 0;
  for (const p of pids) {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.existsSync(`/proc/${p}/status`) ? fs.readFileSync(`/proc/${p}/status`, 'utf8') : '');
    kib += Number(m?.[1] ?? 0);
  }
  return kib / 1024;
}

/** Least-squares slope of y over x. */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

async function main() {
  const argv = process.argv.slice(2);
  const o = parseArgs(argv);
  const minutesArg = argv.indexOf('--minutes');
  const minutes = minutesArg >= 0 ? Number(argv[minutesArg + 1]) : 10;
  const connections = argv.includes('--connections') ? o.connections : 10;
  const probe = await openDatabase(o.db === 'postgres' ? { databaseUrl: o.url } : { dataDir: o.dataDir });
  const targets = await pickTargets(probe.db);
  await ensureSecretary(probe.db, targets);
  await probe.close();
  const mixed = allScenarios(targets).at(-1);
  if (!mixed?.mix) throw new Error('no mixed scenario');
  const { child, base } = await startServer(o);
  const samples: { seconds: number; rssMiB: number }[] = [];
  try {
    const cookies = { admin: await login(base), secretary: await login(base, SECRETARY) };
    const pid = child.pid ?? 0;
    const started = Date.now();
    const sample = () => samples.push({ seconds: Math.round((Date.now() - started) / 1000), rssMiB: Math.round(treeRssMiB(pid) * 10) / 10 });
    sample();
    const timer = setInterval(() => {
      sample();
      const last = samples.at(-1);
      process.stdout.write(`\r  ${last?.seconds ?? 0} s: RSS ${last?.rssMiB ?? 0} MiB   `);
    }, SAMPLE_MS);
    console.log(`Tải hỗn hợp ${minutes} phút, ${connections} kết nối: ${mixed.name}`);
    const r = await autocannon({ url: base, connections, duration: minutes * 60, requests: requestsOf(mixed, base, cookies) });
    clearInterval(timer);
    sample();
    process.stdout.write('\n');
    const settled = samples.filter((s) => s.seconds >= 60);
    const perMinute = slope(settled.map((s) => ({ x: s.seconds / 60, y: s.rssMiB })));
    const record = {
      kind: 'soak',
      date: new Date().toISOString(),
      command: `npm run bench:soak -- --size ${o.size} --db ${o.db} --minutes ${minutes} --connections ${connections}${urlArgument(o)}`,
      note: o.note,
      machine: thisMachine(),
      db: o.db,
      size: o.size,
      minutes,
      connections,
      scenario: mixed.name,
      api: { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx, requests: r.requests.total },
      rss: {
        afterFirstMinute: settled[0]?.rssMiB ?? null,
        end: samples.at(-1)?.rssMiB ?? null,
        min: Math.min(...settled.map((s) => s.rssMiB)),
        max: Math.max(...settled.map((s) => s.rssMiB)),
        slopeMiBPerMinute: Math.round(perMinute * 100) / 100,
      },
      samples,
    };
    saveRecord('soak-', record);
    console.log(`RSS sau phút đầu ${record.rss.afterFirstMinute} MiB, cuối ${record.rss.end} MiB, độ dốc ${record.rss.slopeMiBPerMinute} MiB/phút; ${r.requests.total} yêu cầu, lỗi ${record.api.errors}`);
  } finally {
    child.kill('SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
