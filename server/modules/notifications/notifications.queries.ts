import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type Page, type PageParams, paginate } from '../../http/paging.ts';
import type { Notification } from './notifications.schema.ts';

const columns = ['n.id', 'n.kind', 'n.topic', 'n.title', 'n.body', 'n.link', 'n.dueOn', 'n.readAt', 'n.createdAt'] as const;

/** A person's notifications, newest first (keyset on created_at, id). */
export function listForPerson(db: Kysely<DB>, personId: string, unreadOnly: boolean, page: PageParams): Promise<Page<Notification>> {
  let q = db.selectFrom('notifications as n').select(columns).where('n.personId', '=', personId);
  if (unreadOnly) q = q.where('n.readAt', 'is', null);
  return paginate(q, page, {
    default: '-createdAt',
    id: sql`n.id`,
    columns: { createdAt: { expr: sql`n.created_at`, value: (r) => r.createdAt } },
  });
}

/** Marks one of the person's notifications read (kept as first read); undefined when not theirs. */
export async function markRead(db: Kysely<DB>, personId: string, id: string): Promise<Notification | undefined> {
  await db
    .updateTable('notifications')
    .set({ readAt: sql<string>`now()` })
    .where('id', '=', id)
    .where('personId', '=', personId)
    .where('readAt', 'is', null)
    .execute();
  return db.selectFrom('notifications as n').select(columns).where('n.id', '=', id).where('n.personId', '=', personId).executeTakeFirst();
}

export async function markAllRead(db: Kysely<DB>, personId: string): Promise<number> {
  const r = await db
    .updateTable('notifications')
    .set({ readAt: sql<string>`now()` })
    .where('personId', '=', personId)
    .where('readAt', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
