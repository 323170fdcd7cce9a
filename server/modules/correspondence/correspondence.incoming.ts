import { randomUUID } from 'node:crypto';
import { type Transaction, sql } from 'kysely';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import { checkVersion } from '../../http/concurrency.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, messageFor, notFound } from '../../http/errors.ts';
import { inScope, organizationFor } from '../../http/scope.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { arrivalKey, parseAnySymbol } from '../../lib/numbering.ts';
import { canAt, clearanceAllows } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import { urgencyRank } from '../../../common/enums.ts';
import { counterIncrement } from '../../db/counters.ts';
import type { DirectInput, RegisterIncoming, UpdateIncoming } from './correspondence.schema.ts';
import { findIncoming, incomingProgress } from './correspondence.incoming.queries.ts';

/**
 * The incoming register (sổ đăng ký văn bản đến, Decree 30 Appendix IV): arrival numbers run from 1
 * each year in order of receipt, drawn from the same locked counters as document numbers; a leader
 * directs each entry to a lead unit or person with a deadline; it is tracked to its reply.
 */

export async function getIncoming(ctx: Ctx, id: string) {
  const entry = await findIncoming(ctx.db, ctx.actor, id);
  if (!entry) throw notFound();
  return { ...entry, coOrganizationIds: entry.coOrganizationIds as string[], progress: await incomingProgress(ctx.db, id) };
}

async function searchText(trx: Transaction<DB>, input: RegisterIncoming) {
  const file = input.fileId ? await trx.selectFrom('files').select('text').where('id', '=', input.fileId).executeTakeFirst() : undefined;
  return [input.symbol, input.sender, input.typeName, input.summary, file?.text].filter(Boolean).join(' ');
}

/** A document already registered with the same symbol from the same sender (folded), if any. */
async function possibleDuplicate(trx: Transaction<DB>, organizationId: string, symbol: string, sender: string) {
  return trx.selectFrom('incomingDocuments').select(['id', 'arrivalNumber', 'year', 'receivedOn', 'sender', 'symbol', 'summary'])
    .where('organizationId', '=', organizationId).where('symbol', '=', symbol)
    .where(sql<boolean>`sender_fold = vn_fold(${sender})`).orderBy('receivedOn').limit(1).executeTakeFirst();
}

async function checkFile(trx: Transaction<DB>, ctx: Ctx, fileId: string) {
  const file = await trx.selectFrom('files as f').select('f.id').where('f.id', '=', fileId)
    .where((eb) => inScope(ctx.actor, 'correspondence.read', eb.ref('f.scopePath'))).executeTakeFirst();
  if (!file) throw new AppError(422, 'resource.reference_invalid');
}

function checkIncoming(ctx: Ctx, input: RegisterIncoming) {
  if (input.receivedOn < input.documentDate) throw new AppError(422, 'incoming.received_before_document', { date: input.documentDate });
  if (!clearanceAllows(ctx.actor.clearance, input.secrecy)) throw new AppError(422, 'document.clearance_exceeded');
}

/**
 * An incoming symbol is the sender's, recorded as written ("100000/TH" has no hyphenated part, yet it is
 * what the document says): the format of our own numbers is checked on issuing, here it only warns.
 */
function symbolWarnings(ctx: Ctx, symbol: string | null | undefined) {
  if (!symbol || parseAnySymbol(symbol)) return [];
  return [{ code: 'incoming.symbol_unusual', message: messageFor('incoming.symbol_unusual', ctx.lang, { symbol }) }];
}

export async function registerIncoming(ctx: Ctx, input: RegisterIncoming) {
  checkIncoming(ctx, input);
  const org = await organizationFor(ctx.db, ctx.actor, input.organizationId, 'correspondence.write');
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    if (input.fileId) await checkFile(trx, ctx, input.fileId);
    const symbol = input.symbol?.normalize('NFC') ?? null;
    if (symbol && !input.confirmDuplicate) {
      const existing = await possibleDuplicate(trx, org.id, symbol, input.sender);
      if (existing) throw new AppError(409, 'incoming.possible_duplicate', { symbol, sender: existing.sender, arrival: `${existing.arrivalNumber}/${existing.year}` }, { existing });
    }
    const year = Number(input.receivedOn.slice(0, 4));
    const { confirmDuplicate: _c, ...fields } = input;
    const values = {
      ...fields, id, symbol, year, scopePath: org.path, urgencyRank: urgencyRank(input.urgency),
      searchText: await searchText(trx, input), coOrganizationIds: json([]), createdBy: ctx.actor.userId,
    };
    // The register's counter row stays locked from here to the commit, every other clerk of the register
    // waiting: the number is drawn by the statement that inserts the entry, and the audit row is the only
    // statement after it (each statement is a round trip through a server that is busy under load).
    const { arrivalNumber } = await trx
      .with('n', (db) => counterIncrement(db, arrivalKey('incoming', org.id, year)))
      .insertInto('incomingDocuments')
      .values({ ...values, arrivalNumber: sql<number>`(SELECT last_number FROM n)` })
      .returning('arrivalNumber')
      .executeTakeFirstOrThrow();
    const row = { ...values, arrivalNumber };
    await appendAudit(trx, ctx, { action: 'incoming.registered', entity: 'incoming_document', entityId: id, scopePath: org.path, after: { ...row, searchText: undefined, duplicateConfirmed: input.confirmDuplicate } });
  });
  return { ...(await getIncoming(ctx, id)), warnings: symbolWarnings(ctx, input.symbol) };
}

/** Readers who do not keep the register (a cell secretary) are told so; others do not learn it exists. */
async function writableEntry(ctx: Ctx, id: string) {
  const entry = await findIncoming(ctx.db, ctx.actor, id);
  if (!entry) throw notFound();
  if (!canAt(ctx.actor, 'correspondence.write', entry.scopePath)) throw new AppError(403, 'register.no_permission');
  return entry;
}

type Change = (trx: Transaction<DB>, before: NonNullable<Awaited<ReturnType<typeof findIncoming>>>) => Promise<Record<string, unknown>>;

/** Locks the entry, checks its version, applies the change and audits it. */
async function changeIncoming(ctx: Ctx, id: string, version: number, action: string, change: Change) {
  await writableEntry(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('incomingDocuments').select('id').where('id', '=', id).forUpdate().execute();
    const before = checkVersion(await findIncoming(trx, ctx.actor, id, 'correspondence.write'), version);
    const set = await change(trx, before);
    await trx.updateTable('incomingDocuments').set({ ...set, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: `incoming.${action}`, entity: 'incoming_document', entityId: id, scopePath: before.scopePath, before, after: set });
  });
  return getIncoming(ctx, id);
}

/** The clerk corrects an entry; the checks of registration apply to the result. */
export async function updateIncoming(ctx: Ctx, id: string, input: UpdateIncoming) {
  const saved = await changeIncoming(ctx, id, input.version, 'corrected', async (trx, before) => {
    const { version: _v, ...fields } = input;
    const next = { ...before, ...fields, confirmDuplicate: true, organizationId: before.organizationId, receivedOn: before.receivedOn } as RegisterIncoming;
    checkIncoming(ctx, next);
    if (fields.fileId) await checkFile(trx, ctx, fields.fileId);
    return {
      ...fields, ...(fields.symbol ? { symbol: fields.symbol.normalize('NFC') } : {}),
      ...(fields.urgency ? { urgencyRank: urgencyRank(fields.urgency) } : {}),
      searchText: await searchText(trx, next),
    };
  });
  return { ...saved, warnings: symbolWarnings(ctx, input.symbol) };
}

/** The leader's direction (ý kiến chỉ đạo): lead unit or person, co-operating units, deadline. */
export function directIncoming(ctx: Ctx, id: string, input: DirectInput) {
  return changeIncoming(ctx, id, input.version, 'directed', async (_trx, before) => {
    if (before.doneOn) throw new AppError(409, 'incoming.already_done');
    if (input.deadline && input.deadline < before.receivedOn) throw new AppError(422, 'incoming.deadline_before_received');
    return {
      state: 'directed', leadOrganizationId: input.leadOrganizationId, leadPersonId: input.leadPersonId,
      coOrganizationIds: json([...new Set(input.coOrganizationIds)]), deadline: input.deadline,
      directedBy: ctx.actor.userId, directedOn: todayInVietnam(), directionNote: input.note,
    };
  });
}

export async function addProgress(ctx: Ctx, id: string, input: { note: string; onDay?: string | undefined }) {
  const entry = await writableEntry(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const row = { id: randomUUID(), incomingId: id, onDay: input.onDay ?? todayInVietnam(), note: input.note, createdBy: ctx.actor.userId };
    await trx.insertInto('incomingProgress').values(row).execute();
    await appendAudit(trx, ctx, { action: 'incoming.progress', entity: 'incoming_document', entityId: id, scopePath: entry.scopePath, after: row });
  });
  return getIncoming(ctx, id);
}

/**
 * Links the reply. It must be an outgoing document issued by the organization that received the
 * entry, on or after the day it arrived, and not drafted as the answer to another entry.
 */
export function linkReply(ctx: Ctx, id: string, input: { version: number; documentId: string }) {
  return changeIncoming(ctx, id, input.version, 'replied', async (trx, before) => {
    const doc = await trx.selectFrom('documents').select(['id', 'organizationId', 'state', 'issuedOn', 'inReplyToIncomingId'])
      .where('id', '=', input.documentId).executeTakeFirst();
    const related = doc && doc.state === 'issued' && doc.organizationId === before.organizationId && doc.issuedOn !== null &&
      doc.issuedOn >= before.receivedOn && (doc.inReplyToIncomingId === null || doc.inReplyToIncomingId === id);
    if (!related) throw new AppError(422, 'incoming.reply_unrelated');
    return { replyDocumentId: doc.id, state: 'done', doneOn: before.doneOn ?? doc.issuedOn };
  });
}

/** Handled without a reply (for information, or answered in a meeting): the note says how. */
export function markDone(ctx: Ctx, id: string, input: { version: number; note: string | null; doneOn?: string | undefined }) {
  return changeIncoming(ctx, id, input.version, 'done', async (_trx, before) => {
    if (before.doneOn) throw new AppError(409, 'incoming.already_done');
    return { state: 'done', doneOn: input.doneOn ?? todayInVietnam(), note: input.note ?? before.note };
  });
}
