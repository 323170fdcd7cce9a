import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { hashPassword, randomPassword } from '../../lib/secrets.ts';
import { appendAudit } from '../audit/index.ts';

/**
 * On an empty database, creates `admin`, a system administrator (the admin role on every top-level
 * organization, present and future), with ADMIN_PASSWORD or a random password returned for printing once.
 */
export async function ensureAdmin(
  db: Kysely<DB>,
  configuredPassword: string | undefined,
): Promise<{ created: boolean; generatedPassword?: string }> {
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return { created: false };
  const password = configuredPassword ?? randomPassword();
  const id = randomUUID();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({ id, username: 'admin', passwordHash, displayName: 'Quản trị hệ thống', clearance: 3, isSystemAdmin: true })
      .execute();
    await appendAudit(trx, { actor: null, label: 'system' }, {
      action: 'user.created',
      entity: 'user',
      entityId: id,
      after: { username: 'admin', displayName: 'Quản trị hệ thống', clearance: 3, isSystemAdmin: true },
    });
  });
  return configuredPassword ? { created: true } : { created: true, generatedPassword: password };
}

