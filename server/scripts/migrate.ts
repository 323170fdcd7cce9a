import { openConfiguredDatabase } from '../boot.ts';
import { loadConfig } from '../config.ts';
import { currentSchemaVersion } from '../db/migrate.ts';
import { runCli } from './run.ts';

/** npm run migrate — brings the configured database (PGlite in DATA_DIR, or DATABASE_URL) up to the newest schema. */
async function main(): Promise<number> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    console.log(`Schema up to date: ${await currentSchemaVersion(database.db)} (${database.kind}).`);
    return 0;
  } finally {
    await database.close();
  }
}

runCli(main);
