import { randomUUID } from 'node:crypto';
import { type Kysely, type Transaction, sql } from 'kysely';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { checkVersion } from '../../http/concurrency.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { canonicalJson } from '../../lib/canonical-json.ts';
import { canAt } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import { readableMeeting, writeMeeting } from './meetings.core.ts';
import { buildMinutesContent, completenessOf } from './meetings.minutes.build.ts';
import { type FoundMeeting, findMeeting, loadAgenda, loadParticipants, meetingById } from './meetings.queries.ts';
import { type Completeness, type Minutes, type Quorum, minutesContent } from './meetings.schema.ts';

/** Minutes (biên bản): drafted from the record, checked, approved by chair and secretary, corrected by new versions. */

const minutesColumns = [
  'id', 'meetingId', 'versionNo', 'status', 'content', 'correctionReason', 'chairApprovedBy', 'chairApprovedAt',
  'secretaryApprovedBy', 'secretaryApprovedAt', 'version', 'createdAt',
] as const;

function toMinutes(row: { content: unknown } & Omit<Minutes, 'content'>): Minutes {
  return { ...row, content: minutesContent.parse(row.content) };
}

export async function listMinutes(ctx: Ctx, meetingId: string): Promise<Minutes[]> {
  await readableMeeting(ctx, meetingId);
  const rows = await ctx.db.selectFrom('meetingMinutes').select(minutesColumns).where('meetingId', '=', meetingId).orderBy('versionNo', 'desc').execute();
  return rows.map(toMinutes);
}

export async function getMinutes(ctx: Ctx, meetingId: string, minutesId: string): Promise<Minutes> {
  await readableMeeting(ctx, meetingId);
  const row = await ctx.db.selectFrom('meetingMinutes').select(minutesColumns).where('id', '=', minutesId).where('meetingId', '=', meetingId).executeTakeFirst();
  if (!row) throw notFound();
  return toMinutes(row);
}

async function completenessIn(db: Kysely<DB>, m: FoundMeeting, lang: Ctx['lang']) {
  const [content, items, participants] = await Promise.all([buildMinutesContent(db, m), loadAgenda(db, m.id), loadParticipants(db, m.id)]);
  return { content, completeness: completenessOf(m, content, { items, participants }, lang) };
}

export async function checkCompleteness(ctx: Ctx, meetingId: string): Promise<Completeness> {
  const m = await readableMeeting(ctx, meetingId);
  return (await completenessIn(ctx.db, m, ctx.lang)).completeness;
}

/**
 * Drafts (or redrafts) the minutes inside a transaction: a draft is rewritten in place; approved minutes
 * are never touched, a correction is the next version with its reason. Exported for the demo data.
 */
export async function draftMinutesIn(trx: Transaction<DB>, m: FoundMeeting, userId: string | null, correctionReason?: string): Promise<string> {
  if (m.state !== 'held') throw new AppError(409, 'meeting.not_held');
  const content = json(await buildMinutesContent(trx, m));
  const latest = await trx.selectFrom('meetingMinutes').select(['id', 'versionNo', 'status']).where('meetingId', '=', m.id).orderBy('versionNo', 'desc').limit(1).executeTakeFirst();
  if (latest?.status === 'draft') {
    await trx.updateTable('meetingMinutes').set({ content, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', latest.id).execute();
    return latest.id;
  }
  if (latest && !correctionReason) throw new AppError(422, 'meeting.correction_reason_required');
  const id = randomUUID();
  await trx.insertInto('meetingMinutes').values({
    id, meetingId: m.id, versionNo: (latest?.versionNo ?? 0) + 1, content, correctionReason: latest ? (correctionReason ?? null) : null,
    chairApprovedBy: null, chairApprovedAt: null, secretaryApprovedBy: null, secretaryApprovedAt: null, createdBy: userId,
  }).execute();
  return id;
}

/**
 * Minutes of a past meeting approved on paper, entered afterwards (and the demo data's): drafted from
 * the record and approved by both signers at once.
 */
export async function recordApprovedMinutes(trx: Transaction<DB>, meetingId: string, userId: string | null): Promise<string> {
  const m = await meetingById(trx, meetingId);
  if (!m) throw notFound();
  const id = await draftMinutesIn(trx, m, userId);
  const content = (await trx.selectFrom('meetingMinutes').select('content').where('id', '=', id).executeTakeFirstOrThrow()).content as { quorum: Quorum };
  const at = m.endsAt;
  await trx.updateTable('meetingMinutes').set({ status: 'approved', chairApprovedBy: userId, chairApprovedAt: at, secretaryApprovedBy: userId, secretaryApprovedAt: at }).where('id', '=', id).execute();
  await trx.updateTable('meetings').set({ quorum: json(content.quorum) }).where('id', '=', meetingId).execute();
  return id;
}

export async function draftMinutes(ctx: Ctx, meetingId: string, input: { correctionReason?: string | undefined }): Promise<Minutes> {
  const id = await writeMeeting(ctx, meetingId, 'meeting.minutes_drafted', async (trx, m) => {
    const minutesId = await draftMinutesIn(trx, m, ctx.actor.userId, input.correctionReason);
    return { result: minutesId, after: { minutesId, correctionReason: input.correctionReason ?? null } };
  }, { allowFrozen: true, refuseStates: [] });
  return getMinutes(ctx, meetingId, id);
}

/** The chair or the secretary themselves, or someone who manages the meeting recording their approval. */
async function maySign(ctx: Ctx, m: FoundMeeting, as: 'chair' | 'secretary'): Promise<boolean> {
  if (canAt(ctx.actor, 'meetings.write', m.scopePath)) return true;
  if (!ctx.actor.personId) return false;
  const p = await ctx.db.selectFrom('meetingParticipants').select(['isChair', 'isSecretary'])
    .where('meetingId', '=', m.id).where('personId', '=', ctx.actor.personId).executeTakeFirst();
  return as === 'chair' ? Boolean(p?.isChair) : Boolean(p?.isSecretary);
}

export async function approveMinutes(ctx: Ctx, meetingId: string, minutesId: string, input: { version: number; as: 'chair' | 'secretary' }): Promise<Minutes> {
  const found = await readableMeeting(ctx, meetingId);
  if (!(await maySign(ctx, found, input.as))) throw new AppError(403, 'meeting.not_the_signer');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('meetings').select('id').where('id', '=', meetingId).forUpdate().execute();
    const m = await findMeeting(trx, ctx.actor, meetingId);
    if (!m) throw notFound();
    const row = await trx.selectFrom('meetingMinutes').selectAll().where('id', '=', minutesId).where('meetingId', '=', meetingId).forUpdate().executeTakeFirst();
    if (!row) throw notFound();
    const latest = await trx.selectFrom('meetingMinutes').select('id').where('meetingId', '=', meetingId).orderBy('versionNo', 'desc').limit(1).executeTakeFirst();
    if (row.status !== 'draft' || latest?.id !== row.id) throw new AppError(409, 'meeting.minutes_not_draft');
    checkVersion(row, input.version);
    const { content, completeness } = await completenessIn(trx, m, ctx.lang);
    // What is approved must be what the record says now: a change after drafting needs a redraft.
    if (canonicalJson(content) !== canonicalJson(row.content)) throw new AppError(409, 'meeting.minutes_stale');
    if (!completeness.complete) {
      throw new AppError(409, 'meeting.minutes_incomplete', { gaps: completeness.gaps.map((g) => g.message).join('; ') }, { gaps: completeness.gaps });
    }
    const now = new Date().toISOString();
    const signed = input.as === 'chair'
      ? { chairApprovedBy: ctx.actor.userId, chairApprovedAt: now }
      : { secretaryApprovedBy: ctx.actor.userId, secretaryApprovedAt: now };
    const both = input.as === 'chair' ? row.secretaryApprovedAt !== null : row.chairApprovedAt !== null;
    await trx.updateTable('meetingMinutes')
      .set({ ...signed, ...(both ? { status: 'approved' as const } : {}), version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })
      .where('id', '=', minutesId).execute();
    if (both) {
      // The approved version replaces earlier approved ones; the meeting keeps the quorum its minutes state.
      await trx.updateTable('meetingMinutes').set({ status: 'superseded' }).where('meetingId', '=', meetingId).where('status', '=', 'approved').where('id', '!=', minutesId).execute();
      await trx.updateTable('meetings').set({ quorum: json(content.quorum), updatedAt: sql<string>`now()` }).where('id', '=', meetingId).execute();
    }
    await appendAudit(trx, ctx, {
      action: both ? 'meeting.minutes_approved' : `meeting.minutes_signed_${input.as}`,
      entity: 'meeting', entityId: meetingId, scopePath: m.scopePath,
      after: { minutesId, versionNo: row.versionNo, as: input.as, approved: both },
    });
  });
  return getMinutes(ctx, meetingId, minutesId);
}
