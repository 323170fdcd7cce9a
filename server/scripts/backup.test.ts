import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { json, startTestApp } from '../../test/app.ts';
import { createPostgresDatabase } from '../../test/db.ts';
import { type Inventory, inventory } from '../backup/inventory.ts';
import { openDatabase } from '../db/client.ts';
import { TarWriter, readTar } from '../lib/tar.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { makeDocument, makeWorld, upload } from '../modules/documents/documents.fixtures.ts';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');
const KEY = 'backup-test-checkpoint-key-0123456789';
const base = process.env.TEST_DB === 'postgres' ? process.env.TEST_DATABASE_URL : undefined;

/** Runs a CLI entry point as a user would: its exit code and output. */
async function cli(script: string, env: Record<string, string>, args: string[] = []) {
  try {
    const { stdout, stderr } = await run(tsx, [script, ...args], { env: { ...process.env, AUDIT_CHECKPOINT_KEY: KEY, ...env }, timeout: 120_000 });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

interface Target {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** An empty place to hold the app's data: a data directory, and on PostgreSQL a new database too. */
async function emptyTarget(root: string, name: string): Promise<Target> {
  const dataDir = path.join(root, name);
  if (!base) return { env: { DATA_DIR: dataDir }, drop: async () => {} };
  const created = await createPostgresDatabase(base);
  return { env: { DATA_DIR: dataDir, DATABASE_URL: created.url }, drop: created.drop };
}

const open = (t: Target) => openDatabase({ dataDir: t.env.DATA_DIR, ...(t.env.DATABASE_URL ? { databaseUrl: t.env.DATABASE_URL } : {}) });

async function contents(t: Target): Promise<Inventory & { fileHashes: string[] }> {
  const database = await open(t);
  try {
    const inv = await inventory(database.db);
    const dir = t.env.DATA_DIR as string;
    const fileHashes = inv.fileShas.map((sha) => createHash('sha256').update(fs.readFileSync(path.join(dir, 'files', sha.slice(0, 2), sha.slice(2, 4), sha))).digest('hex'));
    return { ...inv, fileHashes };
  } finally {
    await database.close();
  }
}

let root: string;
let source: Target;
let restored: Target;
let archive: string;

/** Data made through the app: organizations, users, two uploads (one twice), a document with its file. */
async function makeData(t: Target) {
  const database = await open(t);
  await migrateToLatest(database.db);
  vi.stubEnv('DATA_DIR', t.env.DATA_DIR as string);
  const app = await startTestApp(database);
  try {
    const w = await makeWorld(app);
    const a = json<{ id: string }>(await upload(w.clerk, w.committee.id, 'ke-hoach.txt', Buffer.from('Kế hoạch công tác năm\n')));
    await upload(w.clerk, w.committee.id, 'ke-hoach-2.txt', Buffer.from('Kế hoạch công tác năm\n'));
    await upload(w.clerk, w.committee.id, 'bao-cao.txt', Buffer.from('Báo cáo sơ kết quý\n'));
    await makeDocument(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.ke_hoach'], summary: 'Kế hoạch năm', fileIds: [a.id] });
  } finally {
    await app.close();
    vi.unstubAllEnvs();
  }
}

describe(`backup and restore (${base ? 'PostgreSQL' : 'PGlite'})`, () => {
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-backup-test-'));
    source = await emptyTarget(root, 'source');
    restored = await emptyTarget(root, 'restored');
    archive = path.join(root, 'backup.tar.gz');
    await makeData(source);
    const cp = await cli('server/scripts/audit-checkpoint.ts', source.env);
    expect(cp.out).toMatch(/Checkpoint written: seq=\d+/);
  }, 180_000);
  afterAll(async () => {
    await source?.drop();
    await restored?.drop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('backs up, verifies the archive, restores into an empty target: same rows, same files, audit:verify passes', { timeout: 240_000 }, async () => {
    const backup = await cli('server/scripts/backup.ts', source.env, ['--out', archive]);
    expect(backup.out).toMatch(/Archive verified: \d+ entries/);
    expect(backup.code).toBe(0);

    const restore = await cli('server/scripts/restore.ts', restored.env, [archive]);
    expect(restore.out).toMatch(/Restored .* verified/);
    expect(restore.code).toBe(0);

    const before = await contents(source);
    const after = await contents(restored);
    expect(before.fileShas).toHaveLength(2);
    expect(before.tables.audit_log).toBeGreaterThan(5);
    expect(after.tables).toEqual(before.tables);
    expect(after.fileHashes).toEqual(before.fileShas);
    expect(after.audit).toEqual(before.audit);

    const verify = await cli('server/scripts/audit-verify.ts', restored.env);
    expect(verify.out).toContain(`matches the checkpoint`);
    expect(verify.code).toBe(0);
  });

  it('refuses to restore over a target that is not empty, and changes nothing there; --force replaces it', { timeout: 180_000 }, async () => {
    const before = await contents(restored);
    const again = await cli('server/scripts/restore.ts', restored.env, [archive]);
    expect(again.code).toBe(2);
    expect(again.out).toContain('The target is not empty');
    expect(await contents(restored)).toEqual(before);

    const forced = await cli('server/scripts/restore.ts', restored.env, [archive, '--force']);
    expect(forced.out).toMatch(/Restored .* verified/);
    expect(forced.code).toBe(0);
    expect(await contents(restored)).toEqual(before);
  });

  it('finds a damaged archive', { timeout: 120_000 }, async () => {
    const damaged = path.join(root, 'damaged.tar.gz');
    const bytes = fs.readFileSync(archive);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    fs.writeFileSync(damaged, bytes);
    const check = await cli('server/scripts/backup.ts', {}, ['--verify', damaged]);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/cannot be read|damaged/);
  });

  it('finds an archive whose file was swapped for other bytes, though the tar itself is sound', { timeout: 120_000 }, async () => {
    const swapped = path.join(root, 'swapped.tar');
    const w = TarWriter.create(swapped);
    let name = '';
    await readTar(archive, (entry) => {
      const chunks: Buffer[] = [];
      return {
        write: (c) => void chunks.push(Buffer.from(c)),
        end: async () => {
          const file = entry.startsWith('files/') && !name;
          if (file) name = entry;
          await w.addBuffer(entry, file ? Buffer.from('Nội dung khác\n') : Buffer.concat(chunks));
        },
      };
    });
    await w.finish();
    const check = await cli('server/scripts/backup.ts', {}, ['--verify', swapped]);
    expect(check.code).toBe(1);
    expect(check.out).toContain(`${name} is damaged: its sha256 is not the manifest's.`);
    expect(check.out).toContain(`${name} does not hash to its name.`);
  });
});
