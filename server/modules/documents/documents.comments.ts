import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import { checkVersion } from '../../http/concurrency.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Actor, Permission } from '../../lib/roles.ts';
import { textParagraphs } from '../../lib/text-diff.ts';
import { appendAudit } from '../audit/index.ts';
import type { AnswerInput, CommentInput, CreateRound, Round } from './documents.comments.schema.ts';
import { findDocument, visibleDocuments } from './documents.queries.ts';

/**
 * Comment rounds (lấy ý kiến): a version of a draft goes to recipients with a deadline; each comment is
 * anchored to a paragraph of that version or to the whole; the drafter answers each one (accepted,
 * partly accepted, explained), which makes the table of comments and their handling.
 */

function findRound(db: Kysely<DB>, actor: Actor, id: string, permission: Permission = 'documents.read') {
  return visibleDocuments(db, actor, permission)
    .innerJoin('commentRounds as r', 'r.documentId', 'd.id')
    .innerJoin('documentVersions as v', (j) => j.onRef('v.documentId', '=', 'd.id').onRef('v.versionNo', '=', 'r.versionNo'))
    .select(['r.id', 'r.documentId', 'd.summary as documentSummary', 'r.versionNo', 'r.title', 'r.deadline', 'r.recipients', 'r.closedAt',
      'r.createdAt', 'v.body', 'd.scopePath', 'd.state as documentState'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function getRound(ctx: Ctx, id: string): Promise<Round> {
  const r = await findRound(ctx.db, ctx.actor, id);
  if (!r) throw notFound();
  const paras = textParagraphs(r.body);
  const rows = await ctx.db.selectFrom('comments').select(['id', 'author', 'paragraph', 'text', 'handling', 'answer', 'createdAt', 'version'])
    .where('roundId', '=', id).orderBy(sql`paragraph NULLS FIRST`).orderBy('createdAt').orderBy('id').execute();
  const comments = rows.map((c) => ({ ...c, paragraphText: c.paragraph === null ? null : (paras[c.paragraph - 1] ?? null) }));
  const count = (h: string) => comments.filter((c) => c.handling === h).length;
  const { body: _b, scopePath: _s, documentState: _d, ...round } = r;
  return {
    ...round,
    recipients: r.recipients as string[],
    counts: { total: comments.length, answered: comments.filter((c) => c.handling).length, accepted: count('accepted'), partlyAccepted: count('partly_accepted'), explained: count('explained') },
    comments,
  };
}

export async function listRounds(ctx: Ctx, documentId: string) {
  const d = await findDocument(ctx.db, ctx.actor, documentId);
  if (!d) throw notFound();
  const ids = await ctx.db.selectFrom('commentRounds').select('id').where('documentId', '=', documentId).orderBy('createdAt').orderBy('id').execute();
  return { data: await Promise.all(ids.map((r) => getRound(ctx, r.id))) };
}

export async function createRound(ctx: Ctx, documentId: string, input: CreateRound) {
  const d = await findDocument(ctx.db, ctx.actor, documentId, 'documents.write');
  if (!d) throw notFound();
  if (d.state !== 'draft' && d.state !== 'submitted') throw new AppError(409, 'document.state_forbids', { state: d.state });
  const latest = await ctx.db.selectFrom('documentVersions').select(sql<number>`max(version_no)`.as('n')).where('documentId', '=', documentId).executeTakeFirst();
  const versionNo = input.versionNo ?? Number(latest?.n ?? 1);
  if (versionNo > Number(latest?.n ?? 0)) throw new AppError(404, 'document.version_unknown', { no: versionNo });
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const row = { id, documentId, versionNo, title: input.title, deadline: input.deadline, recipients: json(input.recipients), createdBy: ctx.actor.userId };
    await trx.insertInto('commentRounds').values(row).execute();
    await appendAudit(trx, ctx, { action: 'comment_round.created', entity: 'comment_round', entityId: id, scopePath: d.scopePath, after: { ...row, recipients: input.recipients } });
  });
  return getRound(ctx, id);
}

/**
 * A comment received; recorded by anyone who may read the draft, until the round is closed and while
 * the document is still a draft or awaiting signature (a signed or issued text takes no more comments).
 */
export async function addComment(ctx: Ctx, roundId: string, input: CommentInput) {
  const r = await findRound(ctx.db, ctx.actor, roundId);
  if (!r) throw notFound();
  if (r.closedAt) throw new AppError(409, 'comment.round_closed');
  if (r.documentState !== 'draft' && r.documentState !== 'submitted') throw new AppError(409, 'comment.document_final', { state: r.documentState });
  if (input.paragraph !== null && input.paragraph > textParagraphs(r.body).length) throw new AppError(422, 'comment.paragraph_unknown', { paragraph: input.paragraph });
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const row = { id, roundId, ...input };
    await trx.insertInto('comments').values(row).execute();
    await appendAudit(trx, ctx, { action: 'comment.added', entity: 'comment', entityId: id, scopePath: r.scopePath, after: row });
  });
  return getRound(ctx, roundId);
}

/** The drafter's answer to one comment (tiếp thu / tiếp thu một phần / giải trình). */
export async function answerComment(ctx: Ctx, commentId: string, input: AnswerInput) {
  const c = await ctx.db.selectFrom('comments').select(['roundId']).where('id', '=', commentId).executeTakeFirst();
  const r = c ? await findRound(ctx.db, ctx.actor, c.roundId, 'documents.write') : undefined;
  if (!c || !r) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    const before = checkVersion(await trx.selectFrom('comments').selectAll().where('id', '=', commentId).forUpdate().executeTakeFirst(), input.version);
    const set = { handling: input.handling, answer: input.answer, answeredBy: ctx.actor.userId };
    await trx.updateTable('comments').set({ ...set, version: sql<number>`version + 1` }).where('id', '=', commentId).execute();
    await appendAudit(trx, ctx, { action: 'comment.answered', entity: 'comment', entityId: commentId, scopePath: r.scopePath, before, after: set });
  });
  return getRound(ctx, c.roundId);
}

/** Comments of the document's open rounds that have no answer yet: what submitting for signature warns of. */
export async function unansweredComments(db: Kysely<DB>, documentId: string): Promise<{ rounds: number; comments: number }> {
  const row = await db.selectFrom('commentRounds as r').innerJoin('comments as c', 'c.roundId', 'r.id')
    .select([sql<number>`count(DISTINCT r.id)::int`.as('rounds'), sql<number>`count(*)::int`.as('comments')])
    .where('r.documentId', '=', documentId).where('r.closedAt', 'is', null).where('c.handling', 'is', null)
    .executeTakeFirst();
  return { rounds: Number(row?.rounds ?? 0), comments: Number(row?.comments ?? 0) };
}

export async function closeRound(ctx: Ctx, id: string) {
  const r = await findRound(ctx.db, ctx.actor, id, 'documents.write');
  if (!r) throw notFound();
  if (r.closedAt) throw new AppError(409, 'comment.round_closed');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('commentRounds').set({ closedAt: sql<string>`now()` }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: 'comment_round.closed', entity: 'comment_round', entityId: id, scopePath: r.scopePath });
  });
  return getRound(ctx, id);
}
