import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { openDatabase } from '../server/db/client.ts';
import { BENCH_ADMIN_PASSWORD, type BenchOptions, parseArgs } from './args.ts';
import { saveRecord, thisMachine, urlArgument } from './report.ts';
import { type Scenario, allScenarios, ensureSecretary, pickTargets, SECRETARY } from './scenarios.ts';

/**
 * npm run bench -- [--size S] [--db postgres|pglite] [--seconds 10] [--connections 50] [--only <part of a scenario name>]
 * For each scenario: the API under autocannon (server in its own process, logged in), then the same
 * query run directly, in the same run. Results go to bench/results/<date>-<db>-<size>.json and RESULTS.md.
 */

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** The statement of one call of a scenario, its parameters written in (the twin of call number i). */
function statementOf(s: Scenario, i: number): string {
  const part = s.mix ? (s.mix[i % s.mix.length] ?? s) : s;
  const params = typeof part.params === 'function' ? part.params(i) : part.params;
  return part.sql.replace(/\$(\d+)/g, (_, n: string) => literal(params[Number(n) - 1]));
}

/** The query alone, with as many concurrent callers as the load test has connections. */
async function rawFigures(o: BenchOptions, s: Scenario): Promise<Figures> {
  const database = await openDatabase(o.db === 'postgres' ? { databaseUrl: o.url, poolSize: o.connections } : { dataDir: o.dataDir });
  const latencies: number[] = [];
  let errors = 0;
  let calls = 0;
  const until = Date.now() + o.seconds * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const t0 = performance.now();
      try {
        await sql.raw(statementOf(s, calls++)).execute(database.db);
      } catch (e) {
        if (errors++ === 0) console.error(`  SQL error in ${s.name}: ${String(e)}`);
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: o.db === 'postgres' ? o.connections : 1 }, worker));
  await database.close();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / o.seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

function literal(v: unknown): string {
  return `'${String(v).replace(/'/g, "''")}'`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** The server of this tree, or of the tree at `root` (an earlier version, to measure before and after in one run). */
export async function startServer(o: BenchOptions, root = '.'): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'never', WORKER: 'off', ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD };
  if (o.db === 'postgres') Object.assign(env, { DATABASE_URL: o.url });
  else Object.assign(env, { DATA_DIR: o.dataDir, DATABASE_URL: '' });
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['server/main.ts'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) return { child, base };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('server did not start');
}

export async function login(base: string, username = 'admin'): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: BENCH_ADMIN_PASSWORD }) });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`login failed: ${res.status}`);
  return cookie;
}

export type Cookies = Record<NonNullable<Scenario['as']>, string>;

/** The requests of a scenario for autocannon: one, or the mix's in turn; a write's body differs each time. */
export function requestsOf(s: Scenario, base: string, cookies: Cookies): autocannon.Request[] {
  let n = 0;
  return (s.mix ?? [s]).map((part) => {
    const cookie = cookies[part.as ?? 'admin'];
    const body = part.body;
    if (!body) return { method: 'GET', path: part.path, headers: { cookie } };
    return {
      method: 'POST', path: part.path, headers: { cookie, origin: base, 'content-type': 'application/json' },
      setupRequest: (req: autocannon.Request) => ({ ...req, body: JSON.stringify(body(n++)) }),
    };
  });
}

/** The status of one call of each request of a scenario: the first one not 2xx, else 200. */
async function firstStatus(base: string, requests: autocannon.Request[]): Promise<number> {
  for (const r of requests) {
    const req = typeof r.setupRequest === 'function' ? r.setupRequest(r, {}) : r;
    const res = await fetch(base + (req.path ?? '/'), { method: req.method ?? 'GET', headers: req.headers as Record<string, string>, body: req.body as string | undefined });
    if (res.status >= 300) return res.status;
  }
  return 200;
}

export async function apiFigures(o: BenchOptions, base: string, cookies: Cookies, s: Scenario, seconds = o.seconds): Promise<Figures & { status: number }> {
  const requests = requestsOf(s, base, cookies);
  const status = await firstStatus(base, requests);
  // Warm-up: the first requests pay for JIT compilation and cold caches, which a user meets once.
  await autocannon({ url: base, connections: o.connections, duration: 1, requests });
  const r = await autocannon({ url: base, connections: o.connections, duration: seconds, requests });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx, status };
}

/** The command as typed, without any password in the database address. */
function commandLine(o: BenchOptions): string {
  return [
    `npm run bench -- --size ${o.size} --db ${o.db} --seconds ${o.seconds} --connections ${o.connections}`,
    urlArgument(o),
    o.only ? ` --only '${o.only}'` : '',
  ].join('');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const probe = await openDatabase(o.db === 'postgres' ? { databaseUrl: o.url } : { dataDir: o.dataDir });
  const targets = await pickTargets(probe.db);
  await ensureSecretary(probe.db, targets);
  await probe.close();
  const list = allScenarios(targets).filter((s) => o.only === null || s.name.includes(o.only));
  console.log(`Đo trên ${o.db}, cỡ ${o.size}: ${list.length} kịch bản, ${o.seconds} s mỗi phép đo, ${o.connections} kết nối`);
  const raw = [];
  for (const s of list) {
    raw.push(await rawFigures(o, s)); // before the server starts: PGlite serves one process at a time
    console.log(`  SQL  ${s.name}: p50 ${raw.at(-1)?.p50.toFixed(2)} ms`);
  }
  const { child, base } = await startServer(o);
  const results = [];
  try {
    const cookies = { admin: await login(base), secretary: await login(base, SECRETARY) };
    for (const [i, s] of list.entries()) {
      const api = await apiFigures(o, base, cookies, s);
      results.push({ name: s.name, path: s.path, api, raw: raw[i], ratioP50: api.p50 / Math.max(raw[i]?.p50 ?? 1, 0.01) });
      console.log(`  API  ${s.name}: ${api.rps.toFixed(0)} req/s, p50 ${api.p50} ms, p99 ${api.p99} ms, errors ${api.errors}`);
    }
  } finally {
    child.kill('SIGTERM');
  }
  const record = {
    date: new Date().toISOString(),
    command: commandLine(o),
    note: o.note,
    machine: thisMachine(),
    db: o.db,
    size: o.size,
    seconds: o.seconds,
    connections: o.connections,
    results,
  };
  saveRecord('', record);
  console.log('Kết quả: bench/RESULTS.md');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
