import { randomUUID } from 'node:crypto';
import os from 'node:os';

/**
 * Leases: who holds a running job and until when. A holder renews its lease while the work runs, so a
 * lease that ran out means its process is gone (killed, crashed, cut off): its job is an orphan. The
 * holders of this process are listed here, so that a sweep never takes for dead a job this very process
 * is running (on PGlite a renewal can wait behind a long transaction and arrive after its lease ended).
 */

/** Names this process in locked_by: host, pid and a random part (pids are reused after a restart). */
export const PROCESS_HOLDER = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

const live = new Set<string>([PROCESS_HOLDER]);

/** Registers a holder (a worker) of this process; the function unregisters it. */
export function registerHolder(id: string): () => void {
  live.add(id);
  return () => live.delete(id);
}

export function liveHolders(): string[] {
  return [...live];
}

let leaseMs = 60_000;

/** The lease length used by this process (config JOB_LEASE_SECONDS); renewals come at a third of it. */
export function setLeaseMs(ms: number): void {
  leaseMs = ms;
}

export function currentLeaseMs(): number {
  return leaseMs;
}

/** Runs `renew` every third of the lease until the returned function is called. */
export function keepRenewing(renew: () => Promise<unknown>, ms = leaseMs): () => void {
  const timer = setInterval(() => {
    renew().catch(() => {
      // A lost connection: the next renewal tries again; a lease that runs out is recovered by a sweep.
    });
  }, Math.max(50, Math.floor(ms / 3)));
  timer.unref();
  return () => clearInterval(timer);
}

/** The reason recorded on a job whose process stopped while it ran. */
export const SERVER_STOPPED = 'server_stopped' as const;
export const SERVER_STOPPED_TEXT = 'Máy chủ đã dừng khi việc này đang chạy / the server stopped while this job ran';

/**
 * Whether a held job is an orphan: `anyHolder` at the start of the only process that may open the
 * database (PGlite), else only when its lease ran out. Never one held by this process.
 */
export interface OrphanRule {
  anyHolder: boolean;
}
