/**
 * A real job worker in its own process, for server/jobs/crash.test.ts: it opens the database named by
 * DATA_DIR or DATABASE_URL, runs the queue's worker with two job kinds known only to the tests, both of
 * which announce themselves and then wait for ever (a job slower than the test), until it is killed.
 */
import { openDatabase } from '../server/db/client.ts';
import type { JobHandler } from '../server/jobs/worker.ts';
import { createWorker } from '../server/jobs/worker.ts';

const databaseUrl = process.env.DATABASE_URL || undefined;
const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: process.env.DATA_DIR ?? '' });
const hang: JobHandler = async (_payload, { job }) => {
  process.stdout.write(`running ${job.kind} ${job.id}\n`);
  await new Promise(() => {});
};
const leaseMs = Number(process.env.TEST_LEASE_MS ?? 1000);
const handlers = { 'test.hang-once': { run: hang, idempotent: false }, 'test.hang-again': { run: hang, idempotent: true } };
// Two workers, one job each: both jobs are running (not merely claimed) when the process dies.
for (const id of ['crash-a', 'crash-b']) createWorker({ db: database.db, id, handlers, leaseMs, batchSize: 1, pollMs: 100 }).start();
process.stdout.write('worker started\n');
