import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { Page, PageParams } from '../../http/paging.ts';
import * as q from './notifications.queries.ts';
import type { Notification } from './notifications.schema.ts';

// Notifications belong to a person: the policy is "your own", and a user linked to no person has none.
// Marking one read is the reader's own state, not a record of the office, so it is not audited (the audit
// chain serializes every entry on one lock: a click on a bell should not queue behind the office's writes).

export async function listMine(ctx: Ctx, unreadOnly: boolean, page: PageParams): Promise<Page<Notification>> {
  const personId = ctx.actor.personId;
  if (!personId) return { data: [], links: { next: null }, meta: { sort: page.sort ?? '-createdAt', ...(page.includeTotal === 'true' ? { total: 0 } : {}) } };
  return q.listForPerson(ctx.db, personId, unreadOnly, page);
}

export async function readOne(ctx: Ctx, id: string): Promise<Notification> {
  const personId = ctx.actor.personId;
  const row = personId ? await q.markRead(ctx.db, personId, id) : undefined;
  if (!row) throw new AppError(404, 'notification.not_found');
  return row;
}

export async function readAll(ctx: Ctx): Promise<{ updated: number }> {
  const personId = ctx.actor.personId;
  return { updated: personId ? await q.markAllRead(ctx.db, personId) : 0 };
}
