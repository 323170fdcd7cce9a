import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { type Database, openDatabase } from '../db/client.ts';
import { acquireDataDirLock } from '../db/lock.ts';
import { type EntrySink, readTar } from '../lib/tar.ts';
import { checkpointKey, checkpointLogPath } from '../modules/audit/index.ts';
import { verifyAuditTrail } from '../modules/audit/index.ts';
import { type BackupSettings, CHECKPOINTS_ENTRY, FILE_ENTRY, MANIFEST, type Manifest, PGLITE_ENTRY, POSTGRES_ENTRY, verifyArchive } from './archive.ts';
import { BackupError, checkPgToolVersion, inventory, pgEnv, runPgTool } from './inventory.ts';

/** A restore refused before anything was changed: the archive is bad or the target is not empty. */
export class RestoreRefused extends BackupError {}

export interface RestoreResult {
  ok: boolean;
  manifest: Manifest;
  /** What differs from the manifest after the restore, or what audit:verify found; empty when ok. */
  problems: string[];
}

const nonEmptyDir = (dir: string) => fs.existsSync(dir) && fs.readdirSync(dir).length > 0;

/** What already lives in the target: nothing may, unless --force replaces it. */
async function targetContents(settings: BackupSettings): Promise<string[]> {
  const found: string[] = [];
  const dataDir = path.resolve(settings.DATA_DIR);
  if (nonEmptyDir(path.join(dataDir, 'files'))) found.push(`${path.join(dataDir, 'files')} holds files`);
  if (fs.existsSync(checkpointLogPath(dataDir))) found.push(`${checkpointLogPath(dataDir)} exists`);
  if (settings.DATABASE_URL) {
    const database = await openDatabase({ databaseUrl: settings.DATABASE_URL, poolSize: 1 });
    try {
      const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`.execute(database.db);
      if (Number(r.rows[0]?.n) > 0) found.push(`the database has ${r.rows[0]?.n} tables`);
    } finally {
      await database.close();
    }
  } else if (nonEmptyDir(path.join(dataDir, 'pgdata'))) {
    found.push(`${path.join(dataDir, 'pgdata')} holds a database`);
  }
  return found;
}

/** Writes one archived upload in place, through a temporary name, once its bytes hash to its name. */
function fileSink(dataDir: string, name: string, sha: string): EntrySink {
  const final = path.join(dataDir, name);
  fs.mkdirSync(path.dirname(final), { recursive: true });
  const tmp = `${final}.${randomUUID()}.part`;
  const fd = fs.openSync(tmp, 'w', 0o644);
  const h = createHash('sha256');
  return {
    write: (c) => {
      h.update(c);
      fs.writeSync(fd, c);
    },
    end: () => {
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      if (h.digest('hex') !== sha) {
        fs.rmSync(tmp);
        throw new RestoreRefused(`${name} does not hash to its name: the archive is damaged.`);
      }
      fs.renameSync(tmp, final);
    },
  };
}

function plainSink(file: string): EntrySink {
  const fd = fs.openSync(file, 'w', 0o640);
  return {
    write: (c) => void fs.writeSync(fd, c),
    end: () => {
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    },
  };
}

/** Files and the checkpoint log into the data directory, the database entry into `dbFile`. */
async function extract(archive: string, dataDir: string, dbEntry: string, dbFile: string): Promise<void> {
  await readTar(archive, (name) => {
    const sha = FILE_ENTRY.exec(name)?.[1];
    if (sha) return fileSink(dataDir, name, sha);
    if (name === CHECKPOINTS_ENTRY) return plainSink(checkpointLogPath(dataDir));
    if (name === dbEntry) return plainSink(dbFile);
    if (name === MANIFEST) return null;
    throw new RestoreRefused(`unexpected entry ${name}`);
  });
}

async function loadDatabase(settings: BackupSettings, dbFile: string, force: boolean): Promise<void> {
  if (settings.DATABASE_URL) {
    const database = await openDatabase({ databaseUrl: settings.DATABASE_URL, poolSize: 1 });
    try {
      await checkPgToolVersion(database.db, 'pg_restore');
    } finally {
      await database.close();
    }
    const clean = force ? ['--clean', '--if-exists'] : [];
    const dbname = pgEnv(settings.DATABASE_URL).PGDATABASE as string; // the rest of the connection travels in the environment
    await runPgTool('pg_restore', settings.DATABASE_URL, ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction', ...clean, '--dbname', dbname, dbFile]);
    return;
  }
  // PGlite starts from the archived data directory: it refuses a directory that already holds one.
  const database = await openDatabase({ dataDir: settings.DATA_DIR, loadDataDir: await fs.openAsBlob(dbFile) });
  await database.close();
}

/** The restored database against the manifest: every table's count, every file, then the audit trail. */
async function check(database: Database, settings: BackupSettings, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  const inv = await inventory(database.db);
  for (const [table, n] of Object.entries(manifest.tables)) {
    if (inv.tables[table] !== n) problems.push(`${table}: ${inv.tables[table] ?? 'no table'} rows restored, ${n} backed up.`);
  }
  if (inv.schemaVersion !== manifest.schemaVersion) problems.push(`schema ${inv.schemaVersion} restored, ${manifest.schemaVersion} backed up.`);
  for (const sha of inv.fileShas) {
    if (!fs.existsSync(path.resolve(settings.DATA_DIR, 'files', sha.slice(0, 2), sha.slice(2, 4), sha)) && !manifest.files.missing.includes(sha)) {
      problems.push(`file ${sha} is referenced but was not restored.`);
    }
  }
  const key = checkpointKey(settings, { generate: false });
  const audit = await verifyAuditTrail(database.db, { logFile: checkpointLogPath(settings.DATA_DIR), key });
  return [...problems, ...audit.problems];
}

/**
 * Restores `archive` into the configured target (DATABASE_URL's database, or the PGlite data directory) and the
 * data directory's files: the archive is verified first, the target must be empty (or `force`), file hashes are
 * checked again as they are written, and the result is compared with the manifest and audit-verified.
 */
export async function restoreBackup(archive: string, settings: BackupSettings, force: boolean): Promise<RestoreResult> {
  const verified = await verifyArchive(archive);
  if (!verified.ok || !verified.manifest) throw new RestoreRefused(`The archive does not verify:\n  ${verified.problems.join('\n  ')}`);
  const manifest = verified.manifest;
  const kind = settings.DATABASE_URL ? 'postgres' : 'pglite';
  if (manifest.database !== kind) {
    throw new RestoreRefused(`This is a backup of a ${manifest.database} database; the target is ${kind} (${kind === 'postgres' ? 'unset DATABASE_URL' : 'set DATABASE_URL'} to restore it).`);
  }
  const dataDir = path.resolve(settings.DATA_DIR);
  const release = acquireDataDirLock(dataDir); // no server may run on the target while it is restored
  const tmp = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'congtac-restore-'));
  try {
    const found = await targetContents(settings);
    if (found.length > 0 && !force) throw new RestoreRefused(`The target is not empty (${found.join('; ')}). Restore into an empty one, or add --force to replace it.`);
    if (force) {
      for (const sub of ['files', ...(kind === 'pglite' ? ['pgdata'] : [])]) await fs.promises.rm(path.join(dataDir, sub), { recursive: true, force: true });
      await fs.promises.rm(checkpointLogPath(dataDir), { force: true });
    }
    const dbEntry = kind === 'postgres' ? POSTGRES_ENTRY : PGLITE_ENTRY;
    const dbFile = path.join(tmp, 'database');
    await extract(archive, dataDir, dbEntry, dbFile);
    release();
    await loadDatabase(settings, dbFile, force);
  } finally {
    release();
    await fs.promises.rm(tmp, { recursive: true, force: true });
  }
  const database = await openDatabase({ databaseUrl: settings.DATABASE_URL, dataDir: settings.DATA_DIR });
  try {
    const problems = await check(database, settings, manifest);
    return { ok: problems.length === 0, manifest, problems };
  } finally {
    await database.close();
  }
}
