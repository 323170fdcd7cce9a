import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../../../common/enums.ts';
import { isoDay } from '../../lib/dates.ts';
import { type Actor, allScopes } from '../../lib/roles.ts';

/** The logged-in user, with where each permission applies so the UI can show only what is allowed. */
export const me = z.object({
  userId: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  personId: z.uuid().nullable(),
  clearance: z.number(),
  isSystemAdmin: z.boolean(),
  grants: z.array(z.object({ role: z.enum(ROLES), organizationId: z.uuid(), path: z.string() })),
  scopes: z.record(z.enum(PERMISSIONS), z.array(z.string())),
});
export type Me = z.infer<typeof me>;

export function meOf(actor: Actor): Me {
  const { via: _via, sessionId: _s, ...rest } = actor;
  return { ...rest, scopes: allScopes(actor) };
}

export const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export const createdToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  token: z.string(),
  expiresAt: z.string().nullable(),
});

export const loginBody = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });
export const changePasswordBody = z.strictObject({ currentPassword: z.string().min(1).max(200), newPassword: z.string().min(1).max(200) });
/** A new API token: its name, and the last day it works (none: until revoked). */
export const createTokenBody = z.strictObject({ name: z.string().trim().min(1).max(100), expiresOn: isoDay.nullable().default(null) });
