import { randomUUID } from 'node:crypto';
import { type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { checkVersion } from '../../http/concurrency.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { organizationFor } from '../../http/scope.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { canAt } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import { findMemberInScope } from '../dues/index.ts';
import { loadRules } from '../rules/index.ts';
import { type FoundEntry, findEntry, memberRatings, roundEntries } from './ratings.queries.ts';
import { RATING_RULE_KEYS, levelForScore, quotaOf, rank, scoreBands } from './ratings.rules.ts';
import type { DecisionInput, RatingLevel, Round, SelfInput } from './ratings.schema.ts';

/** Members rated in a round: those with full rights or on probation in the organization that year. */
const RATED_STATUSES = ['official', 'probationary'];

/** The committee that decides is the parent: its path is this one without the last segment ('/a/b/' -> '/a/'). */
const parentPathOf = (path: string) => path.slice(0, path.lastIndexOf('/', path.length - 2) + 1);

export async function getRound(ctx: Ctx, organizationId: string, year: number): Promise<Round> {
  const org = await organizationFor(ctx.db, ctx.actor, organizationId, 'members.read');
  const r = await ctx.db.selectFrom('ratingRounds').select('id').where('organizationId', '=', org.id).where('year', '=', year).executeTakeFirst();
  if (!r) throw notFound();
  const [rules, entries] = await Promise.all([loadRules(ctx.db, RATING_RULE_KEYS), roundEntries(ctx.db, r.id)]);
  return {
    id: r.id,
    organizationId: org.id,
    organizationName: org.name,
    year,
    canPropose: canAt(ctx.actor, 'members.write', org.path),
    canDecide: org.parentId !== null && canAt(ctx.actor, 'members.write', parentPathOf(org.path)),
    scoreBands: scoreBands(rules, year),
    quota: quotaOf(rules, year, entries.filter((e) => e.memberId).map((e) => e.decidedLevel)),
    entries,
  };
}

/** Opens the year's round of an organization: one entry per rated member, and one for the organization. */
export async function createRound(ctx: Ctx, organizationId: string, year: number): Promise<Round> {
  const org = await organizationFor(ctx.db, ctx.actor, organizationId, 'members.write');
  await ctx.db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('ratingRounds').select('id').where('organizationId', '=', org.id).where('year', '=', year).executeTakeFirst();
    if (exists) throw new AppError(409, 'rating.round_exists', { year });
    const id = randomUUID();
    await trx.insertInto('ratingRounds').values({ id, organizationId: org.id, year, createdBy: ctx.actor.userId }).execute();
    const members = await trx.selectFrom('members').select('id').where('cellId', '=', org.id).where('status', 'in', RATED_STATUSES).execute();
    await trx
      .insertInto('ratingEntries')
      .values([{ id: randomUUID(), roundId: id, memberId: null }, ...members.map((m) => ({ id: randomUUID(), roundId: id, memberId: m.id }))])
      .execute();
    await appendAudit(trx, ctx, { action: 'rating.round_created', entity: 'rating_round', entityId: id, scopePath: org.path, after: { organizationId: org.id, year, members: members.length } });
  });
  return getRound(ctx, org.id, year);
}

type Step = 'self' | 'proposal' | 'decision';

/** Locks the entry, checks its version, applies the patch and audits it: one transaction per step. */
async function updateEntry(ctx: Ctx, id: string, step: Step, version: number, patch: (trx: Transaction<DB>, before: FoundEntry) => Promise<Record<string, unknown>>) {
  const found = await findEntry(ctx.db, ctx.actor, id);
  if (!found) throw notFound();
  const own = found.personId !== null && found.personId === ctx.actor.personId;
  const allowed =
    step === 'decision' ? found.parentPath !== null && canAt(ctx.actor, 'members.write', found.parentPath)
    : canAt(ctx.actor, 'members.write', found.path) || (step === 'self' && own);
  if (!allowed) throw step === 'self' ? new AppError(403, 'rating.not_cell_member') : forbidden();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('ratingEntries').select('id').where('id', '=', id).forUpdate().execute();
    const before = checkVersion(await findEntry(trx, ctx.actor, id), version);
    const set = await patch(trx, before);
    await trx.updateTable('ratingEntries').set({ ...set, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: `rating.${step}`, entity: 'rating_entry', entityId: id, scopePath: found.path, before, after: set });
  });
  const after = await findEntry(ctx.db, ctx.actor, id);
  if (!after) throw notFound();
  return after;
}

/** The self-assessment: a score on the 100-point scale and a level no better than the score's band. */
export async function selfAssess(ctx: Ctx, id: string, input: SelfInput) {
  return updateEntry(ctx, id, 'self', input.version, async (trx, before) => {
    const bands = scoreBands(await loadRules(trx, RATING_RULE_KEYS), before.year);
    const byScore = input.score === null ? null : levelForScore(bands, input.score);
    if (input.level && byScore && rank(input.level) < rank(byScore)) throw new AppError(422, 'rating.level_above_score', { score: input.score ?? 0 });
    return { selfScore: input.score, selfLevel: input.level ?? byScore, selfNote: input.note, selfBy: ctx.actor.userId };
  });
}

export async function propose(ctx: Ctx, id: string, input: { version: number; level: RatingLevel | null }) {
  return updateEntry(ctx, id, 'proposal', input.version, async () => ({ proposedLevel: input.level, proposedBy: ctx.actor.userId }));
}

/**
 * The committee's decision. Deciding "excellent" beyond the quota (a share of those rated good or
 * above in the round) is refused with the numbers, unless the committee confirms it knowingly.
 */
export async function decide(ctx: Ctx, id: string, input: DecisionInput) {
  return updateEntry(ctx, id, 'decision', input.version, async (trx, before) => {
    if (before.memberId && input.level === 'hoan_thanh_xuat_sac' && !input.overrideQuota) {
      const others = await trx.selectFrom('ratingEntries').select('decidedLevel').where('roundId', '=', before.roundId).where('memberId', 'is not', null).where('id', '!=', id).execute();
      const q = quotaOf(await loadRules(trx, RATING_RULE_KEYS), before.year, [...others.map((o) => o.decidedLevel), input.level]);
      if (q.exceeded) throw new AppError(409, 'rating.quota_exceeded', { excellent: q.excellent, goodOrAbove: q.goodOrAbove, max: q.max }, { quota: q });
    }
    return { decidedLevel: input.level, decidedBy: ctx.actor.userId, decidedOn: input.level ? todayInVietnam() : null };
  });
}

export async function memberHistory(ctx: Ctx, memberId: string) {
  const m = await findMemberInScope(ctx.db, ctx.actor, memberId, 'members.read');
  if (!m) throw notFound();
  return { memberId, data: await memberRatings(ctx.db, memberId) };
}
