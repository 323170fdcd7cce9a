import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SharedDatabase, sharedDatabase, spawnTsx } from '../../test/child.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { SERVER_STOPPED_TEXT } from './lease.ts';
import { enqueue } from './queue.ts';
import { type JobHandler, createWorker } from './worker.ts';

let shared: SharedDatabase;
beforeAll(async () => {
  shared = await sharedDatabase();
  const database = await openDatabase(shared.open);
  await migrateToLatest(database.db);
  await enqueue(database.db, { kind: 'test.hang-once', uniqueKey: 'once' });
  await enqueue(database.db, { kind: 'test.hang-again', uniqueKey: 'again' });
  await database.close();
});
afterAll(() => shared.drop());

const jobs = (database: Database) =>
  database.db.selectFrom('jobs').select(['kind', 'attempts', 'lockedBy', 'lastError', 'doneAt', 'failedAt']).where('kind', 'like', 'test.%').orderBy('kind').execute();

/** The same two job kinds in this process: the non-idempotent one must never run here. */
function successor(database: Database, ran: string[]) {
  const run: JobHandler = async (_p, { job }) => void ran.push(job.kind);
  return createWorker({ db: database.db, id: 'successor', leaseMs: 1000, exclusive: shared.kind === 'pglite', handlers: { 'test.hang-once': { run, idempotent: false }, 'test.hang-again': { run, idempotent: true } } });
}

describe('jobs of a worker killed with SIGKILL', () => {
  it('are failed with the reason, or run again when their kind is idempotent, by the next worker on the database', async () => {
    const child = spawnTsx('test/crash-worker.ts', { ...shared.env, TEST_LEASE_MS: '2000' });
    await child.waitFor(/running test\.hang-once/);
    await child.waitFor(/running test\.hang-again/);
    let database: Database | null = null;
    const ran: string[] = [];
    try {
      if (shared.kind === 'postgres') {
        // Another instance while the first is alive: its jobs run past their 2 s lease, which it renews.
        database = await openDatabase(shared.open);
        await new Promise((r) => setTimeout(r, 4000));
        expect(await successor(database, ran).runDue()).toBe(0);
        expect((await jobs(database)).every((j) => j.lockedBy?.startsWith('crash-') && j.failedAt === null)).toBe(true);
      }
      await child.kill9();
      if (shared.kind === 'postgres') {
        // Dead, but its lease is not over yet: nothing is taken before it ends.
        expect(await successor(database!, ran).runDue()).toBe(0);
        await new Promise((r) => setTimeout(r, 2200));
      } else {
        database = await openDatabase(shared.open);
      }
      expect(await successor(database!, ran).runDue()).toBe(1);
      expect(ran).toEqual(['test.hang-again']);
      const [again, once] = await jobs(database!);
      expect(once).toMatchObject({ kind: 'test.hang-once', attempts: 1, lockedBy: null, lastError: SERVER_STOPPED_TEXT, doneAt: null });
      expect(once?.failedAt).not.toBeNull();
      expect(again).toMatchObject({ kind: 'test.hang-again', attempts: 2, lockedBy: null, lastError: null, failedAt: null });
      expect(again?.doneAt).not.toBeNull();
    } finally {
      await child.kill9();
      await database?.close();
    }
  }, 90_000);
});
