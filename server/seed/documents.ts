import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { appendAudit } from '../modules/audit/index.ts';
import { buildCommentRounds } from './documents-comments.ts';
import { buildIssued } from './documents-issued.ts';
import { buildLetters } from './documents-letters.ts';
import { buildIncoming } from './documents-registers.ts';
import { loadDocumentsWorld } from './documents-world.ts';
import { insertRows, withoutSecondaryIndexes } from './documents-bulk.ts';
import { Rng } from './random.ts';

/**
 * Demo documents and correspondence: a year of documents issued by the committee (party regime) and the
 * Office (administrative regime) numbered by the rules, the outgoing register they fill, about 26,000
 * incoming entries in the registers of the committee, the Office and their units, with their direction
 * and handling, and about 350 citizens' letters. Dated relative to today in Vietnam; the same day gives
 * the same rows. Runs inside the demo seed's transaction, after the organizations, people, accounts and
 * members; the rows go in by thousands per statement (documents-bulk.ts).
 */

const SEED = 0x20_26_11_29;
const LETTERS = 350;

export interface DocumentsSummary {
  documents: number;
  outgoing: number;
  incoming: number;
  letters: number;
}

export async function seedDocuments(trx: Transaction<DB>, log: (msg: string) => void): Promise<DocumentsSummary> {
  const w = await loadDocumentsWorld(trx);
  const rng = new Rng(SEED);
  const issued = buildIssued(w, rng);
  const incoming = buildIncoming(w, rng, issued);
  const letters = buildLetters({ ...w, org: w.committee }, rng, LETTERS);
  const put = async <R extends object>(entity: string, label: string, rows: R[], insert: string | ((rows: R[]) => Promise<unknown>)) => {
    await (typeof insert === 'string' ? insertRows(trx, insert, rows) : insert(rows));
    // One audit row per table: the seed is one act, not thousands of edits.
    await appendAudit(trx, { actor: null, label: 'seed' }, { action: 'seed.demo', entity, entityId: 'demo', after: { rows: rows.length } });
    log(`  ${label}: ${rows.length}`);
    return rows.length;
  };
  const documents = await put('document', 'văn bản / documents', issued.documents, 'documents');
  await put('document_version', 'phiên bản văn bản / document versions', issued.versions, 'document_versions');
  await put('document_event', 'diễn biến văn bản / document events', issued.events, 'document_events');
  const comments = buildCommentRounds(w, rng, issued);
  await put('comment_round', 'đợt lấy ý kiến / comment rounds', comments.rounds, 'comment_rounds');
  await put('comment', 'ý kiến góp ý / comments', comments.comments, 'comments');
  const outgoing = await put('outgoing_register', 'sổ văn bản đi / outgoing register', issued.outgoing, 'outgoing_register');
  const inc = await withoutSecondaryIndexes(trx, ['incoming_documents'], () => put('incoming_document', 'sổ văn bản đến / incoming register', incoming.incoming, 'incoming_documents'), (n, ms) => log(`  ${n}: ${ms} ms`));
  await put('incoming_progress', 'tiến độ xử lý / incoming progress', incoming.progress, 'incoming_progress');
  const let_ = await put('letter', 'đơn thư / letters', letters.letters, 'letters');
  await put('letter_step', 'bước xử lý đơn / letter steps', letters.steps, 'letter_steps');
  // The counters continue where the demo numbers stop, so the next issue or registration follows on.
  const counters = [...issued.counters, ...incoming.counters, ...letters.counters].map(([key, lastNumber]) => ({ key, lastNumber }));
  await put('document_counter', 'bộ đếm số / counters', counters, (c) => trx.insertInto('documentCounters').values(c)
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ lastNumber: eb.ref('excluded.lastNumber') }))).execute());
  return { documents, outgoing, incoming: inc, letters: let_ };
}
