import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/db.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { json } from '../db/json.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { DB } from '../db/schema.ts';
import { enqueue, purgeJobs } from './queue.ts';
import { enqueueDaily } from './scheduler.ts';
import { type JobHandler, createWorker } from './worker.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(async () => {
  await database.close();
});

const tick = () => new Promise((r) => setTimeout(r, Math.random() * 2));

/** Inserts n jobs of `kind` in one statement; their ids. */
async function insertJobs(db: Kysely<DB>, kind: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => randomUUID());
  await db.insertInto('jobs').values(ids.map((id) => ({ id, kind, payload: json({}), lockedBy: null, lockedUntil: null, lastError: null, doneAt: null, failedAt: null, uniqueKey: null }))).execute();
  return ids;
}

/** Two workers, each on its own database handle, over the same jobs: every job must run exactly once. */
async function runConcurrently(dbA: Kysely<DB>, dbB: Kysely<DB>, n: number) {
  const kind = `count-${randomUUID().slice(0, 6)}`;
  const ids = await insertJobs(dbA, kind, n);
  const runs = new Map<string, number>();
  const byWorker = new Map<string, number>();
  const count: JobHandler = async (_payload, { job }) => {
    runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
    await tick();
  };
  const workers = [dbA, dbB].map((db, i) => createWorker({ db, id: `w${i}`, handlers: { [kind]: count }, batchSize: 3 }));
  const done = await Promise.all(workers.map((w) => w.runDue()));
  workers.forEach((w, i) => byWorker.set(w.id, done[i] ?? 0));
  return { ids, runs, byWorker };
}

describe('job worker', () => {
  it('runs every job once when two workers share the database handle', async () => {
    const { ids, runs, byWorker } = await runConcurrently(database.db, database.db, 200);
    expect(ids.every((id) => runs.get(id) === 1)).toBe(true);
    expect(runs.size).toBe(200);
    expect([...byWorker.values()].reduce((a, b) => a + b, 0)).toBe(200);
  });

  it('claims again a job whose worker died (lease expired), never one under a live lease', async () => {
    const [expired, live] = await insertJobs(database.db, 'lease', 2);
    await sql`UPDATE jobs SET locked_by = 'crashed', attempts = 1, locked_until = now() - interval '1 second' WHERE id = ${expired}`.execute(database.db);
    await sql`UPDATE jobs SET locked_by = 'alive', attempts = 1, locked_until = now() + interval '5 minutes' WHERE id = ${live}`.execute(database.db);
    const ran: string[] = [];
    const worker = createWorker({ db: database.db, handlers: { lease: async (_p, { job }) => void ran.push(job.id) } });
    expect(await worker.runDue()).toBe(1);
    expect(ran).toEqual([expired]);
    const rows = await database.db.selectFrom('jobs').select(['id', 'attempts', 'doneAt', 'lockedBy']).where('kind', '=', 'lease').orderBy('id').execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(expired ?? '')).toMatchObject({ attempts: 2, lockedBy: null });
    expect(byId.get(expired ?? '')?.doneAt).not.toBeNull();
    expect(byId.get(live ?? '')).toMatchObject({ attempts: 1, lockedBy: 'alive', doneAt: null });
  });

  it('retries a failing job after a growing delay and gives up after max attempts', async () => {
    await enqueue(database.db, { kind: 'flaky', maxAttempts: 3 });
    const worker = createWorker({ db: database.db, backoffBaseMs: 60_000, handlers: { flaky: () => Promise.reject(new Error('SMTP down')) } });
    const state = () =>
      sql<{ attempts: number; lastError: string | null; failedAt: string | null; delay: number }>`
        SELECT attempts, last_error, failed_at, extract(epoch FROM run_at - now())::float8 AS delay FROM jobs WHERE kind = 'flaky'`
        .execute(database.db)
        .then((r) => r.rows[0]);
    const makeDue = () => sql`UPDATE jobs SET run_at = now() WHERE kind = 'flaky'`.execute(database.db);

    expect(await worker.runDue()).toBe(1);
    const first = await state();
    expect(first).toMatchObject({ attempts: 1, lastError: 'SMTP down', failedAt: null });
    expect(first?.delay).toBeGreaterThan(55);
    expect(first?.delay).toBeLessThanOrEqual(60);
    expect(await worker.runDue()).toBe(0);

    await makeDue();
    expect(await worker.runDue()).toBe(1);
    const second = await state();
    expect(second?.attempts).toBe(2);
    expect(second?.delay).toBeGreaterThan(115);

    await makeDue();
    expect(await worker.runDue()).toBe(1);
    const third = await state();
    expect(third?.attempts).toBe(3);
    expect(third?.failedAt).not.toBeNull();
    await makeDue();
    expect(await worker.runDue()).toBe(0);
  });

  it('fails a job of an unknown kind instead of dropping it silently', async () => {
    await enqueue(database.db, { kind: 'nobody-handles-this', maxAttempts: 1 });
    await createWorker({ db: database.db, handlers: {} }).runDue();
    const row = await database.db.selectFrom('jobs').select(['lastError', 'failedAt']).where('kind', '=', 'nobody-handles-this').executeTakeFirstOrThrow();
    expect(row.lastError).toContain('no handler');
    expect(row.failedAt).not.toBeNull();
  });

  it('enqueues the daily jobs once however often, and by however many instances, it is asked', async () => {
    const now = new Date('2026-12-01T03:00:00Z');
    await Promise.all([enqueueDaily(database.db, 7, now), enqueueDaily(database.db, 7, now)]);
    await enqueueDaily(database.db, 7, now);
    const rows = await database.db.selectFrom('jobs').select(['kind', 'uniqueKey', 'runAt']).where('uniqueKey', 'like', '%2026-12-01').orderBy('kind').execute();
    expect(rows.map((r) => [r.kind, r.uniqueKey])).toEqual([
      ['digest.daily', 'digest:2026-12-01'],
      ['jobs.purge', 'purge:2026-12-01'],
      ['reminders.scan', 'reminders:2026-12-01'],
    ]);
    expect(rows[0]?.runAt).toBe('2026-12-01T00:00:00.000Z');
    expect(await enqueue(database.db, { kind: 'x', uniqueKey: 'digest:2026-12-01' })).toBe(false);
  });
});

describe('purging', () => {
  it('deletes finished jobs older than the kept days, never pending or recent ones', async () => {
    const [old, recent, pending, failed] = await insertJobs(database.db, 'purge-me', 4);
    await sql`UPDATE jobs SET done_at = now() - interval '40 days' WHERE id = ${old}`.execute(database.db);
    await sql`UPDATE jobs SET done_at = now() - interval '2 days' WHERE id = ${recent}`.execute(database.db);
    await sql`UPDATE jobs SET failed_at = now() - interval '31 days' WHERE id = ${failed}`.execute(database.db);
    expect(await purgeJobs(database.db, 30)).toBe(2);
    const left = await database.db.selectFrom('jobs').select('id').where('kind', '=', 'purge-me').execute();
    expect(left.map((r) => r.id).sort()).toEqual([recent, pending].sort());
  });
});

// Two app instances: two pools (two Kysely instances) on one PostgreSQL database.
describe.runIf(process.env.TEST_DB === 'postgres' && process.env.TEST_DATABASE_URL)('job worker on PostgreSQL, two instances', () => {
  const base = process.env.TEST_DATABASE_URL ?? '';
  const name = `congtac_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  let one: Database;
  let two: Database;

  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    await c.query(statement);
    await c.end();
  };

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    one = await openDatabase({ databaseUrl: url.toString(), poolSize: 4, onIdleError: () => {} });
    two = await openDatabase({ databaseUrl: url.toString(), poolSize: 4, onIdleError: () => {} });
    await migrateToLatest(one.db);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('runs each of 200 jobs exactly once, with both workers taking part', async () => {
    const { ids, runs, byWorker } = await runConcurrently(one.db, two.db, 200);
    expect(ids.filter((id) => runs.get(id) !== 1)).toEqual([]);
    expect(runs.size).toBe(200);
    expect(byWorker.get('w0')).toBeGreaterThan(0);
    expect(byWorker.get('w1')).toBeGreaterThan(0);
    const left = await one.db.selectFrom('jobs').select(sql<number>`count(*)`.as('n')).where('doneAt', 'is', null).executeTakeFirstOrThrow();
    expect(left.n).toBe(0);
    const attempts = await one.db.selectFrom('jobs').select(sql<number>`max(attempts)`.as('n')).executeTakeFirstOrThrow();
    expect(attempts.n).toBe(1);
  });
});
