import { createHmac } from 'node:crypto';
import dgram from 'node:dgram';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, makeOrganization, startTestApp } from '../../../test/app.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import { enqueueCheckpoint } from '../../jobs/scheduler.ts';
import { createWorker } from '../../jobs/worker.ts';
import { auditHash } from './audit.chain.ts';
import { type CheckpointSink, checkpointKey, readCheckpointLog, writeCheckpoint } from './audit.checkpoints.ts';
import { verifyAuditTrail } from './audit.verify.ts';

let t: TestApp;
let dir: string;
const key = Buffer.from('a-key-the-database-never-sees-0123456789');

beforeAll(async () => {
  t = await startTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-checkpoints-'));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

let logs = 0;
const newSink = (extra: Partial<CheckpointSink> = {}): CheckpointSink => ({ key, logFile: path.join(dir, `log-${++logs}.log`), ...extra });
const verify = (sink: CheckpointSink) => verifyAuditTrail(t.database.db, { logFile: sink.logFile, key: sink.key });
const writeSome = async (n: number) => {
  for (let i = 0; i < n; i++) await makeOrganization(t.admin);
};
const head = async () => Number((await t.database.db.selectFrom('auditLog').select((eb) => eb.fn.max('seq').as('s')).executeTakeFirstOrThrow()).s);

/** What an attacker with owner rights does: switch the append-only trigger off, change the rows, switch it on. */
async function asOwner(statement: ReturnType<typeof sql>) {
  await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(t.database.db);
  await statement.execute(t.database.db);
  await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(t.database.db);
}

describe('audit checkpoints', () => {
  it('an untampered chain passes against its newest checkpoint, and an unchanged head is not signed twice', async () => {
    await writeSome(3);
    const sink = newSink();
    const cp = await writeCheckpoint(t.database.db, sink);
    expect(cp).toMatchObject({ seq: await head() });
    expect(await writeCheckpoint(t.database.db, sink)).toBeNull();
    await writeSome(2); // rows after the checkpoint are fine
    const v = await verify(sink);
    expect(v.problems).toEqual([]);
    expect(v).toMatchObject({ ok: true, checkpoint: cp, forged: [] });
  });

  it('reports a checkpoint line recomputed without the key as forged', async () => {
    const sink = newSink();
    await writeCheckpoint(t.database.db, sink);
    await writeSome(1);
    const top = await t.database.db.selectFrom('auditLog').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    const at = new Date().toISOString();
    const hmac = createHmac('sha256', 'guessed').update(`congtac-audit-checkpoint\n${top.seq}\n${top.hash}\n${at}`).digest('hex');
    fs.appendFileSync(sink.logFile, `${JSON.stringify({ seq: top.seq, hash: top.hash, at, hmac })}\n`);
    const v = await verify(sink);
    expect(v.ok).toBe(false);
    expect(v.forged).toEqual([2]);
    expect(v.problems).toEqual([expect.stringMatching(/^Checkpoint FORGED on line 2 .*seq=\d+/)]);
  });

  it('names the row whose content was changed and its hash recomputed, which the chain alone accepts', async () => {
    const sink = newSink();
    const cp = await writeCheckpoint(t.database.db, sink);
    const row = await t.database.db.selectFrom('auditLog').selectAll().where('seq', '=', cp!.seq).executeTakeFirstOrThrow();
    const { seq: _seq, prevHash, hash: _hash, secrecy: _secrecy, ...fields } = row;
    const hash = auditHash(prevHash, { ...fields, actorLabel: 'someone else' });
    await asOwner(sql`UPDATE audit_log SET actor_label = 'someone else', hash = ${hash} WHERE seq = ${row.seq}`);
    // The row is the head: an owner recomputing it moves the head (audit_head) along, or the next append would show it.
    await sql`UPDATE audit_head SET hash = ${hash} WHERE id = 1`.execute(t.database.db);
    const v = await verify(sink);
    expect(v.chain.ok).toBe(true);
    expect(v.problems).toEqual([expect.stringContaining(`Audit chain REWRITTEN: row seq=${cp!.seq}`)]);
  });

  it('fails naming the rows deleted at the end since the checkpoint, also once new rows follow them', async () => {
    await writeSome(4);
    const sink = newSink();
    const cp = await writeCheckpoint(t.database.db, sink);
    const top = await head();
    await asOwner(sql`DELETE FROM audit_log WHERE seq > ${top - 3}`);
    const v = await verify(sink);
    expect(v.chain.ok).toBe(true); // the chain alone cannot see it
    expect(v.problems).toEqual([`Audit chain TRUNCATED: rows ${top - 2}..${top} missing since checkpoint of ${cp!.at} (head then seq=${top}).`]);

    // The app goes on appending after the gap: the chain's head (audit_head) still names the deleted row,
    // so the next row's link breaks too, and the checkpoint still names what is missing.
    await writeSome(1);
    const after = await verify(sink);
    expect(after.chain.ok).toBe(false);
    expect(after.problems).toEqual([expect.stringMatching(/^Audit chain BROKEN at row seq=\d+ /), ...v.problems]);
  });

  it('runs as a scheduled job and sends each checkpoint to syslog too', async () => {
    const server = dgram.createSocket('udp4');
    await new Promise<void>((r) => server.bind(0, '127.0.0.1', r));
    const received = new Promise<string>((r) => server.once('message', (m) => r(m.toString())));
    try {
      await writeSome(1);
      const sink = newSink({ syslog: `udp://127.0.0.1:${server.address().port}` });
      const worker = createWorker({ db: t.database.db, handlers: jobHandlers({ mailer: null, checkpoints: sink }) });
      await enqueueCheckpoint(t.database.db, 5);
      await enqueueCheckpoint(t.database.db, 5); // the same slot: one job
      expect(await worker.runDue()).toBe(1);
      const lines = readCheckpointLog(sink.logFile);
      expect(lines.map((l) => l.checkpoint?.seq)).toEqual([await head()]);
      const message = await received;
      expect(message).toMatch(/^<110>1 \S+ \S+ congtac \d+ audit-checkpoint - \{/);
      expect(JSON.parse(message.slice(message.indexOf('{')))).toEqual(lines[0]!.checkpoint);
    } finally {
      server.close();
    }
  });

  it('generates a key file readable by its owner only, once, with a warning to keep it elsewhere', () => {
    const dataDir = path.join(dir, 'data');
    const warnings: string[] = [];
    const first = checkpointKey({ DATA_DIR: dataDir }, { generate: true, warn: (m) => warnings.push(m) });
    const again = checkpointKey({ DATA_DIR: dataDir }, { generate: true, warn: (m) => warnings.push(m) });
    expect(first?.length).toBe(64);
    expect(again?.equals(first!)).toBe(true);
    expect(fs.statSync(path.join(dataDir, 'audit-checkpoint.key')).mode & 0o777).toBe(0o600);
    expect(warnings).toEqual([expect.stringContaining('Keep a copy away from this server')]);
    expect(checkpointKey({ DATA_DIR: path.join(dir, 'none') }, { generate: false })).toBeNull();
    expect(checkpointKey({ DATA_DIR: dataDir, AUDIT_CHECKPOINT_KEY: 'from-the-environment' }, { generate: false })?.toString()).toBe('from-the-environment');
    const keyFile = path.join(dir, 'checkpoint.key');
    fs.writeFileSync(keyFile, 'a-key-kept-in-a-file-elsewhere\n');
    expect(checkpointKey({ DATA_DIR: dataDir, AUDIT_CHECKPOINT_KEY_FILE: keyFile }, { generate: false })?.toString()).toBe('a-key-kept-in-a-file-elsewhere');
    expect(() => checkpointKey({ DATA_DIR: dataDir, AUDIT_CHECKPOINT_KEY_FILE: path.join(dir, 'absent.key') }, { generate: true })).toThrow(/AUDIT_CHECKPOINT_KEY_FILE: cannot read .*ENOENT/);
  });
});
