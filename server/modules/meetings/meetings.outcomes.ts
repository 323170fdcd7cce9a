import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { ruleOn } from '../rules/index.ts';
import { createTaskIn, getTask } from '../tasks/index.ts';
import type { Task } from '../tasks/tasks.schema.ts';
import { liveQuorum, meetingDay, writeMeeting } from './meetings.core.ts';
import { loadAdoptedDocuments, loadConclusions, loadVotes } from './meetings.queries.ts';
import { MAJORITY_RULE_KEYS, requiredVotes, votingBase } from './meetings.quorum.ts';
import type * as s from './meetings.schema.ts';

/** Votes, adopted documents and conclusions; a conclusion becomes a task. */

export async function addVote(ctx: Ctx, meetingId: string, input: s.AddVote): Promise<s.Vote> {
  const id = randomUUID();
  await writeMeeting(ctx, meetingId, 'meeting.vote_recorded', async (trx, m) => {
    const item = await trx.selectFrom('meetingAgendaItems').select('id')
      .where('id', '=', input.itemId).where('meetingId', '=', meetingId).where('deletedAt', 'is', null).executeTakeFirst();
    if (!item) throw new AppError(422, 'meeting.item_unknown');
    const quorum = await liveQuorum(trx, m);
    // A vote of an invalid meeting decides nothing.
    if (!quorum.met) throw new AppError(409, 'meeting.quorum_not_met', { present: quorum.present, required: quorum.required });
    const { base, voters } = votingBase(quorum);
    const total = input.forCount + input.againstCount + input.abstainCount;
    if (total > voters) throw new AppError(422, 'meeting.vote_exceeds_present', { total, present: voters });
    const rule = await ruleOn(trx, MAJORITY_RULE_KEYS[input.majority], meetingDay(m));
    const required = requiredVotes(base, rule);
    const row = {
      id, meetingId, itemId: input.itemId, subject: input.subject, method: input.method, majority: input.majority,
      baseCount: base, presentCount: voters, forCount: input.forCount, againstCount: input.againstCount,
      abstainCount: input.abstainCount, requiredCount: required, passed: input.forCount >= required,
      isResolution: input.isResolution, createdBy: ctx.actor.userId, deletedAt: null,
    };
    await trx.insertInto('meetingVotes').values(row).execute();
    return { result: null, after: row };
  }, { refuseStates: ['cancelled', 'postponed'] });
  const vote = (await loadVotes(ctx.db, meetingId)).find((v) => v.id === id);
  if (!vote) throw notFound();
  return vote;
}

export async function removeVote(ctx: Ctx, meetingId: string, voteId: string): Promise<void> {
  await writeMeeting(ctx, meetingId, 'meeting.vote_removed', async (trx) => {
    const v = await trx.selectFrom('meetingVotes').selectAll().where('id', '=', voteId).where('meetingId', '=', meetingId).where('deletedAt', 'is', null).executeTakeFirst();
    if (!v) throw notFound();
    await trx.updateTable('meetingVotes').set({ deletedAt: sql<string>`now()` }).where('id', '=', voteId).execute();
    return { result: undefined, before: v, after: null };
  });
}

export async function addAdoptedDocument(ctx: Ctx, meetingId: string, input: s.AddAdoptedDocument): Promise<z.infer<typeof s.adoptedDocument>> {
  const id = randomUUID();
  await writeMeeting(ctx, meetingId, 'meeting.document_adopted', async (trx) => {
    if (input.itemId) {
      const item = await trx.selectFrom('meetingAgendaItems').select('id').where('id', '=', input.itemId).where('meetingId', '=', meetingId).where('deletedAt', 'is', null).executeTakeFirst();
      if (!item) throw new AppError(422, 'meeting.item_unknown');
    }
    if (input.voteId) {
      const vote = await trx.selectFrom('meetingVotes').select('passed').where('id', '=', input.voteId).where('meetingId', '=', meetingId).where('deletedAt', 'is', null).executeTakeFirst();
      if (!vote) throw new AppError(422, 'resource.reference_invalid');
      if (!vote.passed) throw new AppError(409, 'meeting.vote_not_passed');
    }
    const row = { id, meetingId, ...input, deletedAt: null };
    await trx.insertInto('meetingAdoptedDocuments').values(row).execute();
    return { result: null, after: row };
  });
  const doc = (await loadAdoptedDocuments(ctx.db, meetingId)).find((d) => d.id === id);
  if (!doc) throw notFound();
  return doc;
}

export async function removeAdoptedDocument(ctx: Ctx, meetingId: string, documentId: string): Promise<void> {
  await writeMeeting(ctx, meetingId, 'meeting.document_removed', async (trx) => {
    const d = await trx.selectFrom('meetingAdoptedDocuments').selectAll().where('id', '=', documentId).where('meetingId', '=', meetingId).where('deletedAt', 'is', null).executeTakeFirst();
    if (!d) throw notFound();
    await trx.updateTable('meetingAdoptedDocuments').set({ deletedAt: sql<string>`now()` }).where('id', '=', documentId).execute();
    return { result: undefined, before: d, after: null };
  });
}

export async function addConclusion(ctx: Ctx, meetingId: string, input: z.infer<typeof s.addConclusionBody>): Promise<z.infer<typeof s.conclusion>> {
  const id = randomUUID();
  await writeMeeting(ctx, meetingId, 'meeting.conclusion_added', async (trx) => {
    if (input.itemId) {
      const item = await trx.selectFrom('meetingAgendaItems').select('id').where('id', '=', input.itemId).where('meetingId', '=', meetingId).where('deletedAt', 'is', null).executeTakeFirst();
      if (!item) throw new AppError(422, 'meeting.item_unknown');
    }
    const max = await trx.selectFrom('meetingConclusions').select((eb) => eb.fn.max('position').as('max')).where('meetingId', '=', meetingId).executeTakeFirst();
    const row = { id, meetingId, itemId: input.itemId, text: input.text, position: Number(max?.max ?? 0) + 1, taskId: null, deletedAt: null };
    await trx.insertInto('meetingConclusions').values(row).execute();
    return { result: null, after: row };
  });
  const c = (await loadConclusions(ctx.db, meetingId)).find((x) => x.id === id);
  if (!c) throw notFound();
  return c;
}

export async function removeConclusion(ctx: Ctx, meetingId: string, conclusionId: string): Promise<void> {
  await writeMeeting(ctx, meetingId, 'meeting.conclusion_removed', async (trx) => {
    const c = await trx.selectFrom('meetingConclusions').selectAll().where('id', '=', conclusionId).where('meetingId', '=', meetingId).where('deletedAt', 'is', null).executeTakeFirst();
    if (!c) throw notFound();
    if (c.taskId) throw new AppError(409, 'meeting.conclusion_has_task');
    await trx.updateTable('meetingConclusions').set({ deletedAt: sql<string>`now()` }).where('id', '=', conclusionId).execute();
    return { result: undefined, before: c, after: null };
  });
}

/** "Clear task, person, schedule, responsibility, result": the conclusion's task, created once. */
export async function conclusionToTask(ctx: Ctx, meetingId: string, conclusionId: string, input: s.ConclusionTaskInput): Promise<Task> {
  const taskId = await writeMeeting(ctx, meetingId, 'meeting.conclusion_task', async (trx) => {
    const c = await trx.selectFrom('meetingConclusions').selectAll().where('id', '=', conclusionId).where('meetingId', '=', meetingId).where('deletedAt', 'is', null).forUpdate().executeTakeFirst();
    if (!c) throw notFound();
    if (c.taskId) throw new AppError(409, 'meeting.conclusion_has_task');
    const id = await createTaskIn(trx, ctx, { ...input, title: input.title ?? c.text, sourceKind: 'meeting_conclusion', sourceId: c.id });
    await trx.updateTable('meetingConclusions').set({ taskId: id }).where('id', '=', c.id).execute();
    return { result: id, after: { conclusionId, taskId: id, ...input } };
    // Tasks may be created on a held meeting whose minutes are approved: the conclusion is not edited.
  }, { allowFrozen: true });
  return getTask(ctx, taskId);
}
