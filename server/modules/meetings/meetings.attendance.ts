import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Ctx } from '../../http/context.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { organizationFor } from '../../http/scope.ts';
import { liveQuorum, meetingDay, writeMeeting } from './meetings.core.ts';
import { titlesOn } from '../people/index.ts';
import { loadParticipants } from './meetings.queries.ts';
import type { AddParticipant, AttendanceInput, Meeting, Participant, Quorum, RolesInput } from './meetings.schema.ts';
import { getMeeting } from './meetings.service.ts';

/** Participants: invitations, chair and secretary, attendance (check-in). */

export async function addParticipant(ctx: Ctx, meetingId: string, input: AddParticipant): Promise<Participant> {
  const id = randomUUID();
  await writeMeeting(ctx, meetingId, 'meeting.participant_added', async (trx, m) => {
    const max = await trx.selectFrom('meetingParticipants').select((eb) => eb.fn.max('position').as('max')).where('meetingId', '=', meetingId).executeTakeFirst();
    const base = { id, meetingId, kind: input.kind, memberStatus: null, absenceReason: null, checkedInAt: null, position: Number(max?.max ?? 0) + 1 };
    let row;
    if (input.kind === 'unit') {
      if (!input.organizationId) throw new AppError(422, 'meeting.participant_incomplete');
      const org = await organizationFor(trx, ctx.actor, input.organizationId, 'organizations.read', { notVisible: () => new AppError(422, 'resource.reference_invalid') });
      row = { ...base, personId: null, organizationId: org.id, name: org.name, title: null };
    } else if (input.personId) {
      const person = await trx.selectFrom('people').select(['id', 'fullName']).where('id', '=', input.personId).where('deletedAt', 'is', null).executeTakeFirst();
      if (!person) throw new AppError(422, 'resource.reference_invalid');
      // The title is the one held on the meeting's day, frozen: later appointments do not rewrite minutes.
      const title = input.title ?? (await titlesOn(trx, [person.id], meetingDay(m))).get(person.id) ?? null;
      row = { ...base, personId: person.id, organizationId: null, name: person.fullName, title };
    } else {
      if (input.kind !== 'guest' || !input.name) throw new AppError(422, 'meeting.participant_incomplete');
      row = { ...base, personId: null, organizationId: null, name: input.name, title: input.title ?? null };
    }
    if (row.personId) {
      const dup = await trx.selectFrom('meetingParticipants').select('id').where('meetingId', '=', meetingId).where('personId', '=', row.personId).executeTakeFirst();
      if (dup) throw new AppError(409, 'meeting.participant_duplicate');
    }
    await trx.insertInto('meetingParticipants').values(row).execute();
    return { result: null, after: row };
  });
  const created = (await loadParticipants(ctx.db, meetingId)).find((p) => p.id === id);
  if (!created) throw notFound();
  return created;
}

export async function removeParticipant(ctx: Ctx, meetingId: string, participantId: string): Promise<void> {
  await writeMeeting(ctx, meetingId, 'meeting.participant_removed', async (trx) => {
    const p = await trx.selectFrom('meetingParticipants').selectAll().where('id', '=', participantId).where('meetingId', '=', meetingId).executeTakeFirst();
    if (!p) throw notFound();
    if (p.attendance !== 'pending') throw new AppError(409, 'meeting.participant_attended');
    await trx.deleteFrom('meetingParticipants').where('id', '=', participantId).execute();
    return { result: undefined, before: p, after: null };
  });
}

export async function setRoles(ctx: Ctx, meetingId: string, input: RolesInput): Promise<Meeting> {
  await writeMeeting(ctx, meetingId, 'meeting.roles_set', async (trx, m) => {
    checkVersion(m, input.version);
    const ids = [...input.chairParticipantIds, ...(input.secretaryParticipantId ? [input.secretaryParticipantId] : [])];
    const found = ids.length
      ? await trx.selectFrom('meetingParticipants').select(['id', 'kind']).where('meetingId', '=', meetingId).where('id', 'in', ids).execute()
      : [];
    const unknown = ids.filter((id) => !found.some((f) => f.id === id && f.kind !== 'unit'));
    if (unknown.length) throw new AppError(422, 'meeting.participant_unknown', { ids: unknown.join(', ') });
    // The secretary keeps the meeting's record: one of its own participants, not an invited guest.
    if (found.some((f) => f.id === input.secretaryParticipantId && f.kind === 'guest')) throw new AppError(422, 'meeting.guest_secretary');
    await trx.updateTable('meetingParticipants')
      .set({
        isChair: input.chairParticipantIds.length ? sql<boolean>`id IN (${sql.join(input.chairParticipantIds)})` : false,
        isSecretary: input.secretaryParticipantId ? sql<boolean>`id = ${input.secretaryParticipantId}` : false,
      })
      .where('meetingId', '=', meetingId).execute();
    await trx.updateTable('meetings').set({ version: sql<number>`version + 1` }).where('id', '=', meetingId).execute();
    return { result: null, after: input };
  });
  return getMeeting(ctx, meetingId);
}

/**
 * Check-in, many people at once. Every entry must name someone invited (not a unit); one bad entry
 * refuses the whole batch and nothing is written.
 */
export async function recordAttendance(ctx: Ctx, meetingId: string, input: AttendanceInput): Promise<{ participants: Participant[]; quorum: Quorum }> {
  const ids = input.entries.map((e) => e.participantId);
  if (new Set(ids).size !== ids.length) throw new AppError(422, 'meeting.attendance_repeated');
  await writeMeeting(ctx, meetingId, 'meeting.attendance', async (trx) => {
    const known = await trx.selectFrom('meetingParticipants').select(['id', 'kind', 'attendance', 'absenceReason'])
      .where('meetingId', '=', meetingId).where('id', 'in', ids).execute();
    const unknown = ids.filter((id) => !known.some((k) => k.id === id && k.kind !== 'unit'));
    if (unknown.length) throw new AppError(422, 'meeting.participant_unknown', { ids: unknown.join(', ') });
    for (const e of input.entries) {
      await trx.updateTable('meetingParticipants').set({
        attendance: e.attendance,
        absenceReason: e.attendance === 'absent_excused' ? e.absenceReason : null,
        checkedInAt: e.attendance === 'present' ? sql<string>`coalesce(checked_in_at, now())` : null,
        version: sql<number>`version + 1`,
        updatedAt: sql<string>`now()`,
      }).where('id', '=', e.participantId).execute();
    }
    return { result: null, before: known, after: input.entries };
  }, { refuseStates: ['cancelled', 'postponed'] });
  const m = await ctx.db.selectFrom('meetings').select(['id', 'kind', 'bodyId', 'startsAt']).where('id', '=', meetingId).executeTakeFirstOrThrow();
  return { participants: await loadParticipants(ctx.db, meetingId), quorum: await liveQuorum(ctx.db, m) };
}
