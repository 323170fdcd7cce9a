import { parseArgs } from 'node:util';
import { BackupError } from '../backup/inventory.ts';
import { restoreBackup } from '../backup/restore.ts';
import { loadConfig } from '../config.ts';
import { UsageError, runCli } from './run.ts';

/**
 * npm run restore -- <archive> [--force]: into the empty target that DATA_DIR (and DATABASE_URL) name. Exit 0 when
 * the restored data matches the manifest and the audit trail verifies, 1 when not, 2 when refused.
 */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new UsageError('Usage: npm run restore -- <archive> [--force]');
  const config = loadConfig();
  try {
    const result = await restoreBackup(positionals[0] as string, config, values.force === true);
    for (const p of result.problems) console.error(p);
    const m = result.manifest;
    if (!result.ok) return 1;
    console.log(`Restored ${m.database} backup of ${m.createdAt}: every table's row count, ${m.files.count} files and the audit chain (seq=${m.audit.head?.seq ?? 0}) verified.`);
    return 0;
  } catch (e) {
    throw e instanceof BackupError ? new UsageError(e.message) : e;
  }
}

runCli(main);
