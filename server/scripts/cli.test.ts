import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureAdmin } from '../modules/users/index.ts';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');

/** Runs an npm script's entry point as a user would, and returns its exit code and output. */
async function cli(script: string, env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(tsx, [script], { env: { ...process.env, ...env }, timeout: 180_000 });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

// The embedded database's single-process rule and the audit CLI are PGlite matters; PostgreSQL runs skip.
describe.skipIf(process.env.TEST_DB === 'postgres')('command-line tools on the embedded database', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-cli-'));
    const database = await openDatabase({ dataDir: dir });
    await migrateToLatest(database.db);
    await ensureAdmin(database.db, 'admin-cli-password-1');
    await database.close();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('audit:verify exits 0 on an intact chain and 1 naming the row altered by SQL', async () => {
    const ok = await cli('server/scripts/audit-verify.ts', { DATA_DIR: dir });
    expect(ok.out).toMatch(/intact: 1 rows/);
    expect(ok.code).toBe(0);

    const database = await openDatabase({ dataDir: dir });
    const row = await database.db.selectFrom('auditLog').select(['seq', 'id']).executeTakeFirstOrThrow();
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(database.db);
    await sql`UPDATE audit_log SET actor_label = 'someone else' WHERE seq = ${row.seq}`.execute(database.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(database.db);
    await database.close();

    const broken = await cli('server/scripts/audit-verify.ts', { DATA_DIR: dir });
    expect(broken.code).toBe(1);
    expect(broken.out).toContain(`seq=${row.seq} id=${row.id}`);
  });

  it('refuses to open a data directory another process holds, and leaves it intact', async () => {
    const holder = await openDatabase({ dataDir: dir }); // this test process now holds the lock
    try {
      const refused = await cli('server/scripts/audit-verify.ts', { DATA_DIR: dir });
      expect(refused.code).toBe(2);
      expect(refused.out).toMatch(/in use by another process \(pid \d+\)/);
      const users = await holder.db.selectFrom('users').select('username').execute();
      expect(users.map((u) => u.username)).toEqual(['admin']);
    } finally {
      await holder.close();
    }
    // Released: the tool opens it again.
    expect((await cli('server/scripts/audit-verify.ts', { DATA_DIR: dir })).code).toBe(1);
  });

  it('audit:verify names the rows deleted since the last audit:checkpoint, and a checkpoint line forged without the key', { timeout: 120_000 }, async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-checkpoint-'));
    const env = { DATA_DIR: fresh, AUDIT_CHECKPOINT_KEY: 'cli-test-checkpoint-key-0123' };
    try {
      const database = await openDatabase({ dataDir: fresh });
      await migrateToLatest(database.db);
      await ensureAdmin(database.db, 'admin-cli-password-1');
      await database.close();
      const cp = await cli('server/scripts/audit-checkpoint.ts', env);
      expect(cp.out).toMatch(/Checkpoint written: seq=1 at (\S+)/);
      const at = /at (\S+)/.exec(cp.out)?.[1];
      expect((await cli('server/scripts/audit-verify.ts', env)).code).toBe(0);

      const owner = await openDatabase({ dataDir: fresh });
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(owner.db);
      await sql`DELETE FROM audit_log`.execute(owner.db);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(owner.db);
      await owner.close();
      const truncated = await cli('server/scripts/audit-verify.ts', env);
      expect(truncated.code).toBe(1);
      expect(truncated.out).toContain(`row 1 missing since checkpoint of ${at}`);

      fs.appendFileSync(path.join(fresh, 'audit-checkpoints.log'), `${JSON.stringify({ seq: 0, hash: '0'.repeat(64), at: new Date().toISOString(), hmac: 'ab'.repeat(32) })}\n`);
      expect((await cli('server/scripts/audit-verify.ts', env)).out).toMatch(/Checkpoint FORGED on line 2 /);
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('seed:demo loads demo data once into a fresh directory, then leaves it alone', { timeout: 240_000 }, async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-seed-'));
    try {
      const first = await cli('server/scripts/seed-demo.ts', { DATA_DIR: fresh });
      expect(first.code).toBe(0);
      expect(first.out).toContain('password:'); // the generated admin password, printed once
      const again = await cli('server/scripts/seed-demo.ts', { DATA_DIR: fresh });
      expect(again.code).toBe(0);
      expect(again.out).not.toContain('password:');
      const database = await openDatabase({ dataDir: fresh });
      const people = await database.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      await database.close();
      expect(people.n).toBe(400);
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  it('refuses a bad configuration with a readable list', async () => {
    const res = await cli('server/scripts/audit-verify.ts', { DATA_DIR: dir, DATABASE_URL: 'mysql://x', PORT: 'abc' });
    expect(res.code).toBe(2);
    expect(res.out).toContain('Invalid configuration');
    expect(res.out).toContain('DATABASE_URL: must start with postgres:// or postgresql://');
    expect(res.out).toMatch(/PORT: /);
  });
});
