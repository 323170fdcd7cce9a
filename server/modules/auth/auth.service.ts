import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import type { Ctx } from '../../http/context.ts';
import { hashPassword, isStrongPassword, newSecret, sha256, verifyPassword } from '../../lib/secrets.ts';
import { appendAudit } from '../audit/index.ts';
import { type ThrottleLimits, checkThrottle, recordAttempt } from './auth.throttle.ts';

// A hash to verify against when the user does not exist, so timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
  sessionDays: number;
  requestId: string;
  limits: ThrottleLimits;
}

export async function login(db: Kysely<DB>, input: LoginInput): Promise<{ token: string; userId: string }> {
  await checkThrottle(db, input.username, input.ip, input.limits);
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'passwordHash', 'disabledAt'])
    .where(sql<string>`lower(username)`, '=', input.username.toLowerCase())
    .executeTakeFirst();
  dummyHash ??= hashPassword(newSecret());
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  const success = Boolean(user && ok && !user.disabledAt);
  await recordAttempt(db, input.username, input.ip, success, input.limits);
  if (!success || !user) throw new AppError(401, 'auth.invalid_credentials');

  const token = newSecret();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sessions')
      .values({
        id: sha256(token),
        userId: user.id,
        expiresAt: sql<string>`now() + make_interval(days => ${input.sessionDays})`,
        ip: input.ip,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    await trx.updateTable('users').set({ lastLoginAt: sql<string>`now()` }).where('id', '=', user.id).execute();
    await appendAudit(
      trx,
      { actor: null, label: user.username, requestId: input.requestId },
      { action: 'auth.login', entity: 'user', entityId: user.id, after: { ip: input.ip } },
    );
  });
  return { token, userId: user.id };
}

export async function logout(ctx: Ctx): Promise<void> {
  if (!ctx.actor.sessionId) return;
  const sessionId = ctx.actor.sessionId;
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id', '=', sessionId).execute();
    await appendAudit(trx, ctx, { action: 'auth.logout', entity: 'user', entityId: ctx.actor.userId });
  });
}

export async function changePassword(ctx: Ctx, currentPassword: string, newPassword: string): Promise<void> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['passwordHash'])
    .where('id', '=', ctx.actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw new AppError(400, 'auth.wrong_password');
  if (!isStrongPassword(newPassword)) throw new AppError(400, 'auth.weak_password');
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ passwordHash, updatedAt: sql<string>`now()`, version: sql<number>`version + 1` })
      .where('id', '=', ctx.actor.userId)
      .execute();
    // Every other session ends: a changed password must lock out whoever knew the old one.
    let others = trx.deleteFrom('sessions').where('userId', '=', ctx.actor.userId);
    if (ctx.actor.sessionId) others = others.where('id', '!=', ctx.actor.sessionId);
    await others.execute();
    await appendAudit(trx, ctx, { action: 'user.password_changed', entity: 'user', entityId: ctx.actor.userId });
  });
}

export async function createApiToken(ctx: Ctx, name: string, expiresOn: string | null) {
  const token = newSecret('ct_');
  const id = randomUUID();
  const row = {
    id,
    userId: ctx.actor.userId,
    name,
    tokenHash: sha256(token),
    prefix: token.slice(0, 8),
    expiresAt: expiresOn ? `${expiresOn}T23:59:59+07:00` : null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('apiTokens').values(row).execute();
    await appendAudit(trx, ctx, {
      action: 'api_token.created',
      entity: 'api_token',
      entityId: id,
      after: { name, prefix: row.prefix, expiresAt: row.expiresAt },
    });
  });
  return { id, name, prefix: row.prefix, token, expiresAt: row.expiresAt };
}

export function listApiTokens(ctx: Ctx) {
  return ctx.db
    .selectFrom('apiTokens')
    .select(['id', 'name', 'prefix', 'createdAt', 'expiresAt', 'lastUsedAt', 'revokedAt'])
    .where('userId', '=', ctx.actor.userId)
    .orderBy('createdAt', 'desc')
    .limit(200)
    .execute();
}

export async function revokeApiToken(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('apiTokens')
      .set({ revokedAt: sql<string>`now()` })
      .where('id', '=', id)
      .where('userId', '=', ctx.actor.userId)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw new AppError(404, 'resource.not_found');
    await appendAudit(trx, ctx, { action: 'api_token.revoked', entity: 'api_token', entityId: id });
  });
}
