import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { todayInVietnam } from '../lib/dates.ts';
import { enqueue } from './queue.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Enqueues the day's reminder scan (from midnight), digest (at `digestHour`, Vietnam time) and clean-up. Their
 * unique keys name the day, so every instance may call this as often as it likes: one of each a day.
 */
export async function enqueueDaily(db: Kysely<DB>, digestHour: number, now = new Date()): Promise<void> {
  const day = todayInVietnam(now);
  await enqueue(db, { kind: 'reminders.scan', payload: { day }, uniqueKey: `reminders:${day}`, runAt: `${day}T00:00:00+07:00` });
  await enqueue(db, { kind: 'digest.daily', payload: { day }, uniqueKey: `digest:${day}`, runAt: `${day}T${pad(digestHour)}:00:00+07:00` });
  await enqueue(db, { kind: 'jobs.purge', uniqueKey: `purge:${day}`, runAt: `${day}T03:00:00+07:00` });
}

/**
 * A tick for the worker's poll loop that enqueues the daily jobs, and the audit checkpoint every
 * `checkpointMinutes`, at most once every `everyMs`.
 */
export function dailyScheduler(db: Kysely<DB>, digestHour: number, everyMs = 60_000, checkpointMinutes = 0): () => Promise<void> {
  let last = 0;
  return async () => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    await enqueueDaily(db, digestHour);
    await enqueueCheckpoint(db, checkpointMinutes);
  };
}

/**
 * Enqueues the audit checkpoint of the current `minutes`-long slot (its unique key names the slot, so one per
 * slot whichever instance asks); nothing when `minutes` is 0.
 */
export async function enqueueCheckpoint(db: Kysely<DB>, minutes: number, now = new Date()): Promise<void> {
  if (minutes <= 0) return;
  const slotMs = minutes * 60_000;
  const slot = new Date(Math.floor(now.getTime() / slotMs) * slotMs).toISOString();
  await enqueue(db, { kind: 'audit.checkpoint', uniqueKey: `audit-checkpoint:${slot}`, runAt: slot });
}
