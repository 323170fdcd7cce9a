import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A TypeScript program run with tsx in its own process, its output kept, to be killed for real. */
export interface Child {
  process: ChildProcess;
  output: () => string;
  /** Resolves when the output has a line matching `re` (its match), rejects if the child exits first. */
  waitFor: (re: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
  /** SIGKILL, as kill -9: no handler runs, nothing is flushed or closed. Resolves once it is gone. */
  kill9: () => Promise<void>;
  stop: () => Promise<void>;
}

export function spawnTsx(script: string, env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waitFor = async (re: RegExp, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const m = log.match(re);
      if (m) return m;
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${script} exited (${child.exitCode ?? child.signalCode}):\n${log}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${script}: no ${re} within ${timeoutMs} ms:\n${log}`);
  };
  const signal = async (s: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(s);
    await exited;
  };
  return { process: child, output: () => log, waitFor, kill9: () => signal('SIGKILL'), stop: () => signal('SIGTERM') };
}

/**
 * Where a test's processes meet: a PGlite data directory under the system's temporary directory, or a
 * new PostgreSQL database next to TEST_DATABASE_URL's (when TEST_DB is postgres). `env` points a child at it.
 */
export interface SharedDatabase {
  kind: 'pglite' | 'postgres';
  env: NodeJS.ProcessEnv;
  open: { databaseUrl?: string; dataDir?: string };
  drop: () => Promise<void>;
}

async function admin(base: string, statement: string) {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(statement);
  await c.end();
}

export async function sharedDatabase(): Promise<SharedDatabase> {
  const base = process.env.TEST_DATABASE_URL;
  if (process.env.TEST_DB === 'postgres' && base) {
    const name = `congtac_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await admin(base, `CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    const databaseUrl = url.toString();
    return { kind: 'postgres', env: { DATABASE_URL: databaseUrl }, open: { databaseUrl }, drop: () => admin(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-crash-'));
  return { kind: 'pglite', env: { DATA_DIR: dataDir, DATABASE_URL: '' }, open: { dataDir }, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The server did not answer /healthz within ${timeoutMs} ms:\n${output()}`);
}

export const CHILD_ADMIN_PASSWORD = 'crash-Admin-2026';

/** The real server (server/main.ts) in its own process on `shared`, without demo data, answering on a free port. */
export async function serverChild(shared: SharedDatabase, env: NodeJS.ProcessEnv = {}): Promise<Child & { baseUrl: string }> {
  const port = await freePort();
  const child = spawnTsx('server/main.ts', {
    ...shared.env, PORT: String(port), HOST: '127.0.0.1', ADMIN_PASSWORD: CHILD_ADMIN_PASSWORD, SEED_DEMO: 'never', LOG_LEVEL: 'warn', PUBLIC_URL: '', ...env,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child.process, child.output, 120_000);
  } catch (e) {
    await child.kill9();
    throw e;
  }
  return { ...child, baseUrl };
}
