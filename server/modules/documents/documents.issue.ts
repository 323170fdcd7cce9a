import { randomUUID } from 'node:crypto';
import { type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { type NumberingRule, formatSymbol, sequenceKey } from '../../lib/numbering.ts';
import { appendAudit } from '../audit/index.ts';
import { drawNumber } from '../../db/counters.ts';
import type { FoundDocument } from './documents.queries.ts';
import type { IssueInput } from './documents.schema.ts';
import { getDocument, lockDocument, refreshSearchText } from './documents.service.ts';

/**
 * Issuing (ban hành): the number and symbol are drawn in the same transaction that marks the document
 * issued and writes the outgoing register. The counter row is incremented under its row lock, so two
 * concurrent issues of the same sequence wait for each other, and a rolled-back issue gives its number
 * back: no gaps, no duplicates. The unique index on (sequence_key, number) is the last guard.
 */

/** A digital signature provider (ký số): to be plugged in later; issuing does not need one yet. */
export interface SignatureProvider {
  /** Signs the issued file and returns the signed bytes with the certificate's subject. */
  sign(file: Uint8Array, signer: { name: string; title: string | null }): Promise<{ signed: Uint8Array; certificateSubject: string }>;
}

async function numberingRule(trx: Transaction<DB>, regime: string, on: string): Promise<NumberingRule> {
  const rule = await trx.selectFrom('numberingRules').select(['regime', 'period', 'perType', 'secretSeparate', 'padWidth'])
    .where('regime', '=', regime as NumberingRule['regime']).where('validFrom', '<=', on)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', on)]))
    .orderBy('validFrom', 'desc').limit(1).executeTakeFirst();
  if (!rule) throw new AppError(409, 'document.numbering_rule_missing', { on });
  return rule;
}

/** The term of the issuing committee on the day (party documents are numbered per term). */
async function termOn(trx: Transaction<DB>, organizationId: string, on: string) {
  const term = await trx.selectFrom('terms').select('id').where('organizationId', '=', organizationId).where('startsOn', '<=', on)
    .where((eb) => eb.or([eb('endsOn', 'is', null), eb('endsOn', '>=', on)])).orderBy('startsOn', 'desc').limit(1).executeTakeFirst();
  return term?.id ?? null;
}

async function assignNumber(trx: Transaction<DB>, d: FoundDocument, issuedOn: string) {
  const rule = await numberingRule(trx, d.regime, issuedOn);
  const termId = rule.period === 'term' ? await termOn(trx, d.organizationId, issuedOn) : null;
  if (rule.period === 'term' && !termId) throw new AppError(422, 'document.term_missing', { on: issuedOn });
  const key = sequenceKey(rule, {
    issuerOrganizationId: d.organizationId, typeKey: d.typeKey, year: Number(issuedOn.slice(0, 4)), termId, secret: d.secrecy !== 'none',
  });
  const number = await drawNumber(trx, key);
  const symbol = formatSymbol(d.regime, { number, typeAbbreviation: d.typeAbbreviation, issuerCode: d.issuerCode, unitCode: d.unitCode }, rule.padWidth);
  return { key, number, symbol, termId };
}

/**
 * A document drafted in reply to an incoming entry of the same organization closes that entry when it
 * is issued: the follow-up register shows the reply's number without a second step.
 */
async function closeAnsweredEntry(trx: Transaction<DB>, ctx: Ctx, d: FoundDocument, issuedOn: string) {
  if (!d.inReplyToIncomingId) return;
  const closed = await trx.updateTable('incomingDocuments')
    .set({ replyDocumentId: d.id, state: 'done', doneOn: issuedOn, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })
    .where('id', '=', d.inReplyToIncomingId).where('organizationId', '=', d.organizationId).where('doneOn', 'is', null)
    .where('receivedOn', '<=', issuedOn).returning(['id', 'scopePath']).executeTakeFirst();
  if (closed) {
    await appendAudit(trx, ctx, { action: 'incoming.replied', entity: 'incoming_document', entityId: closed.id, scopePath: closed.scopePath, after: { replyDocumentId: d.id, doneOn: issuedOn } });
  }
}

export async function issueDocument(ctx: Ctx, id: string, input: IssueInput) {
  await ctx.db.transaction().execute(async (trx) => {
    const d = await lockDocument(trx, ctx, id, input.version);
    if (d.state === 'issued' || d.state === 'recalled') throw new AppError(409, 'document.already_issued', { symbol: d.symbol ?? '' });
    if (d.state !== 'signed') throw new AppError(409, 'document.state_forbids', { state: d.state });
    const issuedOn = input.issuedOn ?? todayInVietnam();
    if (d.signedOn && issuedOn < d.signedOn) throw new AppError(422, 'document.issued_before_signed');
    const n = await assignNumber(trx, d, issuedOn);
    await trx.updateTable('documents').set({
      state: 'issued', number: n.number, symbol: n.symbol, sequenceKey: n.key, termId: n.termId, issuedOn,
      version: sql<number>`version + 1`, updatedAt: sql<string>`now()`,
    }).where('id', '=', id).execute();
    await refreshSearchText(trx, id);
    const register = {
      id: randomUUID(), documentId: id, organizationId: d.organizationId, scopePath: d.scopePath, issuedOn, symbol: n.symbol,
      typeName: d.typeName, summary: d.summary, signerName: d.signerName, recipients: (d.recipients as string[]).join('; '),
      fileCopyHolder: input.fileCopyHolder, copies: input.copies, note: input.note, sentOn: null,
    };
    await trx.insertInto('outgoingRegister').values(register).execute();
    await trx.insertInto('documentEvents').values({ id: randomUUID(), documentId: id, kind: 'issued', note: n.symbol, actorUserId: ctx.actor.userId }).execute();
    await closeAnsweredEntry(trx, ctx, d, issuedOn);
    await appendAudit(trx, ctx, {
      action: 'document.issued', entity: 'document', entityId: id, scopePath: d.scopePath,
      before: { state: d.state }, after: { state: 'issued', number: n.number, symbol: n.symbol, sequenceKey: n.key, issuedOn, registerId: register.id },
    });
  });
  return getDocument(ctx, id);
}
