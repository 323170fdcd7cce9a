import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type ChainVerdict, verifyAuditChain } from './audit.chain.ts';
import { type Checkpoint, checkpointValid, readCheckpointLog } from './audit.checkpoints.ts';

export interface AuditVerdict {
  ok: boolean;
  chain: ChainVerdict;
  /** The newest checkpoint with a valid signature, against which the chain was checked. */
  checkpoint: Checkpoint | null;
  /** Lines of the checkpoint log that are not checkpoints or whose HMAC is wrong. */
  forged: number[];
  /** What does not add up, one sentence each; empty when ok. */
  problems: string[];
}

export interface CheckpointSource {
  logFile: string;
  /** Null when no key is configured: checkpoints cannot be checked. */
  key: Buffer | null;
}

function chainProblem(v: ChainVerdict): string[] {
  if (v.ok) return [];
  const why = v.reason === 'broken_link' ? 'its prev_hash does not match the row before it' : 'its content does not match its hash';
  return [`Audit chain BROKEN at row seq=${v.seq} id=${v.id}: ${why}. ${v.rows} rows before it verified.`];
}

/** The chain against one checkpoint: the row at its seq must still be there, with the hash it had. */
async function checkAgainst(db: Kysely<DB>, cp: Checkpoint): Promise<string | null> {
  const row = await db.selectFrom('auditLog').select(['seq', 'hash']).where('seq', '<=', cp.seq).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const last = row ? Number(row.seq) : 0;
  if (last < cp.seq) {
    const range = last + 1 === cp.seq ? `row ${cp.seq}` : `rows ${last + 1}..${cp.seq}`;
    return `Audit chain TRUNCATED: ${range} missing since checkpoint of ${cp.at} (head then seq=${cp.seq}).`;
  }
  if (row?.hash !== cp.hash) {
    return `Audit chain REWRITTEN: row seq=${cp.seq} has hash ${row?.hash.slice(0, 12)}…, the checkpoint of ${cp.at} signed ${cp.hash.slice(0, 12)}….`;
  }
  return null;
}

/**
 * Walks the hash chain, then checks it against the newest validly signed checkpoint (rows deleted at the
 * end, or a chain recomputed from some row on, show there), and reports every checkpoint line whose
 * signature is wrong as forged.
 */
export async function verifyAuditTrail(db: Kysely<DB>, source: CheckpointSource): Promise<AuditVerdict> {
  const chain = await verifyAuditChain(db);
  const problems = chainProblem(chain);
  const lines = readCheckpointLog(source.logFile);
  const forged: number[] = [];
  let checkpoint: Checkpoint | null = null;
  if (lines.length > 0 && !source.key) {
    problems.push(`${lines.length} checkpoints in ${source.logFile} cannot be checked: no key (AUDIT_CHECKPOINT_KEY or AUDIT_CHECKPOINT_KEY_FILE).`);
  }
  for (const { line, checkpoint: c } of source.key ? lines : []) {
    if (!c || !checkpointValid(source.key as Buffer, c)) {
      forged.push(line);
      const what = c ? `seq=${c.seq} at ${c.at}` : 'unreadable';
      problems.push(`Checkpoint FORGED on line ${line} of ${source.logFile} (${what}): its HMAC does not match the key.`);
    } else if (!checkpoint || c.seq >= checkpoint.seq) {
      checkpoint = c;
    }
  }
  if (checkpoint) {
    const problem = await checkAgainst(db, checkpoint);
    if (problem) problems.push(problem);
  }
  return { ok: problems.length === 0, chain, checkpoint, forged, problems };
}
