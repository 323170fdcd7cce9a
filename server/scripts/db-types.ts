import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../db/client.ts';
import { generateTableTypes } from '../db/introspect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { runCli } from './run.ts';

/** The generated table types (checked by db/schema.test.ts and db/schema.check.ts). */
export const GENERATED_TYPES = fileURLToPath(new URL('../db/schema.gen.ts', import.meta.url));

/**
 * npm run db:types — migrates a throw-away database and writes db/schema.gen.ts from it. Run it after
 * adding a migration, then bring the hand-written types in db/schema*.ts in line until the type-check passes.
 */
async function main(): Promise<number> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    fs.writeFileSync(GENERATED_TYPES, await generateTableTypes(database.db));
    console.log(`wrote ${GENERATED_TYPES}`);
    return 0;
  } finally {
    await database.close();
  }
}

runCli(main);
