import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { keepRenewing, registerHolder } from './lease.ts';
import { type ClaimedJob, claimJobs, completeJob, failJob, recoverJobs, renewLeases } from './queue.ts';

export interface WorkerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobContext {
  db: Kysely<DB>;
  job: ClaimedJob;
  log: WorkerLog;
}

/** Runs one job. A bare handler may run again after a crash or a lost lease, so it must be idempotent. */
export type JobHandler = (payload: unknown, ctx: JobContext) => Promise<void>;

/**
 * A job kind with its crash policy: `idempotent` kinds whose worker died are run again (while attempts
 * remain); the others are marked failed with the reason, never run twice.
 */
export interface JobKind {
  run: JobHandler;
  idempotent: boolean;
}

const kindOf = (h: JobHandler | JobKind): JobKind => (typeof h === 'function' ? { run: h, idempotent: true } : h);

export interface WorkerOptions {
  db: Kysely<DB>;
  handlers: Readonly<Record<string, JobHandler | JobKind>>;
  /** Names the lease holder; unique per worker. */
  id?: string;
  pollMs?: number;
  /** How long a claimed job stays ours; renewed at a third of it while it runs, so a worker that dies lets it go when this ends. */
  leaseMs?: number;
  /**
   * No other process can use this database (PGlite): at the first run every job held by another worker
   * is an orphan of a previous process, without waiting for its lease to end.
   */
  exclusive?: boolean;
  /** First retry delay; doubled on each further attempt. */
  backoffBaseMs?: number;
  batchSize?: number;
  /** Called before each poll (the daily scheduler). */
  onTick?: () => Promise<void>;
  log?: WorkerLog;
}

export interface Worker {
  readonly id: string;
  /** Claims and runs due jobs until none is left; the number run. */
  runDue(): Promise<number>;
  /** Polls until stop(); resolves when the current job has finished. */
  start(): void;
  stop(): Promise<void>;
}

const silent: WorkerLog = { info: () => {}, error: () => {} };

export function createWorker(opts: WorkerOptions): Worker {
  const id = opts.id ?? `worker-${randomUUID().slice(0, 8)}`;
  const log = opts.log ?? silent;
  const leaseMs = opts.leaseMs ?? 60_000;
  const retryable = Object.entries(opts.handlers).filter(([, h]) => kindOf(h).idempotent).map(([k]) => k);
  let firstRun = true;
  let unregister: (() => void) | null = null;
  const backoffBaseMs = opts.backoffBaseMs ?? 30_000;
  const batchSize = opts.batchSize ?? 5;
  let stopped = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;

  async function runOne(job: ClaimedJob): Promise<void> {
    const handler = opts.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind '${job.kind}'`);
      await kindOf(handler).run(job.payload, { db: opts.db, job, log });
      await completeJob(opts.db, job.id, id);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      log.error({ jobId: job.id, kind: job.kind, attempts: job.attempts, err: message }, 'job failed');
      await failJob(opts.db, job, id, message, backoffBaseMs);
    }
  }

  /** Orphans of dead workers first: retried or failed, with the reason. */
  async function recover(): Promise<void> {
    const recovered = await recoverJobs(opts.db, retryable, { anyHolder: firstRun && (opts.exclusive ?? false) });
    firstRun = false;
    for (const r of recovered) log.info({ worker: id, jobId: r.id, kind: r.kind, retried: r.retried }, 'job of a stopped worker recovered');
  }

  async function runBatch(jobs: ClaimedJob[]): Promise<void> {
    const pending = new Set(jobs.map((j) => j.id));
    const stopRenewing = keepRenewing(() => renewLeases(opts.db, [...pending], id, leaseMs), leaseMs);
    try {
      // In claim order: a batch shares one lease, renewed until its last job has run.
      for (const job of jobs) {
        await runOne(job);
        pending.delete(job.id);
      }
    } finally {
      stopRenewing();
    }
  }

  async function runDue(): Promise<number> {
    unregister ??= registerHolder(id);
    await recover();
    let count = 0;
    while (!stopped) {
      const jobs = await claimJobs(opts.db, id, batchSize, leaseMs);
      if (jobs.length === 0) break;
      await runBatch(jobs);
      count += jobs.length;
    }
    return count;
  }

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function poll() {
    while (!stopped) {
      try {
        await opts.onTick?.();
        await runDue();
      } catch (e) {
        // A lost connection or a database restart: log it and try again at the next poll.
        log.error({ worker: id, err: e instanceof Error ? e.message : String(e) }, 'job worker poll failed');
      }
      if (!stopped) await sleep(opts.pollMs ?? 2_000);
    }
  }

  return {
    id,
    runDue,
    start() {
      if (loop) return;
      stopped = false;
      log.info({ worker: id }, 'job worker started');
      loop = poll();
    },
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      loop = null;
      unregister?.();
      unregister = null;
    },
  };
}
