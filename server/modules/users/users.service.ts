import { randomUUID } from 'node:crypto';
import { type Transaction, sql } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { checkVersion } from '../../http/concurrency.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { organizationFor } from '../../http/scope.ts';
import { canAnywhere } from '../../lib/roles.ts';
import { hashPassword, isStrongPassword } from '../../lib/secrets.ts';
import { appendAudit } from '../audit/index.ts';
import { findUser } from './users.queries.ts';
import type { User, createUserBody, grantInput, updateUserBody } from './users.schema.ts';

/** Managing accounts needs users.manage; a grant can only be given inside the manager's own scope. */
export function assertManager(ctx: Ctx) {
  if (!canAnywhere(ctx.actor, 'users.manage')) throw forbidden();
}

async function assertGrantable(trx: Transaction<DB>, ctx: Ctx, organizationId: string) {
  await organizationFor(trx, ctx.actor, organizationId, 'users.manage');
}

async function loadOrThrow(trx: Transaction<DB>, id: string): Promise<User> {
  const u = await findUser(trx, id);
  if (!u) throw notFound();
  return u;
}

export async function getUser(ctx: Ctx, id: string) {
  assertManager(ctx);
  const u = await findUser(ctx.db, id);
  if (!u) throw notFound();
  return u;
}

export async function createUser(ctx: Ctx, input: z.infer<typeof createUserBody>): Promise<User> {
  assertManager(ctx);
  if (!isStrongPassword(input.password)) throw new AppError(400, 'auth.weak_password');
  const taken = await ctx.db.selectFrom('users').select('id').where(sql<string>`lower(username)`, '=', input.username.toLowerCase()).executeTakeFirst();
  if (taken) throw new AppError(409, 'user.username_taken');
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  return ctx.db.transaction().execute(async (trx) => {
    const { grants, password: _p, ...fields } = input;
    await trx.insertInto('users').values({ id, ...fields, passwordHash }).execute();
    for (const g of grants) {
      await assertGrantable(trx, ctx, g.organizationId);
      await trx.insertInto('roleGrants').values({ id: randomUUID(), userId: id, ...g }).execute();
    }
    const created = await loadOrThrow(trx, id);
    await appendAudit(trx, ctx, { action: 'user.created', entity: 'user', entityId: id, after: created });
    return created;
  });
}

export async function updateUser(ctx: Ctx, id: string, input: z.infer<typeof updateUserBody>): Promise<User> {
  assertManager(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('users').select('id').where('id', '=', id).forUpdate().execute();
    const before = checkVersion(await findUser(trx, id), input.version);
    const { version: _v, ...patch } = input;
    await trx.updateTable('users').set({ ...patch, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    const after = await loadOrThrow(trx, id);
    await appendAudit(trx, ctx, { action: 'user.updated', entity: 'user', entityId: id, before, after });
    return after;
  });
}

export async function setDisabled(ctx: Ctx, id: string, disabled: boolean): Promise<User> {
  assertManager(ctx);
  if (disabled && id === ctx.actor.userId) throw new AppError(422, 'user.cannot_disable_self');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadOrThrow(trx, id);
    await trx
      .updateTable('users')
      .set({ disabledAt: disabled ? sql<string>`now()` : null, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })
      .where('id', '=', id)
      .execute();
    // A disabled account is logged out everywhere at once.
    if (disabled) await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    const after = await loadOrThrow(trx, id);
    await appendAudit(trx, ctx, { action: disabled ? 'user.disabled' : 'user.enabled', entity: 'user', entityId: id, before, after });
    return after;
  });
}

export async function addGrant(ctx: Ctx, userId: string, grant: z.infer<typeof grantInput>): Promise<User> {
  assertManager(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadOrThrow(trx, userId);
    await assertGrantable(trx, ctx, grant.organizationId);
    if (before.grants.some((g) => g.role === grant.role && g.organizationId === grant.organizationId)) {
      throw new AppError(409, 'resource.duplicate');
    }
    await trx.insertInto('roleGrants').values({ id: randomUUID(), userId, ...grant }).execute();
    const after = await loadOrThrow(trx, userId);
    await appendAudit(trx, ctx, { action: 'role.granted', entity: 'user', entityId: userId, before, after });
    return after;
  });
}

export async function removeGrant(ctx: Ctx, userId: string, grantId: string): Promise<User> {
  assertManager(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadOrThrow(trx, userId);
    const grant = before.grants.find((g) => g.id === grantId);
    if (!grant) throw notFound();
    await assertGrantable(trx, ctx, grant.organizationId);
    await trx.deleteFrom('roleGrants').where('id', '=', grantId).execute();
    const after = await loadOrThrow(trx, userId);
    await appendAudit(trx, ctx, { action: 'role.revoked', entity: 'user', entityId: userId, before, after });
    return after;
  });
}

export async function resetPassword(ctx: Ctx, userId: string, newPassword: string): Promise<void> {
  assertManager(ctx);
  if (!isStrongPassword(newPassword)) throw new AppError(400, 'auth.weak_password');
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await loadOrThrow(trx, userId);
    await trx.updateTable('users').set({ passwordHash, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', userId).execute();
    await trx.deleteFrom('sessions').where('userId', '=', userId).execute();
    await appendAudit(trx, ctx, { action: 'user.password_reset', entity: 'user', entityId: userId });
  });
}
