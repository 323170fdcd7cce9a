/** Command-line options shared by the benchmark scripts: --size S|M|XS, --db postgres|pglite, --url, --data-dir. */
export type Size = 'XS' | 'S' | 'M';
export type DbKind = 'postgres' | 'pglite';

export interface BenchOptions {
  size: Size;
  db: DbKind;
  url: string;
  dataDir: string;
  seconds: number;
  connections: number;
  /** Only the scenarios whose name contains this text. */
  only: string | null;
  /** A sentence recorded with the run in RESULTS.md (what changed, what else ran on the machine). */
  note: string | null;
  /** True when --url was given: the command line in RESULTS.md names the database. */
  customUrl: boolean;
}

/** Rows per size (the architecture notes' S and M; XS is a smoke test for the test suite). */
export const SIZES: Record<Size, {
  organizations: number; people: number; cellsPerCommittee: number; meetings: number; tasks: number;
  /** Incoming register entries, issued documents (each with its outgoing register entry), citizens' letters. */
  incoming: number; issued: number; letters: number;
}> = {
  XS: { organizations: 12, people: 120, cellsPerCommittee: 10, meetings: 300, tasks: 600, incoming: 3_000, issued: 300, letters: 100 },
  S: { organizations: 60, people: 1_000, cellsPerCommittee: 58, meetings: 5_000, tasks: 20_000, incoming: 300_000, issued: 30_000, letters: 3_000 },
  M: { organizations: 3_000, people: 70_000, cellsPerCommittee: 42, meetings: 200_000, tasks: 200_000, incoming: 3_000_000, issued: 300_000, letters: 30_000 },
};

export function parseArgs(argv: string[]): BenchOptions {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = (get('size') ?? 'S').toUpperCase();
  if (size !== 'XS' && size !== 'S' && size !== 'M') throw new Error(`--size must be XS, S or M, not ${size}`);
  const db = get('db') ?? 'postgres';
  if (db !== 'postgres' && db !== 'pglite') throw new Error(`--db must be postgres or pglite, not ${db}`);
  return {
    size,
    db,
    url: get('url') ?? process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/congtac_bench_${size.toLowerCase()}`,
    dataDir: get('data-dir') ?? `./data-bench-${size.toLowerCase()}`,
    seconds: Number(get('seconds') ?? 10),
    connections: Number(get('connections') ?? 50),
    only: get('only') ?? null,
    note: get('note') ?? null,
    customUrl: get('url') !== undefined,
  };
}

export const BENCH_ADMIN_PASSWORD = 'bench-password-1';
