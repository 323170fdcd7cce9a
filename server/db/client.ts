import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { acquireDataDirLock } from './lock.ts';
import type { DB } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** The embedded database itself (backups dump its data directory); absent on PostgreSQL. */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Type oids: int8, date, timestamp, timestamptz. Dates stay calendar days ('YYYY-MM-DD'), never
// shifted by a time zone; timestamps become ISO strings; counts become numbers.
const INT8 = 20;
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const toIso = (v: string) => new Date(v.includes('T') || /[+-]\d\d$/.test(v) ? v : `${v}Z`).toISOString();
const parsers: Record<number, (v: string) => unknown> = {
  [INT8]: (v) => Number(v),
  [DATE]: (v) => v,
  [TIMESTAMP]: toIso,
  [TIMESTAMPTZ]: toIso,
};

const plugins = [new CamelCasePlugin({ maintainNestedObjectKeys: true })];

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory; 'memory://' for a throw-away database. */
  dataDir?: string;
  poolSize?: number;
  /** What to do when an idle pooled connection fails; logs by default. */
  onIdleError?: (err: Error) => void;
  /** A PGlite data directory as a tarball (from a backup) to start an empty data directory from. */
  loadDataDir?: Blob;
}

/**
 * Session settings of every PostgreSQL connection, unless PGOPTIONS says otherwise. The application's
 * statements read a page or count a period: a parallel worker's start-up (about 20 ms, measured on a month
 * of the incoming register) and JIT compilation (50-100 ms on large plans) cost more than they save, and
 * under many users the cores are already busy. Measured at size M (bench/RESULTS.md): every scenario as
 * fast or faster without them.
 */
export const DEFAULT_PG_OPTIONS = '-c max_parallel_workers_per_gather=0 -c jit=off';

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      options: process.env.PGOPTIONS ?? DEFAULT_PG_OPTIONS,
      max: opts.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection can be cut by the server (restart, failover, pg_terminate_backend). Without a
    // listener that error would crash the process; the pool discards the client and opens a new one.
    pool.on('error', opts.onIdleError ?? ((err) => console.error(`PostgreSQL connection lost: ${err.message}`)));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dataDir = opts.dataDir ?? './data';
  const inMemory = dataDir.startsWith('memory://');
  const release = inMemory ? () => {} : acquireDataDirLock(dataDir);
  try {
    const pglite = await PGlite.create(inMemory ? dataDir : path.resolve(dataDir, 'pgdata'), {
      extensions: { unaccent, pg_trgm },
      parsers,
      ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    });
    const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite), plugins });
    return {
      db,
      kind: 'pglite',
      pglite,
      close: async () => {
        await db.destroy();
        if (!pglite.closed) await pglite.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
