import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { canonicalJson } from '../server/lib/canonical-json.ts';

/** The registers written to: one (every clerk on one committee's register) or many (each call the next one's). */
export type Registers = readonly { id: string; path: string }[];

/**
 * The raw SQL twin of registering an incoming document: the same transaction as the API's (the register's
 * counter, the entry, its audit row, commit), each statement a round trip from Node, on `connections`
 * connections at once. Two shapes of the audit append: `advisory` as before the fix (an advisory lock held to
 * the commit, then a read of the chain's tail, then the insert) and `head` as after (one statement on a head
 * row). The twins chain their own audit rows in tables of their own, so the application's chain is untouched.
 */
export type Shape = 'advisory' | 'head';

export interface TwinFigures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Rows whose prev_hash is not the hash of the row before (0: the twin's chain is intact). */
  brokenLinks: number;
}

const TWIN_LOCK = 7_262_099;
const GENESIS = '0'.repeat(64);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function prepareTwins(url: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  for (const shape of ['advisory', 'head'] as const) {
    await c.query(`DROP TABLE IF EXISTS bench_twin_audit_${shape}`);
    await c.query(`CREATE TABLE bench_twin_audit_${shape} (LIKE audit_log INCLUDING ALL)`);
  }
  await c.query('DROP TABLE IF EXISTS bench_twin_head');
  await c.query(`CREATE TABLE bench_twin_head (id integer PRIMARY KEY, prev_hash text NOT NULL, hash text NOT NULL)`);
  await c.query(`INSERT INTO bench_twin_head VALUES (1, '${GENESIS}', '${GENESIS}')`);
  await c.end();
}

const ENTRY = `INSERT INTO incoming_documents (id, organization_id, scope_path, year, arrival_number, received_on, sender, symbol, document_date,
  type_name, summary, search_text, urgency, urgency_rank, secrecy, co_organization_ids, created_by)
  VALUES ($1, $2, $3, 2026, $4, '2026-11-30', 'Văn phòng Trung ương Đảng', $5, '2026-11-27', 'Công văn', $6, $7, 'thuong', 0, 'none', '[]', NULL)`;
const AUDIT_COLUMNS = 'id, at, actor_user_id, actor_label, action, entity, entity_id, scope_path, before, after, request_id, prev_hash, hash';

/** One registration in the given shape. */
async function registerOnce(c: pg.PoolClient, registers: Registers, shape: Shape, i: number): Promise<void> {
  const org = registers[i % registers.length] ?? { id: '', path: '' };
  const id = randomUUID();
  const symbol = `${900_000 + i}-CV/VPTW-SQL`;
  const summary = 'Về việc triển khai kế hoạch tổng kết công tác năm 2026 và phương hướng nhiệm vụ năm 2027';
  await c.query('BEGIN');
  try {
    const n = await c.query<{ last_number: number }>(
      `INSERT INTO document_counters (key, last_number) VALUES ($1, 1)
       ON CONFLICT (key) DO UPDATE SET last_number = document_counters.last_number + 1, updated_at = now() RETURNING last_number`,
      [`incoming|${org.id}|y2026`],
    );
    const arrival = n.rows[0]?.last_number;
    await c.query(ENTRY, [id, org.id, org.path, arrival, symbol, summary, `${symbol} Văn phòng Trung ương Đảng Công văn ${summary}`]);
    const row = { id: randomUUID(), at: new Date().toISOString(), actorUserId: null, actorLabel: 'bench', action: 'incoming.registered', entity: 'incoming_document',
      entityId: id, scopePath: org.path, before: null, after: { id, arrivalNumber: arrival, symbol, summary }, requestId: null };
    const body = canonicalJson(row);
    const values = [row.id, row.at, row.actorUserId, row.actorLabel, row.action, row.entity, row.entityId, row.scopePath, null, JSON.stringify(row.after), null];
    if (shape === 'advisory') {
      await c.query('SELECT pg_advisory_xact_lock($1)', [TWIN_LOCK]);
      const last = await c.query<{ hash: string }>('SELECT hash FROM bench_twin_audit_advisory ORDER BY seq DESC LIMIT 1');
      const prev = last.rows[0]?.hash ?? GENESIS;
      const hash = createHash('sha256').update(prev).update('\n').update(body).digest('hex');
      await c.query(`INSERT INTO bench_twin_audit_advisory (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`, [...values, prev, hash]);
    } else {
      await c.query(
        `WITH head AS (UPDATE bench_twin_head SET prev_hash = hash, hash = encode(sha256(convert_to(hash || chr(10) || $12, 'UTF8')), 'hex') WHERE id = 1 RETURNING prev_hash, hash)
         INSERT INTO bench_twin_audit_head (${AUDIT_COLUMNS}) SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, head.prev_hash, head.hash FROM head`,
        [...values, body],
      );
    }
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  }
}

async function brokenLinks(pool: pg.Pool, shape: Shape): Promise<number> {
  const r = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT prev_hash, lag(hash, 1, '${GENESIS}') OVER (ORDER BY seq) AS before FROM bench_twin_audit_${shape}) x WHERE prev_hash <> before`);
  return Number(r.rows[0]?.n ?? 0);
}

let calls = 0;

/** `connections` clerks registering for `seconds` (after a second of warm-up), each on its own connection. */
export async function twinFigures(url: string, registers: Registers, shape: Shape, connections: number, seconds: number): Promise<TwinFigures> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const latencies: number[] = [];
  let errors = 0;
  const run = async (until: number, record: boolean) => {
    const c = await pool.connect();
    try {
      while (Date.now() < until) {
        const t0 = performance.now();
        try {
          await registerOnce(c, registers, shape, calls++);
          if (record) latencies.push(performance.now() - t0);
        } catch (e) {
          if (errors++ === 0) console.error(`  twin ${shape}: ${String(e)}`);
        }
      }
    } finally {
      c.release();
    }
  };
  await Promise.all(Array.from({ length: connections }, () => run(Date.now() + 1000, false)));
  errors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, () => run(until, true)));
  const broken = await brokenLinks(pool, shape);
  await pool.end();
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors, brokenLinks: broken };
}
