import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup, verifyArchive } from '../backup/archive.ts';
import { BackupError } from '../backup/inventory.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { UsageError, runCli } from './run.ts';

/**
 * npm run backup [-- --out <file.tar.gz>]: the database, the uploaded files it refers to and the audit checkpoint
 * log in one archive, verified after writing. npm run backup -- --verify <archive>: only verifies one.
 * Exit 0 when the archive verifies, 1 when it does not, 2 when the backup could not run.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, verify: { type: 'string' } }, strict: true });
  const config = loadConfig();
  let archive = values.verify;
  if (!archive) {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    archive = path.resolve(values.out ?? `congtac-backup-${stamp}.tar.gz`);
    if (fs.existsSync(archive)) throw new UsageError(`${archive} already exists: nothing was written.`);
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
    try {
      const m = await createBackup(database, config, archive, (msg) => console.warn(msg));
      const rows = Object.values(m.tables).reduce((a, b) => a + b, 0);
      console.log(`Backup written: ${archive}\n  ${m.database}, schema ${m.schemaVersion}, ${Object.keys(m.tables).length} tables, ${rows} rows, ${m.files.count} files (${m.files.bytes} bytes), audit head seq=${m.audit.head?.seq ?? 0}`);
    } catch (e) {
      throw e instanceof BackupError ? new UsageError(e.message) : e;
    } finally {
      await database.close();
    }
  }
  const check = await verifyArchive(archive);
  for (const p of check.problems) console.error(p);
  if (!check.ok) return 1;
  console.log(`Archive verified: ${check.manifest?.entries.length} entries match the manifest of ${check.manifest?.createdAt}.`);
  return 0;
}

runCli(main);
