import { type Kysely, type Transaction, sql } from 'kysely';
import { CELL_MEETING_KINDS, type MeetingKind } from '../../../common/enums.ts';
import { vietnamClock } from '../../../common/vietnamese.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { appendAudit } from '../audit/index.ts';
import { ruleOn } from '../rules/index.ts';
import { type FoundMeeting, findMeeting, latestMinutes, loadParticipants } from './meetings.queries.ts';
import { type QuorumBasis, computeQuorum } from './meetings.quorum.ts';
import type { Quorum } from './meetings.schema.ts';

/** Shared by every write on a meeting: scope, lock, the frozen check, the audit row. */

/** The meeting's day in Vietnam: rules, member statuses and titles are taken on this day. */
export const meetingDay = (m: { startsAt: string }) => vietnamClock(m.startsAt).day;

export function quorumBasis(m: { kind: MeetingKind; bodyId: string | null }): QuorumBasis {
  if (CELL_MEETING_KINDS.includes(m.kind)) return 'cell';
  return m.bodyId ? 'body' : 'none';
}

export async function liveQuorum(db: Kysely<DB>, m: { id: string; kind: MeetingKind; bodyId: string | null; startsAt: string }): Promise<Quorum> {
  const [participants, share] = await Promise.all([loadParticipants(db, m.id), ruleOn(db, 'meeting.quorum_share', meetingDay(m))]);
  return computeQuorum(participants, quorumBasis(m), share);
}

/** Approved minutes freeze the record until a correction opens a new version. */
export async function isFrozen(db: Kysely<DB>, meetingId: string): Promise<boolean> {
  return (await latestMinutes(db, meetingId))?.status === 'approved';
}

export interface WriteOptions {
  /** Refuse in these states (default: cancelled). */
  refuseStates?: readonly string[];
  /** Allowed on a frozen record (drafting a correction is). */
  allowFrozen?: boolean;
}

/**
 * Runs `fn` in one transaction on a meeting the actor may write: the meeting row is locked, approved
 * minutes refuse the change (meeting.minutes_frozen), the audit row is appended with what `fn` returns,
 * and the meeting's updated_at moves so lists filtered by modifiedSince see it.
 */
export async function writeMeeting<T>(
  ctx: Ctx,
  meetingId: string,
  action: string,
  fn: (trx: Transaction<DB>, meeting: FoundMeeting) => Promise<{ result: T; before?: unknown; after?: unknown }>,
  options: WriteOptions = {},
): Promise<T> {
  const found = await findMeeting(ctx.db, ctx.actor, meetingId, 'meetings.write');
  if (!found) {
    // Readable but not writable: forbidden; not even readable: not found.
    if (await findMeeting(ctx.db, ctx.actor, meetingId)) throw new AppError(403, 'auth.forbidden');
    throw notFound();
  }
  return ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('meetings').select('id').where('id', '=', meetingId).forUpdate().execute();
    const meeting = await findMeeting(trx, ctx.actor, meetingId, 'meetings.write');
    if (!meeting) throw notFound();
    if ((options.refuseStates ?? ['cancelled']).includes(meeting.state)) {
      throw new AppError(409, 'meeting.state_forbids', { state: meeting.state });
    }
    if (!options.allowFrozen && (await isFrozen(trx, meetingId))) throw new AppError(409, 'meeting.minutes_frozen');
    const { result, before, after } = await fn(trx, meeting);
    await trx.updateTable('meetings').set({ updatedAt: sql<string>`now()` }).where('id', '=', meetingId).execute();
    await appendAudit(trx, ctx, {
      action,
      entity: 'meeting',
      entityId: meetingId,
      scopePath: meeting.scopePath,
      before: before ?? null,
      after: after ?? result ?? null,
    });
    return result;
  });
}

export async function readableMeeting(ctx: Ctx, id: string): Promise<FoundMeeting> {
  const m = await findMeeting(ctx.db, ctx.actor, id);
  if (!m) throw notFound();
  return m;
}
