import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { openDatabase } from '../server/db/client.ts';
import { BENCH_ADMIN_PASSWORD, type BenchOptions, parseArgs } from './args.ts';
import { writeResultsMarkdown } from './report.ts';
import { type Scenario, pickTargets, scenarios } from './scenarios.ts';

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

/** The query alone, with as many concurrent callers as the load test has connections. */
async function rawFigures(o: BenchOptions, s: Scenario): Promise<Figures> {
  const database = await openDatabase(o.db === 'postgres' ? { databaseUrl: o.url, poolSize: o.connections } : { dataDir: o.dataDir });
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + o.seconds * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const t0 = performance.now();
      try {
        await sql.raw(s.sql.replace(/\$(\d+)/g, (_, i: string) => literal(s.params[Number(i) - 1]))).execute(database.db);
      } catch {
        errors++;
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

export async function startServer(o: BenchOptions): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'never', WORKER: 'off', ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD };
  if (o.db === 'postgres') Object.assign(env, { DATABASE_URL: o.url });
  else Object.assign(env, { DATA_DIR: o.dataDir, DATABASE_URL: '' });
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['server/main.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) return { child, base };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('server did not start');
}

export async function login(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: BENCH_ADMIN_PASSWORD }) });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`login failed: ${res.status}`);
  return cookie;
}

async function apiFigures(o: BenchOptions, base: string, cookie: string, s: Scenario): Promise<Figures & { status: number }> {
  const status = (await fetch(base + s.path, { headers: { cookie } })).status;
  // Warm-up: the first requests pay for JIT compilation and cold caches, which a user meets once.
  await autocannon({ url: base + s.path, connections: o.connections, duration: 1, headers: { cookie } });
  const r = await autocannon({ url: base + s.path, connections: o.connections, duration: o.seconds, headers: { cookie } });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx, status };
}

/** The command as typed, without any password in the database address. */
function commandLine(o: BenchOptions): string {
  const url = Object.assign(new URL(o.url), { password: '' }).toString();
  return [
    `npm run bench -- --size ${o.size} --db ${o.db} --seconds ${o.seconds} --connections ${o.connections}`,
    o.customUrl && o.db === 'postgres' ? ` --url ${url}` : '',
    o.only ? ` --only '${o.only}'` : '',
  ].join('');
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const probe = await openDatabase(o.db === 'postgres' ? { databaseUrl: o.url } : { dataDir: o.dataDir });
  const targets = await pickTargets(probe.db);
  await probe.close();
  const list = scenarios(targets).filter((s) => o.only === null || s.name.includes(o.only));
  console.log(`Đo trên ${o.db}, cỡ ${o.size}: ${list.length} kịch bản, ${o.seconds} s mỗi phép đo, ${o.connections} kết nối`);
  const raw = [];
  for (const s of list) {
    raw.push(await rawFigures(o, s)); // before the server starts: PGlite serves one process at a time
    console.log(`  SQL  ${s.name}: p50 ${raw.at(-1)?.p50.toFixed(2)} ms`);
  }
  const { child, base } = await startServer(o);
  const results = [];
  try {
    const cookie = await login(base);
    for (const [i, s] of list.entries()) {
      const api = await apiFigures(o, base, cookie, s);
      results.push({ name: s.name, path: s.path, api, raw: raw[i], ratioP50: api.p50 / Math.max(raw[i]?.p50 ?? 1, 0.01) });
      console.log(`  API  ${s.name}: ${api.rps.toFixed(0)} req/s, p50 ${api.p50} ms, p99 ${api.p99} ms, errors ${api.errors}`);
    }
  } finally {
    child.kill('SIGTERM');
  }
  const date = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
  const record = {
    date: new Date().toISOString(),
    command: commandLine(o),
    note: o.note,
    machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version },
    db: o.db,
    size: o.size,
    seconds: o.seconds,
    connections: o.connections,
    results,
  };
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync(`bench/results/${date}-${o.db}-${o.size}.json`, `${JSON.stringify(record, null, 2)}\n`);
  writeResultsMarkdown('bench/results', 'bench/RESULTS.md');
  console.log('Kết quả: bench/RESULTS.md');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
