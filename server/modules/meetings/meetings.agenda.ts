import { randomUUID } from 'node:crypto';
import { type Transaction, sql } from 'kysely';
import type { z } from 'zod';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { writeMeeting } from './meetings.core.ts';
import { loadAgenda } from './meetings.queries.ts';
import type * as s from './meetings.schema.ts';

/** The agenda tree and what was said on each item. */

async function itemOf(trx: Transaction<DB>, meetingId: string, itemId: string) {
  const item = await trx.selectFrom('meetingAgendaItems').selectAll()
    .where('id', '=', itemId).where('meetingId', '=', meetingId).where('deletedAt', 'is', null).executeTakeFirst();
  if (!item) throw new AppError(422, 'meeting.item_unknown');
  return item;
}

async function agendaItem(ctx: Ctx, meetingId: string, itemId: string): Promise<s.AgendaItem> {
  const item = (await loadAgenda(ctx.db, meetingId)).find((i) => i.id === itemId);
  if (!item) throw notFound();
  return item;
}

/** Siblings in order, with `moved` put at `position` (or last). */
async function placeAmongSiblings(trx: Transaction<DB>, meetingId: string, parentId: string | null, moved: string, position?: number) {
  let q = trx.selectFrom('meetingAgendaItems').select('id').where('meetingId', '=', meetingId).where('deletedAt', 'is', null).where('id', '!=', moved);
  q = parentId ? q.where('parentId', '=', parentId) : q.where('parentId', 'is', null);
  const ids = (await q.orderBy('position').orderBy('createdAt').execute()).map((r) => r.id);
  ids.splice(position === undefined ? ids.length : Math.min(position, ids.length), 0, moved);
  for (const [i, id] of ids.entries()) await trx.updateTable('meetingAgendaItems').set({ position: i }).where('id', '=', id).execute();
}

export async function addAgendaItem(ctx: Ctx, meetingId: string, input: s.AddAgendaItem): Promise<s.AgendaItem> {
  const id = randomUUID();
  await writeMeeting(ctx, meetingId, 'meeting.agenda_item_added', async (trx) => {
    if (input.parentId) await itemOf(trx, meetingId, input.parentId);
    const row = { id, meetingId, parentId: input.parentId, position: 0, title: input.title, presenter: input.presenter, documents: json(input.documents), notes: null, result: null, deletedAt: null };
    await trx.insertInto('meetingAgendaItems').values(row).execute();
    await placeAmongSiblings(trx, meetingId, input.parentId, id, input.position);
    return { result: null, after: { ...row, documents: input.documents } };
  });
  return agendaItem(ctx, meetingId, id);
}

export async function updateAgendaItem(ctx: Ctx, meetingId: string, itemId: string, input: s.UpdateAgendaItem): Promise<s.AgendaItem> {
  await writeMeeting(ctx, meetingId, 'meeting.agenda_item_updated', async (trx) => {
    await trx.selectFrom('meetingAgendaItems').select('id').where('id', '=', itemId).forUpdate().execute();
    const before = checkVersion(await itemOf(trx, meetingId, itemId), input.version);
    const { version: _v, documents, ...patch } = input;
    await trx.updateTable('meetingAgendaItems')
      .set({ ...patch, ...(documents ? { documents: json(documents) } : {}), version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })
      .where('id', '=', itemId).execute();
    return { result: null, before, after: input };
  });
  return agendaItem(ctx, meetingId, itemId);
}

export async function removeAgendaItem(ctx: Ctx, meetingId: string, itemId: string): Promise<void> {
  await writeMeeting(ctx, meetingId, 'meeting.agenda_item_removed', async (trx) => {
    const before = await itemOf(trx, meetingId, itemId);
    const votes = await trx.selectFrom('meetingVotes as v').innerJoin('meetingAgendaItems as i', 'i.id', 'v.itemId')
      .select('v.id').where('v.deletedAt', 'is', null)
      .where((eb) => eb.or([eb('i.id', '=', itemId), eb('i.parentId', '=', itemId)])).limit(1).execute();
    if (votes.length) throw new AppError(409, 'meeting.item_has_votes');
    // Soft delete: the history keeps what the agenda said.
    await trx.updateTable('meetingAgendaItems').set({ deletedAt: sql<string>`now()` })
      .where((eb) => eb.or([eb('id', '=', itemId), eb('parentId', '=', itemId)])).execute();
    return { result: undefined, before, after: null };
  });
}

export async function reorderAgenda(ctx: Ctx, meetingId: string, input: z.infer<typeof s.reorderAgendaBody>): Promise<s.AgendaItem[]> {
  await writeMeeting(ctx, meetingId, 'meeting.agenda_reordered', async (trx) => {
    let q = trx.selectFrom('meetingAgendaItems').select('id').where('meetingId', '=', meetingId).where('deletedAt', 'is', null);
    q = input.parentId ? q.where('parentId', '=', input.parentId) : q.where('parentId', 'is', null);
    const current = (await q.execute()).map((r) => r.id);
    const same = current.length === input.itemIds.length && current.every((id) => input.itemIds.includes(id));
    if (!same) throw new AppError(422, 'meeting.agenda_order_incomplete');
    for (const [i, id] of input.itemIds.entries()) await trx.updateTable('meetingAgendaItems').set({ position: i }).where('id', '=', id).execute();
    return { result: null, after: input };
  });
  return loadAgenda(ctx.db, meetingId);
}

export async function addSpeech(ctx: Ctx, meetingId: string, itemId: string, input: s.AddSpeech): Promise<z.infer<typeof s.speech>> {
  const id = randomUUID();
  await writeMeeting(ctx, meetingId, 'meeting.speech_added', async (trx) => {
    await itemOf(trx, meetingId, itemId);
    let speaker: { personId: string | null; speakerName: string; speakerTitle: string | null };
    if (input.participantId) {
      const p = await trx.selectFrom('meetingParticipants').select(['personId', 'name', 'title'])
        .where('id', '=', input.participantId).where('meetingId', '=', meetingId).executeTakeFirst();
      if (!p) throw new AppError(422, 'meeting.participant_unknown', { ids: input.participantId });
      speaker = { personId: p.personId, speakerName: p.name, speakerTitle: p.title };
    } else if (input.speakerName) {
      speaker = { personId: null, speakerName: input.speakerName, speakerTitle: null };
    } else {
      throw new AppError(422, 'meeting.speaker_missing');
    }
    const max = await trx.selectFrom('meetingSpeeches').select((eb) => eb.fn.max('position').as('max')).where('itemId', '=', itemId).executeTakeFirst();
    const row = { id, itemId, ...speaker, summary: input.summary, position: Number(max?.max ?? 0) + 1, deletedAt: null };
    await trx.insertInto('meetingSpeeches').values(row).execute();
    return { result: null, after: row };
  });
  const item = (await loadAgenda(ctx.db, meetingId)).find((i) => i.id === itemId);
  const created = item?.speeches.find((sp) => sp.id === id);
  if (!created) throw notFound();
  return created;
}

export async function removeSpeech(ctx: Ctx, meetingId: string, speechId: string): Promise<void> {
  await writeMeeting(ctx, meetingId, 'meeting.speech_removed', async (trx) => {
    const sp = await trx.selectFrom('meetingSpeeches as s').innerJoin('meetingAgendaItems as i', 'i.id', 's.itemId')
      .select(['s.id', 's.speakerName', 's.summary']).where('s.id', '=', speechId).where('i.meetingId', '=', meetingId)
      .where('s.deletedAt', 'is', null).executeTakeFirst();
    if (!sp) throw notFound();
    await trx.updateTable('meetingSpeeches').set({ deletedAt: sql<string>`now()` }).where('id', '=', speechId).execute();
    return { result: undefined, before: sp, after: null };
  });
}
