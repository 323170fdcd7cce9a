import { randomUUID } from 'node:crypto';
import { type Transaction, sql } from 'kysely';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import { checkVersion } from '../../http/concurrency.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { appendAudit } from '../audit/index.ts';
import { findOrganization, organizationColumns, visibleOrganizations } from './organizations.queries.ts';
import type { CreateOrganization, Organization, UpdateOrganization } from './organizations.schema.ts';

type EventKind = 'created' | 'renamed' | 'moved' | 'merged' | 'absorbed' | 'dissolved';

async function recordEvent(
  trx: Transaction<DB>,
  organizationId: string,
  kind: EventKind,
  occurredOn: string,
  details: Record<string, unknown>,
  note: string | null = null,
) {
  await trx
    .insertInto('organizationEvents')
    .values({ id: randomUUID(), organizationId, kind, occurredOn, details: json(details), note })
    .execute();
}

/** Reads the organization for writing: in the actor's write scope, locked for this transaction. */
async function lockForWrite(trx: Transaction<DB>, ctx: Ctx, id: string): Promise<Organization | undefined> {
  return (await visibleOrganizations(trx, ctx.actor, 'organizations.write')
    .select(organizationColumns)
    .where('o.id', '=', id)
    .forUpdate()
    .executeTakeFirst()) as Organization | undefined;
}

async function writableParent(trx: Transaction<DB>, ctx: Ctx, parentId: string) {
  const parent = await lockForWrite(trx, ctx, parentId);
  if (!parent) throw notFound();
  if (parent.dissolvedOn) throw new AppError(422, 'organization.dissolved');
  return parent;
}

export async function createOrganization(ctx: Ctx, input: CreateOrganization): Promise<Organization> {
  return ctx.db.transaction().execute(async (trx) => {
    const id = randomUUID();
    let path = `/${id}/`;
    let depth = 0;
    if (input.parentId) {
      const parent = await writableParent(trx, ctx, input.parentId);
      path = `${parent.path}${id}/`;
      depth = parent.depth + 1;
    } else if (!ctx.actor.isSystemAdmin) {
      throw new AppError(403, 'organization.root_exists');
    }
    await trx.insertInto('organizations').values({ id, path, depth, ...input }).execute();
    await recordEvent(trx, id, 'created', input.foundedOn ?? todayInVietnam(), { name: input.name, parentId: input.parentId });
    const created = (await trx
      .selectFrom('organizations as o')
      .select(organizationColumns)
      .where('o.id', '=', id)
      .executeTakeFirstOrThrow()) as Organization;
    await appendAudit(trx, ctx, { action: 'organization.created', entity: 'organization', entityId: id, scopePath: path, after: created });
    return created;
  });
}

async function saveAndAudit(
  trx: Transaction<DB>,
  ctx: Ctx,
  before: Organization,
  action: string,
  patch: Partial<Pick<Organization, 'name' | 'shortName' | 'code' | 'sortOrder' | 'dissolvedOn' | 'mergedIntoId'>>,
): Promise<Organization> {
  const after = (await trx
    .updateTable('organizations as o')
    .set({ ...patch, version: sql<number>`o.version + 1`, updatedAt: sql<string>`now()` })
    .where('o.id', '=', before.id)
    .returning(organizationColumns)
    .executeTakeFirstOrThrow()) as Organization;
  await appendAudit(trx, ctx, { action, entity: 'organization', entityId: before.id, scopePath: after.path, before, after });
  return after;
}

export async function updateOrganization(ctx: Ctx, id: string, input: UpdateOrganization): Promise<Organization> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = checkVersion(await lockForWrite(trx, ctx, id), input.version);
    const { version: _v, effectiveOn, ...patch } = input;
    if (patch.name !== undefined && patch.name !== before.name) {
      await recordEvent(trx, id, 'renamed', effectiveOn ?? todayInVietnam(), { from: before.name, to: patch.name });
    }
    return saveAndAudit(trx, ctx, before, 'organization.updated', patch);
  });
}

export async function moveOrganization(
  ctx: Ctx,
  id: string,
  input: { version: number; parentId: string; effectiveOn: string; note: string | null },
): Promise<Organization> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = checkVersion(await lockForWrite(trx, ctx, id), input.version);
    const parent = await writableParent(trx, ctx, input.parentId);
    if (parent.path.startsWith(before.path)) throw new AppError(422, 'organization.cycle');
    const newPath = `${parent.path}${id}/`;
    const depthDelta = parent.depth + 1 - before.depth;
    // The whole subtree follows: every descendant's path prefix and depth change in one statement.
    await trx
      .updateTable('organizations')
      .set({
        path: sql<string>`${newPath} || substr(path, ${before.path.length + 1})`,
        depth: sql<number>`depth + ${depthDelta}`,
      })
      .where('path', 'like', `${before.path}%`)
      .execute();
    await trx.updateTable('organizations').set({ parentId: parent.id }).where('id', '=', id).execute();
    await recordEvent(trx, id, 'moved', input.effectiveOn, { fromParentId: before.parentId, toParentId: parent.id }, input.note);
    return saveAndAudit(trx, ctx, before, 'organization.moved', {});
  });
}

export async function dissolveOrganization(
  ctx: Ctx,
  id: string,
  input: { version: number; effectiveOn: string; note: string | null; intoId?: string },
): Promise<Organization> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = checkVersion(await lockForWrite(trx, ctx, id), input.version);
    if (before.dissolvedOn) throw new AppError(422, 'organization.dissolved');
    const activeChildren = await trx
      .selectFrom('organizations')
      .select('id')
      .where('parentId', '=', id)
      .where('dissolvedOn', 'is', null)
      .limit(1)
      .executeTakeFirst();
    if (activeChildren) throw new AppError(422, 'organization.has_active_children');
    if (input.intoId) {
      if (input.intoId === id) throw new AppError(422, 'organization.cycle');
      const target = await writableParent(trx, ctx, input.intoId);
      await recordEvent(trx, id, 'merged', input.effectiveOn, { intoId: target.id, intoName: target.name }, input.note);
      await recordEvent(trx, target.id, 'absorbed', input.effectiveOn, { fromId: id, fromName: before.name }, input.note);
      return saveAndAudit(trx, ctx, before, 'organization.merged', { dissolvedOn: input.effectiveOn, mergedIntoId: target.id });
    }
    await recordEvent(trx, id, 'dissolved', input.effectiveOn, {}, input.note);
    return saveAndAudit(trx, ctx, before, 'organization.dissolved', { dissolvedOn: input.effectiveOn });
  });
}

export async function getOrganization(ctx: Ctx, id: string): Promise<Organization> {
  const org = await findOrganization(ctx.db, ctx.actor, id);
  if (!org) throw notFound();
  return org;
}
