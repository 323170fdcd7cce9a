import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Database } from '../db/client.ts';
import { type EntrySink, TarWriter, readTar } from '../lib/tar.ts';
import { type Checkpoint, type CheckpointSettings, checkpointSink, parseCheckpointLog, writeCheckpoint } from '../modules/audit/index.ts';
import { type Inventory, checkPgToolVersion, inventory, runPgTool } from './inventory.ts';

/**
 * A backup is one tar archive: the database (a PGlite data directory, or a pg_dump in its custom format), every
 * uploaded file the database refers to, the audit checkpoint log, and manifest.json last, with the counts, the
 * audit head and the sha256 of every other entry. The database is snapshotted first, then the files it refers
 * to are copied: they are content-addressed and never change, so the two agree.
 */

export const MANIFEST = 'manifest.json';
export const CHECKPOINTS_ENTRY = 'audit-checkpoints.log';
export const PGLITE_ENTRY = 'db/pgdata.tar.gz';
export const POSTGRES_ENTRY = 'db/postgres.dump';

export interface Manifest extends Inventory {
  format: 'congtac-backup';
  version: 1;
  createdAt: string;
  database: Database['kind'];
  /** The newest checkpoint in the log when the backup was taken. */
  checkpoint: Checkpoint | null;
  files: { count: number; bytes: number; missing: string[] };
  entries: Array<{ name: string; size: number; sha256: string }>;
}

export const fileEntry = (sha: string) => `files/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`;
export const FILE_ENTRY = /^files\/[0-9a-f]{2}\/[0-9a-f]{2}\/([0-9a-f]{64})$/;

export interface BackupSettings extends CheckpointSettings {
  DATABASE_URL?: string | undefined;
}

/** The database snapshot into `dir`, and what it holds, read in the same snapshot. */
async function snapshot(database: Database, settings: BackupSettings, dir: string): Promise<{ inv: Inventory; entry: string; file: string }> {
  if (database.pglite) {
    // This process holds the data directory's lock: nothing writes while the data directory is dumped.
    const inv = await inventory(database.db);
    await database.pglite.exec('CHECKPOINT');
    const file = path.join(dir, 'pgdata.tar.gz');
    await fs.promises.writeFile(file, Buffer.from(await (await database.pglite.dumpDataDir('gzip')).arrayBuffer()));
    return { inv, entry: PGLITE_ENTRY, file };
  }
  const url = settings.DATABASE_URL as string;
  await checkPgToolVersion(database.db, 'pg_dump');
  const file = path.join(dir, 'postgres.dump');
  // pg_dump reads the snapshot this transaction exported, so its dump and the inventory agree row for row.
  const inv = await database.db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(async (trx) => {
    const { rows } = await sql<{ snapshot: string }>`SELECT pg_export_snapshot() AS snapshot`.execute(trx);
    const inv = await inventory(trx);
    await runPgTool('pg_dump', url, ['--snapshot', rows[0]?.snapshot ?? '', '--format=custom', '--no-owner', '--no-acl', '--file', file]);
    return inv;
  });
  return { inv, entry: POSTGRES_ENTRY, file };
}

function hasher() {
  const h = createHash('sha256');
  return { update: (c: Buffer) => void h.update(c), hex: () => h.digest('hex') };
}

/** Writes the archive `out`; the manifest it ends with. */
export async function createBackup(database: Database, settings: BackupSettings, out: string, warn: (msg: string) => void): Promise<Manifest> {
  const sink = checkpointSink(settings, warn);
  // The log is read before the snapshot: every checkpoint in it is then at or below the snapshot's head.
  await writeCheckpoint(database.db, sink);
  const log = fs.existsSync(sink.logFile) ? await fs.promises.readFile(sink.logFile) : null;
  const tmp = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'congtac-backup-'));
  try {
    const snap = await snapshot(database, settings, tmp);
    const tar = TarWriter.create(out);
    try {
      return await writeEntries(tar, database, settings, snap, log);
    } catch (e) {
      await fs.promises.rm(out, { force: true }); // no half-written archive left to be mistaken for a backup
      throw e;
    }
  } finally {
    await fs.promises.rm(tmp, { recursive: true, force: true });
  }
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

const newestCheckpoint = (log: Buffer | null) => (log ? (parseCheckpointLog(log.toString('utf8')).filter((l) => l.checkpoint).at(-1)?.checkpoint ?? null) : null);

async function writeEntries(tar: TarWriter, database: Database, settings: BackupSettings, snap: Snapshot, log: Buffer | null): Promise<Manifest> {
  const entries: Manifest['entries'] = [];
  const add = async (name: string, source: string) => {
    const h = hasher();
    const size = await tar.addFile(name, source, h.update);
    entries.push({ name, size, sha256: h.hex() });
    return size;
  };
  await add(snap.entry, snap.file);
  if (log) {
    await tar.addBuffer(CHECKPOINTS_ENTRY, log);
    entries.push({ name: CHECKPOINTS_ENTRY, size: log.length, sha256: createHash('sha256').update(log).digest('hex') });
  }
  const missing: string[] = [];
  let bytes = 0;
  for (const sha of snap.inv.fileShas) {
    const source = path.resolve(settings.DATA_DIR, fileEntry(sha));
    if (fs.existsSync(source)) bytes += await add(fileEntry(sha), source);
    else missing.push(sha);
  }
  const manifest: Manifest = {
    format: 'congtac-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    database: database.kind,
    ...snap.inv,
    checkpoint: newestCheckpoint(log),
    files: { count: snap.inv.fileShas.length - missing.length, bytes, missing },
    entries,
  };
  await tar.addBuffer(MANIFEST, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  await tar.finish();
  return manifest;
}

export interface ArchiveCheck {
  ok: boolean;
  manifest: Manifest | null;
  problems: string[];
}

function parseManifest(text: string): Manifest | null {
  try {
    const m = JSON.parse(text) as Manifest;
    return m.format === 'congtac-backup' && Array.isArray(m.entries) ? m : null;
  } catch {
    return null;
  }
}

/** Reads the whole archive: every entry must be in the manifest with its size and sha256, and every file named by its hash. */
export async function verifyArchive(archive: string): Promise<ArchiveCheck> {
  const seen = new Map<string, { size: number; sha256: string }>();
  let manifestText = '';
  const problems: string[] = [];
  try {
    await readTar(archive, (name, size): EntrySink => {
      const h = hasher();
      const chunks: Buffer[] = [];
      return {
        write: (c) => {
          h.update(c);
          if (name === MANIFEST) chunks.push(Buffer.from(c));
        },
        end: () => {
          seen.set(name, { size, sha256: h.hex() });
          if (name === MANIFEST) manifestText = Buffer.concat(chunks).toString('utf8');
        },
      };
    });
  } catch (e) {
    return { ok: false, manifest: null, problems: [`${archive} cannot be read: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const manifest = parseManifest(manifestText);
  if (!manifest) return { ok: false, manifest: null, problems: [`${archive} has no readable ${MANIFEST}: not a Công tác backup, or cut short.`] };
  for (const e of manifest.entries) {
    const got = seen.get(e.name);
    if (!got) problems.push(`${e.name} is missing from the archive.`);
    else if (got.size !== e.size || got.sha256 !== e.sha256) problems.push(`${e.name} is damaged: its sha256 is not the manifest's.`);
    const sha = FILE_ENTRY.exec(e.name)?.[1];
    if (sha && got && got.sha256 !== sha) problems.push(`${e.name} does not hash to its name.`);
  }
  const listed = new Set(manifest.entries.map((e) => e.name));
  for (const name of seen.keys()) if (name !== MANIFEST && !listed.has(name)) problems.push(`${name} is in the archive but not in the manifest.`);
  if (manifest.files.missing.length > 0) problems.push(`${manifest.files.missing.length} files the database refers to were missing when the backup was taken: ${manifest.files.missing.join(', ')}`);
  return { ok: problems.length === 0, manifest, problems };
}
