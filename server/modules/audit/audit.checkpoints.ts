import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import dgram from 'node:dgram';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { ConfigError } from '../../config.ts';
import type { DB } from '../../db/schema.ts';

/**
 * Checkpoints of the audit chain, kept outside the database. The chain's head (seq and hash) is signed with
 * HMAC-SHA256 under a key the database does not hold and appended, one JSON line each, to a log file in the
 * data directory (and optionally sent to syslog). Someone with owner rights on the database can delete the
 * newest rows or recompute the whole chain, but cannot produce a checkpoint that agrees with it.
 */

export const CHECKPOINT_LOG = 'audit-checkpoints.log';
export const GENERATED_KEY_FILE = 'audit-checkpoint.key';

export interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
  hmac: string;
}

export interface CheckpointSettings {
  DATA_DIR: string;
  AUDIT_CHECKPOINT_KEY?: string | undefined;
  AUDIT_CHECKPOINT_KEY_FILE?: string | undefined;
  AUDIT_SYSLOG?: string | undefined;
}

export interface CheckpointSink {
  key: Buffer;
  logFile: string;
  /** udp://host:port of a syslog server; each checkpoint is also sent there. */
  syslog?: string | undefined;
}

export const checkpointLogPath = (dataDir: string) => path.resolve(dataDir, CHECKPOINT_LOG);

/**
 * The signing key: AUDIT_CHECKPOINT_KEY, else the file AUDIT_CHECKPOINT_KEY_FILE, else DATA_DIR/audit-checkpoint.key,
 * generated (mode 0600) when `generate` is set and it does not exist yet. Null when there is none.
 */
export function checkpointKey(s: CheckpointSettings, opts: { generate: boolean; warn?: (msg: string) => void }): Buffer | null {
  if (s.AUDIT_CHECKPOINT_KEY) return Buffer.from(s.AUDIT_CHECKPOINT_KEY, 'utf8');
  if (s.AUDIT_CHECKPOINT_KEY_FILE) return readKeyFile(s.AUDIT_CHECKPOINT_KEY_FILE);
  const file = path.resolve(s.DATA_DIR, GENERATED_KEY_FILE);
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
  if (!opts.generate) return null;
  fs.mkdirSync(s.DATA_DIR, { recursive: true });
  fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  opts.warn?.(
    `Audit checkpoint key generated in ${file}. Keep a copy away from this server and set AUDIT_CHECKPOINT_KEY_FILE ` +
      `(or AUDIT_CHECKPOINT_KEY): whoever can read it can forge checkpoints (docs/SECURITY.md, "Audit checkpoints").`,
  );
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
}

function readKeyFile(file: string): Buffer {
  let key: string;
  try {
    key = fs.readFileSync(file, 'utf8').trim();
  } catch (e) {
    throw new ConfigError(`AUDIT_CHECKPOINT_KEY_FILE: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
  }
  if (key.length < 16) throw new ConfigError(`AUDIT_CHECKPOINT_KEY_FILE: ${file} must hold a key of at least 16 characters.`);
  return Buffer.from(key, 'utf8');
}

export function checkpointSink(s: CheckpointSettings, warn?: (msg: string) => void): CheckpointSink {
  const key = checkpointKey(s, { generate: true, ...(warn ? { warn } : {}) });
  if (!key) throw new Error('no audit checkpoint key');
  return { key, logFile: checkpointLogPath(s.DATA_DIR), syslog: s.AUDIT_SYSLOG };
}

export function signCheckpoint(key: Buffer, c: Omit<Checkpoint, 'hmac'>): string {
  return createHmac('sha256', key).update(`congtac-audit-checkpoint\n${c.seq}\n${c.hash}\n${c.at}`).digest('hex');
}

export function checkpointValid(key: Buffer, c: Checkpoint): boolean {
  const expected = Buffer.from(signCheckpoint(key, c), 'hex');
  const given = Buffer.from(c.hmac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function auditHead(db: Kysely<DB>): Promise<{ seq: number; hash: string } | null> {
  const row = await db.selectFrom('auditLog').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

export interface CheckpointLine {
  line: number;
  checkpoint: Checkpoint | null;
}

/** Every line of the log file, parsed; none when there is no file. */
export function readCheckpointLog(file: string): CheckpointLine[] {
  return fs.existsSync(file) ? parseCheckpointLog(fs.readFileSync(file, 'utf8')) : [];
}

/** Every line of a log, parsed; a line that is not a checkpoint comes back with `checkpoint: null`. */
export function parseCheckpointLog(text: string): CheckpointLine[] {
  return text
    .split('\n')
    .map((text, i) => ({ text, line: i + 1 }))
    .filter((l) => l.text.trim() !== '')
    .map(({ text, line }) => {
      try {
        const c = JSON.parse(text) as Partial<Checkpoint>;
        const ok = Number.isSafeInteger(c.seq) && typeof c.hash === 'string' && typeof c.at === 'string' && typeof c.hmac === 'string';
        return { line, checkpoint: ok ? (c as Checkpoint) : null };
      } catch {
        return { line, checkpoint: null };
      }
    });
}

/**
 * Signs the chain's current head and appends it to the log (and syslog). Nothing is written when the chain is
 * empty or its head is the one last checkpointed. Returns the checkpoint written, or null.
 */
export async function writeCheckpoint(db: Kysely<DB>, sink: CheckpointSink, now = new Date()): Promise<Checkpoint | null> {
  const head = await auditHead(db);
  if (!head) return null;
  const last = readCheckpointLog(sink.logFile).at(-1)?.checkpoint;
  if (last && last.seq === head.seq && last.hash === head.hash && checkpointValid(sink.key, last)) return null;
  const unsigned = { seq: head.seq, hash: head.hash, at: now.toISOString() };
  const checkpoint: Checkpoint = { ...unsigned, hmac: signCheckpoint(sink.key, unsigned) };
  fs.mkdirSync(path.dirname(sink.logFile), { recursive: true });
  const fd = fs.openSync(sink.logFile, 'a', 0o640);
  try {
    fs.writeSync(fd, `${JSON.stringify(checkpoint)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  if (sink.syslog) await sendSyslog(sink.syslog, checkpoint);
  return checkpoint;
}

/** One RFC 5424 message over UDP, facility "log audit" (13), severity informational. */
export async function sendSyslog(target: string, checkpoint: Checkpoint): Promise<void> {
  const url = new URL(target);
  const port = Number(url.port || 514);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const message = Buffer.from(`<110>1 ${checkpoint.at} ${os.hostname()} congtac ${process.pid} audit-checkpoint - ${JSON.stringify(checkpoint)}`);
  const socket = dgram.createSocket(host.includes(':') ? 'udp6' : 'udp4');
  try {
    await new Promise<void>((resolve, reject) => socket.send(message, port, host, (err) => (err ? reject(err) : resolve())));
  } finally {
    socket.close();
  }
}
