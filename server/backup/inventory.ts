import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { auditHead } from '../modules/audit/index.ts';

const run = promisify(execFile);

/** A backup or restore that cannot run, for a reason the operator can fix (a missing tool, a non-empty target). */
export class BackupError extends Error {}

/** What a database holds, read in one snapshot: the manifest's counts, and the files to copy. */
export interface Inventory {
  schemaVersion: string;
  /** Rows of every table of the public schema (the migrations' bookkeeping included). */
  tables: Record<string, number>;
  /** Content hashes of the files the database refers to. */
  fileShas: string[];
  audit: { rows: number; head: { seq: number; hash: string } | null };
}

export async function inventory(db: Kysely<DB>): Promise<Inventory> {
  const names = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  const tables: Record<string, number> = {};
  for (const { name } of names.rows) {
    const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.id('public', name)}`.execute(db);
    tables[name] = Number(r.rows[0]?.n ?? 0);
  }
  const version = await sql<{ v: string | null }>`SELECT max(name) AS v FROM kysely_migration`.execute(db);
  const shas = await db.selectFrom('files').select('sha256').distinct().orderBy('sha256').execute();
  return {
    schemaVersion: version.rows[0]?.v ?? 'none',
    tables,
    fileShas: shas.map((s) => s.sha256),
    audit: { rows: tables.audit_log ?? 0, head: await auditHead(db) },
  };
}

/** The PostgreSQL client tools; PG_DUMP and PG_RESTORE name other binaries (a newer postgresql-client). */
export const pgTool = (name: 'pg_dump' | 'pg_restore') => process.env[name.toUpperCase()] ?? name;

/** pg_dump must be at least the server's major version; an older one refuses or misses features. */
export async function checkPgToolVersion(db: Kysely<DB>, tool: 'pg_dump' | 'pg_restore'): Promise<void> {
  let out: string;
  try {
    out = (await run(pgTool(tool), ['--version'])).stdout;
  } catch {
    throw new BackupError(`${pgTool(tool)} not found: install the PostgreSQL client tools (Debian: postgresql-client) or set ${tool.toUpperCase()}.`);
  }
  const client = Number(/\s(\d+)(\.\d+)?/.exec(out)?.[1]);
  const server = Math.floor(Number((await sql<{ v: string }>`SELECT current_setting('server_version_num') AS v`.execute(db)).rows[0]?.v) / 10000);
  if (!(client >= server)) {
    throw new BackupError(`${tool} ${client} is older than the server (PostgreSQL ${server}): install postgresql-client-${server} or set ${tool.toUpperCase()}.`);
  }
}

/**
 * The connection of a postgres:// URL as libpq's environment (PGHOST, PGUSER, PGPASSWORD, ...), so that the
 * password never shows on a command line.
 */
export function pgEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const u = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env, PGDATABASE: decodeURIComponent(u.pathname.slice(1)) || 'postgres' };
  const set = (k: string, v: string | null | undefined) => {
    if (v) env[k] = decodeURIComponent(v);
  };
  set('PGHOST', u.searchParams.get('host') ?? u.hostname);
  set('PGPORT', u.port);
  set('PGUSER', u.username);
  set('PGPASSWORD', u.password);
  set('PGSSLMODE', u.searchParams.get('sslmode'));
  return env;
}

export async function runPgTool(tool: 'pg_dump' | 'pg_restore', databaseUrl: string, args: string[]): Promise<void> {
  try {
    await run(pgTool(tool), args, { env: pgEnv(databaseUrl), maxBuffer: 16 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new BackupError(`${tool} failed: ${(err.stderr ?? '').trim() || err.message}`);
  }
}
