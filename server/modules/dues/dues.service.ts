import { randomUUID } from 'node:crypto';
import { type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, conflict, notFound } from '../../http/errors.ts';
import { organizationFor } from '../../http/scope.ts';
import { canAt } from '../../lib/roles.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { appendAudit } from '../audit/index.ts';
import { buildGrid } from './dues.grid.ts';
import { type CellRef, basesOf, findMemberInScope } from './dues.queries.ts';
import { DUES_RULE_KEYS, loadRules } from './dues.rules.ts';
import type { Grid, PaymentChange, SavePayments, SetBasis } from './dues.schema.ts';

export const readableCell = (ctx: Ctx, cellId: string): Promise<CellRef> => organizationFor(ctx.db, ctx.actor, cellId, 'members.read');

export async function getGrid(ctx: Ctx, cellId: string, year: number): Promise<Grid> {
  const cell = await readableCell(ctx, cellId);
  return buildGrid(ctx.db, cell, year, canAt(ctx.actor, 'members.write', cell.path));
}

/** Members whose payments this cell may record this year: its own, and those it already collected from. */
async function payableMembers(trx: Transaction<DB>, cellId: string, year: number, memberIds: string[]): Promise<Set<string>> {
  const rows = await trx
    .selectFrom('members as m')
    .select('m.id')
    .where('m.id', 'in', memberIds)
    .where((eb) =>
      eb.or([
        eb('m.cellId', '=', cellId),
        eb.exists(eb.selectFrom('duesPayments as d').select('d.id').whereRef('d.memberId', '=', 'm.id').where('d.cellId', '=', cellId).where('d.year', '=', year)),
      ]),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

const keyOf = (memberId: string, month: number) => `${memberId}:${month}`;

type Existing = { id: string; memberId: string; cellId: string; month: number; amount: number; paidOn: string; version: number };

type NewPayment = { id: string; memberId: string; cellId: string; year: number; month: number; amount: number; paidOn: string; recordedBy: string };

/**
 * Applies one changed cell. Edits and deletions are written at once (they carry a version); a new
 * payment is returned for the caller to insert with the others in one statement.
 */
async function applyChange(trx: Transaction<DB>, ctx: Ctx, cellId: string, year: number, c: PaymentChange, existing: Existing | undefined): Promise<NewPayment | null> {
  const stale = c.version === undefined ? existing !== undefined : existing?.version !== c.version;
  if (stale || (existing && existing.cellId !== cellId)) {
    throw conflict({ memberId: c.memberId, month: c.month, payment: existing ?? null });
  }
  if (c.amount === null) {
    if (existing) await trx.deleteFrom('duesPayments').where('id', '=', existing.id).execute();
    return null;
  }
  const paidOn = c.paidOn ?? existing?.paidOn ?? todayInVietnam();
  if (existing) {
    await trx
      .updateTable('duesPayments')
      .set({ amount: c.amount, paidOn, recordedBy: ctx.actor.userId, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })
      .where('id', '=', existing.id)
      .execute();
    return null;
  }
  return { id: randomUUID(), memberId: c.memberId, cellId, year, month: c.month, amount: c.amount, paidOn, recordedBy: ctx.actor.userId };
}

/**
 * Saves every changed cell of a grid in one transaction: all or nothing. A change made against a
 * version that is no longer current (or a month someone else filled meanwhile) fails the whole save
 * with 409 and the month as it is now.
 */
export async function savePayments(ctx: Ctx, input: SavePayments): Promise<Grid> {
  const cell = await organizationFor(ctx.db, ctx.actor, input.cellId, 'members.write');
  const keys = new Set(input.changes.map((c) => keyOf(c.memberId, c.month)));
  if (keys.size !== input.changes.length) throw new AppError(422, 'dues.duplicate_change');
  const memberIds = [...new Set(input.changes.map((c) => c.memberId))];
  await ctx.db.transaction().execute(async (trx) => {
    const allowed = await payableMembers(trx, cell.id, input.year, memberIds);
    if (memberIds.some((id) => !allowed.has(id))) throw notFound();
    const locked = (await trx
      .selectFrom('duesPayments')
      .select(['id', 'memberId', 'cellId', 'month', 'amount', 'paidOn', 'version'])
      .where('memberId', 'in', memberIds)
      .where('year', '=', input.year)
      .forUpdate()
      .execute()) as Existing[];
    const byKey = new Map(locked.map((p) => [keyOf(p.memberId, p.month), p]));
    const inserts: NewPayment[] = [];
    for (const c of input.changes) {
      const added = await applyChange(trx, ctx, cell.id, input.year, c, byKey.get(keyOf(c.memberId, c.month)));
      if (added) inserts.push(added);
    }
    // Ticking a year of months for a whole cell is hundreds of new rows: one statement per 500.
    for (let i = 0; i < inserts.length; i += 500) await trx.insertInto('duesPayments').values(inserts.slice(i, i + 500)).execute();
    const before = input.changes.map((c) => byKey.get(keyOf(c.memberId, c.month)) ?? { memberId: c.memberId, month: c.month, amount: null });
    await appendAudit(trx, ctx, {
      action: 'dues.payments_saved',
      entity: 'dues_cell_year',
      entityId: cell.id,
      scopePath: cell.path,
      before: { year: input.year, payments: before },
      after: { year: input.year, payments: input.changes.map(({ memberId, month, amount, paidOn }) => ({ memberId, month, amount, paidOn })) },
    });
  });
  return buildGrid(ctx.db, cell, input.year, true);
}

async function memberOrNotFound(ctx: Ctx, memberId: string, permission: 'members.read' | 'members.write') {
  const m = await findMemberInScope(ctx.db, ctx.actor, memberId, permission);
  if (!m) throw notFound();
  return m;
}

export async function getBases(ctx: Ctx, memberId: string) {
  await memberOrNotFound(ctx, memberId, 'members.read');
  return { memberId, data: (await basesOf(ctx.db, [memberId])).map(({ memberId: _m, ...b }) => b) };
}

/** Sets a member's dues basis from a month on; a basis already starting that month is replaced. */
export async function setBasis(ctx: Ctx, memberId: string, input: SetBasis) {
  const member = await memberOrNotFound(ctx, memberId, 'members.write');
  const validFrom = `${input.validFrom}-01`;
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('duesBases').selectAll().where('memberId', '=', memberId).where('validFrom', '=', validFrom).executeTakeFirst();
    await trx
      .insertInto('duesBases')
      .values({ id: randomUUID(), memberId, kind: input.kind, baseAmount: input.baseAmount, validFrom, createdBy: ctx.actor.userId })
      .onConflict((oc) => oc.columns(['memberId', 'validFrom']).doUpdateSet({ kind: input.kind, baseAmount: input.baseAmount, createdBy: ctx.actor.userId }))
      .execute();
    await appendAudit(trx, ctx, {
      action: 'dues.basis_set',
      entity: 'member',
      entityId: memberId,
      scopePath: member.path,
      before: before ?? null,
      after: { kind: input.kind, baseAmount: input.baseAmount, validFrom },
    });
  });
  return getBases(ctx, memberId);
}

export async function listRates(ctx: Ctx) {
  return { data: await loadRules(ctx.db, DUES_RULE_KEYS) };
}
