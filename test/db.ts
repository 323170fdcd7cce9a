import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../server/db/client.ts';
import { migrateToLatest } from '../server/db/migrate.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new PostgreSQL database created
 * next to TEST_DATABASE_URL's and dropped afterwards.
 */
export async function freshDatabase(): Promise<Database> {
  const base = process.env.TEST_DATABASE_URL;
  if (process.env.TEST_DB !== 'postgres' || !base) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(database.db);
    return database;
  }
  const created = await createPostgresDatabase(base);
  // Dropping the database WITH (FORCE) at the end cuts any connection still closing: expected here.
  const database = await openDatabase({ databaseUrl: created.url, poolSize: 5, onIdleError: () => {} });
  await migrateToLatest(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      await created.drop();
    },
  };
}

/** A new, empty PostgreSQL database next to `base`'s: its URL, and how to drop it. */
export async function createPostgresDatabase(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `congtac_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
