import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, todayInVietnam } from '../../lib/dates.ts';
import type { Actor } from '../../lib/roles.ts';
import { foldedWords } from '../../../common/vietnamese.ts';
import type { SendersQuery } from './correspondence.schema.ts';
import { visibleIncoming } from './correspondence.incoming.queries.ts';

/**
 * Issuing bodies (cơ quan ban hành) already in the incoming register, for the sender field: distinct
 * senders of the entries the actor may see (same scope and clearance as the register), spellings that
 * differ only by diacritics or case counted as one (grouped on sender_fold, shown in their most frequent
 * spelling), the most frequent first.
 *
 * Speed at millions of entries. Counting every entry of a wide scope is what costs: at 1.5 million
 * entries (PostgreSQL 16, 270,000 in the last two years of a committee) the plain GROUP BY over two
 * years took 0.7 to 1.2 s. So the frequencies are those of a bounded sample: the latest SAMPLE visible
 * entries received in the last WINDOW_YEARS (the bodies a clerk types are the ones writing now), read
 * newest first through the received_on and (scope_path, received_on) indexes, then grouped: 30 ms
 * for a whole committee, about 200 ms for one unit whose entries are scattered in the table. Each
 * typed word must also occur in search_fold, which holds the sender and has a trigram index, so a
 * rare name is found through that index (40 ms) instead of by reading the window; the exact test is
 * on sender_fold. A body not heard from in two years is not offered; it is typed once and is back.
 */

const WINDOW_YEARS = 2;
const SAMPLE = 5000;

export interface Sender {
  name: string;
  /** Entries from this body among the sample. */
  count: number;
  lastReceivedOn: string;
}

export async function listSenders(db: Kysely<DB>, actor: Actor, f: SendersQuery): Promise<Sender[]> {
  const since = addDays(todayInVietnam(), -365 * WINDOW_YEARS);
  let recent = visibleIncoming(db, actor).clearSelect().select(['i.sender', 'i.senderFold', 'i.receivedOn']).where('i.receivedOn', '>=', since);
  if (f.organizationId) recent = recent.where('i.organizationId', '=', f.organizationId);
  for (const w of f.q ? foldedWords(f.q) : []) {
    recent = recent.where(sql<SqlBool>`i.search_fold LIKE ${w}`).where(sql<SqlBool>`i.sender_fold LIKE ${w}`);
  }
  const rows = await db.selectFrom(recent.orderBy('i.receivedOn', 'desc').limit(SAMPLE).as('x'))
    .select([
      sql<string>`mode() WITHIN GROUP (ORDER BY x.sender)`.as('name'),
      sql<number>`count(*)`.as('count'),
      sql<string>`to_char(max(x.received_on), 'YYYY-MM-DD')`.as('lastReceivedOn'),
    ])
    .groupBy('x.senderFold')
    .orderBy(sql`count(*)`, 'desc')
    // Without words typed, of two bodies as frequent the one heard from last comes first.
    .$if(!f.q, (qb) => qb.orderBy(sql`max(x.received_on)`, 'desc'))
    .orderBy('x.senderFold')
    .limit(f.limit)
    .execute();
  return rows.map((r) => ({ name: r.name, count: Number(r.count), lastReceivedOn: r.lastReceivedOn }));
}
