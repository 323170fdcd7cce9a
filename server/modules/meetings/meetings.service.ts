import { randomUUID } from 'node:crypto';
import { type Transaction, sql } from 'kysely';
import { CELL_MEETING_KINDS, isCellKind, type MeetingState } from '../../../common/enums.ts';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type Page, type PageParams, paginate } from '../../http/paging.ts';
import { appendAudit } from '../audit/index.ts';
import { ruleOn } from '../rules/index.ts';
import { organizationFor } from '../../http/scope.ts';
import { isFrozen, liveQuorum, meetingDay, readableMeeting, writeMeeting } from './meetings.core.ts';
import { inviteMembers, bodyFor, defaultTitle, nextOrdinal, termOn } from './meetings.planning.ts';
import {
  findMeeting, latestMinutes, loadAdoptedDocuments, loadAgenda, loadConclusions, loadParticipants, loadVotes,
  summaryColumns, visibleMeetings,
} from './meetings.queries.ts';
import type { CreateMeeting, Meeting, MeetingSummary, Quorum, StateInput, UpdateMeeting } from './meetings.schema.ts';
import { canAt } from '../../lib/roles.ts';

export interface MeetingFilter {
  organizationId?: string | undefined;
  subtree?: 'true' | 'false' | undefined;
  kind?: MeetingSummary['kind'] | undefined;
  state?: MeetingSummary['state'] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  modifiedSince?: string | undefined;
}

/** Day bounds in Vietnam time: a meeting 'on' 2026-11-05 starts between 05 00:00 and 06 00:00 at UTC+7. */
const dayStart = (day: string) => `${day}T00:00:00+07:00`;

export async function listMeetings(ctx: Ctx, f: MeetingFilter, page: PageParams): Promise<Page<MeetingSummary>> {
  let q = visibleMeetings(ctx.db, ctx.actor).select(summaryColumns);
  if (f.organizationId) {
    const org = await organizationFor(ctx.db, ctx.actor, f.organizationId, 'organizations.read');
    q = f.subtree === 'false' ? q.where('m.organizationId', '=', org.id) : q.where('m.scopePath', 'like', `${org.path}%`);
  }
  if (f.kind) q = q.where('m.kind', '=', f.kind);
  if (f.state) q = q.where('m.state', '=', f.state);
  if (f.from) q = q.where('m.startsAt', '>=', dayStart(f.from));
  if (f.to) q = q.where('m.startsAt', '<', sql<string>`${dayStart(f.to)}::timestamptz + interval '1 day'`);
  if (f.modifiedSince) q = q.where('m.updatedAt', '>=', f.modifiedSince);
  if (f.q) q = q.where(sql<boolean>`m.title_fold LIKE '%' || vn_fold(${f.q}) || '%'`);
  return paginate(q, page, {
    default: '-startsAt',
    id: sql`m.id`,
    columns: {
      startsAt: { expr: sql`m.starts_at`, value: (r) => r.startsAt },
      title: { expr: sql`m.title`, value: (r) => r.title },
      updatedAt: { expr: sql`m.updated_at`, value: (r) => r.updatedAt },
    },
  });
}

function checkTimes(startsAt: string, endsAt: string) {
  if (new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
    throw new AppError(422, 'meeting.ends_before_start');
  }
}

export async function createMeeting(ctx: Ctx, input: CreateMeeting): Promise<Meeting> {
  checkTimes(input.startsAt, input.endsAt);
  // Seen but not writable: 403; not seen at all: the reference is invalid.
  const org = await organizationFor(ctx.db, ctx.actor, input.organizationId, 'meetings.write', {
    visibleWith: 'organizations.read',
    notVisible: () => new AppError(422, 'resource.reference_invalid'),
  });
  if (CELL_MEETING_KINDS.includes(input.kind) && !isCellKind(org.kind)) {
    throw new AppError(422, 'meeting.kind_not_for_organization');
  }
  const id = randomUUID();
  const day = meetingDay(input);
  await ctx.db.transaction().execute(async (trx) => {
    const term = await termOn(trx, org.id, day);
    const bodyId = input.bodyId === undefined ? await bodyFor(trx, org.id, input.kind, day) : input.bodyId;
    if (bodyId) {
      const body = await trx.selectFrom('bodies').select('organizationId').where('id', '=', bodyId).executeTakeFirst();
      if (body?.organizationId !== org.id) throw new AppError(422, 'resource.reference_invalid');
    }
    const ordinal = input.ordinal === undefined ? await nextOrdinal(trx, org.id, input.kind, term?.id ?? null) : input.ordinal;
    const title = input.title ?? defaultTitle(input.kind, org.name, day, ordinal);
    const row = {
      id, organizationId: org.id, scopePath: org.path, bodyId, termId: term?.id ?? null, kind: input.kind, ordinal, title,
      startsAt: input.startsAt, endsAt: input.endsAt, place: input.place, stateReason: null, postponedFrom: null,
      quorum: null, closedAt: null, createdBy: ctx.actor.userId, deletedAt: null,
    };
    await trx.insertInto('meetings').values(row).execute();
    const invited = input.inviteMembers ? await inviteMembers(trx, { id, kind: input.kind, organizationId: org.id, bodyId }, day) : 0;
    if (input.useAgendaTemplate) await startAgenda(trx, id, input.kind, day);
    await appendAudit(trx, ctx, { action: 'meeting.created', entity: 'meeting', entityId: id, scopePath: org.path, after: { ...row, invited } });
  });
  return getMeeting(ctx, id);
}

/** A cell's monthly meeting starts from the monthly order (a rule value, editable); other kinds start empty. */
async function startAgenda(trx: Transaction<DB>, meetingId: string, kind: CreateMeeting['kind'], day: string) {
  if (kind !== 'cell_regular') return;
  const template = await ruleOn(trx, 'meeting.monthly_agenda', day);
  await trx.insertInto('meetingAgendaItems')
    .values(template.items.map((title, position) => ({ id: randomUUID(), meetingId, parentId: null, position, title, presenter: null, notes: null, result: null, documents: json([]), deletedAt: null })))
    .execute();
}

export async function getMeeting(ctx: Ctx, id: string): Promise<Meeting> {
  const m = await readableMeeting(ctx, id);
  const [participants, agenda, votes, adoptedDocuments, conclusions, quorum, minutes, frozen] = await Promise.all([
    loadParticipants(ctx.db, id), loadAgenda(ctx.db, id), loadVotes(ctx.db, id), loadAdoptedDocuments(ctx.db, id),
    loadConclusions(ctx.db, id), liveQuorum(ctx.db, m), latestMinutes(ctx.db, id), isFrozen(ctx.db, id),
  ]);
  const { organizationKind: _k, organizationParentId: _p, scopePath: _s, ...meeting } = m;
  return {
    ...meeting, participants, agenda, votes, adoptedDocuments, conclusions, quorum,
    minutes: minutes ?? null,
    frozen,
    canEdit: canAt(ctx.actor, 'meetings.write', m.scopePath) && !frozen && m.state !== 'cancelled',
  };
}

export async function updateMeeting(ctx: Ctx, id: string, input: UpdateMeeting): Promise<Meeting> {
  await writeMeeting(ctx, id, 'meeting.updated', async (trx, m) => {
    checkVersion(m, input.version);
    const { version: _v, ...patch } = input;
    checkTimes(patch.startsAt ?? m.startsAt, patch.endsAt ?? m.endsAt);
    await trx.updateTable('meetings').set({ ...patch, version: sql<number>`version + 1` }).where('id', '=', id).execute();
    return { result: null, before: m, after: patch };
  });
  return getMeeting(ctx, id);
}

/** Where each state may go; cancelled and held are final (a held meeting is corrected through its minutes). */
const TRANSITIONS: Record<MeetingState, readonly MeetingState[]> = {
  planned: ['invited', 'held', 'cancelled', 'postponed'],
  invited: ['held', 'cancelled', 'postponed'],
  postponed: ['planned', 'invited', 'cancelled', 'postponed'],
  held: [],
  cancelled: [],
};

export async function changeState(ctx: Ctx, id: string, input: StateInput): Promise<Meeting> {
  await writeMeeting(ctx, id, `meeting.${input.state}`, async (trx, m) => {
    checkVersion(m, input.version);
    if (!TRANSITIONS[m.state].includes(input.state)) {
      throw new AppError(409, 'meeting.invalid_transition', { from: m.state, to: input.state });
    }
    const needsReason = input.state === 'cancelled' || input.state === 'postponed';
    if (needsReason && !input.reason) {
      throw new AppError(422, 'meeting.reason_required');
    }
    const startsAt = input.startsAt ?? m.startsAt;
    const endsAt = input.endsAt ?? m.endsAt;
    checkTimes(startsAt, endsAt);
    const moved = startsAt !== m.startsAt;
    const set = {
      state: input.state,
      stateReason: needsReason ? input.reason : m.stateReason,
      startsAt,
      endsAt,
      ...(moved ? { postponedFrom: m.startsAt } : {}),
      ...(input.state === 'held' ? { closedAt: sql<string>`now()` } : {}),
    };
    await trx.updateTable('meetings').set({ ...set, version: sql<number>`version + 1` }).where('id', '=', id).execute();
    return { result: null, before: { state: m.state, startsAt: m.startsAt }, after: { ...set, closedAt: undefined } };
  }, { refuseStates: [] });
  return getMeeting(ctx, id);
}

export async function getQuorum(ctx: Ctx, id: string): Promise<Quorum> {
  const m = await findMeeting(ctx.db, ctx.actor, id);
  if (!m) throw notFound();
  return liveQuorum(ctx.db, m);
}
