import type { Kysely } from 'kysely';

/** Party dues, yearly quality ratings and member imports. */
export async function up(_db: Kysely<unknown>): Promise<void> {
  // Filled in by the dues and ratings work.
}

export async function down(): Promise<void> {
  throw new Error('Not reversible');
}
