import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { migrateToLatest } from './db/migrate.ts';

/** Opens the configured database (PGlite unless DATABASE_URL is set) and brings its schema up to date. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await migrateToLatest(database.db);
  } catch (e) {
    await database.close();
    throw e;
  }
  return database;
}
