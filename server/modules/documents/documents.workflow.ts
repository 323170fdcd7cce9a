import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { diffTexts } from '../../lib/text-diff.ts';
import { appendAudit } from '../audit/index.ts';
import { unansweredComments } from './documents.comments.ts';
import type { DocumentState, Transition, TransitionInput } from './documents.schema.ts';
import { getDocument, getVersion, lockDocument } from './documents.service.ts';

/**
 * The life of a document: draft -> submitted -> signed -> issued (documents.issue.ts). A submitted or
 * signed document can be returned to draft with a reason; an issued one is recalled or corrected, and
 * both are recorded in its history, never deleted.
 */
const MOVES: Record<Transition, { from: readonly DocumentState[]; to: DocumentState | null; needsNote: boolean }> = {
  submit: { from: ['draft'], to: 'submitted', needsNote: false },
  return: { from: ['submitted', 'signed'], to: 'draft', needsNote: true },
  sign: { from: ['submitted'], to: 'signed', needsNote: false },
  recall: { from: ['issued'], to: 'recalled', needsNote: true },
  // A correction (đính chính) keeps the document issued; the note says what was corrected and by what.
  correct: { from: ['issued'], to: null, needsNote: true },
};

export async function transition(ctx: Ctx, id: string, input: TransitionInput) {
  const move = MOVES[input.action];
  if (move.needsNote && !input.note) throw new AppError(400, 'request.invalid');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await lockDocument(trx, ctx, id, input.version);
    if (!move.from.includes(before.state)) throw new AppError(409, 'document.state_forbids', { state: before.state });
    if (input.action === 'submit' && !input.acknowledgeComments) {
      // Submitting while an open round still has unanswered comments is allowed, but only once confirmed.
      const open = await unansweredComments(trx, id);
      if (open.comments > 0) throw new AppError(409, 'document.comments_unanswered', { ...open }, { unanswered: open });
    }
    const set: { state?: DocumentState; signedOn?: string | null } = {};
    if (move.to) set.state = move.to;
    if (input.action === 'sign') {
      if (!before.signerName) throw new AppError(422, 'document.signer_required');
      set.signedOn = input.on ?? todayInVietnam();
    }
    if (input.action === 'return') set.signedOn = null;
    await trx.updateTable('documents').set({ ...set, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    await trx.insertInto('documentEvents').values({ id: randomUUID(), documentId: id, kind: input.action, note: input.note ?? null, actorUserId: ctx.actor.userId }).execute();
    await appendAudit(trx, ctx, {
      action: `document.${input.action}`, entity: 'document', entityId: id, scopePath: before.scopePath,
      before: { state: before.state, signedOn: before.signedOn }, after: { ...set, note: input.note },
    });
  });
  return getDocument(ctx, id);
}

/** What changed between two versions of a draft, paragraph by paragraph. */
export async function diffVersions(ctx: Ctx, id: string, from: number, to: number) {
  const [a, b] = await Promise.all([getVersion(ctx, id, from), getVersion(ctx, id, to)]);
  return { from, to, ...diffTexts(a.body, b.body) };
}
