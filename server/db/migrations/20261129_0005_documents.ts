import type { Kysely } from 'kysely';

/** Documents, registers, letters and files (issue: documents and correspondence). */
export async function up(_db: Kysely<unknown>): Promise<void> {}
