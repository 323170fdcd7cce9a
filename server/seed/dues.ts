import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * Dues rates and partly paid months, and two years of quality ratings, for the demo's members.
 * Runs inside the demo seed's transaction, after seedMembers.
 */
export async function seedDuesAndRatings(_trx: Transaction<DB>, _log: (msg: string) => void): Promise<void> {
  // Filled in by the dues and ratings work.
}
