import { type QueryCreator, type Transaction, sql } from 'kysely';
import type { DB } from './schema.ts';

/**
 * Gapless numbers (document numbers, arrival numbers of a register, letters' numbers): one counter row per
 * sequence key, incremented with INSERT ... ON CONFLICT DO UPDATE ... RETURNING inside the caller's
 * transaction. The row stays locked until commit, so concurrent draws of one key wait for each other and a
 * rolled-back draw gives its number back.
 */

/** The statement that increments the counter of `key` (created at 1), returning its new number. */
export function counterIncrement(db: QueryCreator<DB>, key: string) {
  return db
    .insertInto('documentCounters')
    .values({ key, lastNumber: 1 })
    .onConflict((oc) => oc.column('key').doUpdateSet({ lastNumber: sql<number>`document_counters.last_number + 1`, updatedAt: sql<string>`now()` }))
    .returning('lastNumber');
}

/** Increments the counter of `key` and returns the new number; the row stays locked until commit. */
export async function drawNumber(trx: Transaction<DB>, key: string): Promise<number> {
  const n = (await counterIncrement(trx, key).executeTakeFirst())?.lastNumber;
  if (n === undefined) throw new Error('counter not returned');
  return n;
}

