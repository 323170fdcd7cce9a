import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { addDays } from '../lib/dates.ts';
import { recordApprovedMinutes } from '../modules/meetings/index.ts';
import { addMonths } from '../lib/dates.ts';
import type { DemoData } from './demo.types.ts';
import type { Rows } from './meetings-rows.ts';
import type { Rng } from './random.ts';

/**
 * Approved minutes (biên bản) for the held meetings of the three months before the last one, drafted
 * from the record by the meetings module itself, as a secretary entering minutes signed on paper would.
 * Older meetings have none: each set of minutes costs several queries, and two years of them would
 * make the demo load several seconds slower. About one in ten is left without minutes, so the
 * completeness check has something to show; the last month's are still to be written.
 */
export async function seedMinutes(trx: Transaction<DB>, data: DemoData, rows: Rows, rng: Rng, today: string): Promise<number> {
  const from = addMonths(today, -4);
  const until = addDays(addMonths(today, -1), 1);
  const userOf = new Map(data.roleGrants.map((g) => [g.organizationId, g.userId]));
  const office = data.users.find((u) => u.username === 'vanphong')?.id ?? null;
  let n = 0;
  for (const m of rows.meetings) {
    if (m.state !== 'held' || m.startsAt < from || m.startsAt >= until || rng.chance(0.1)) continue;
    await recordApprovedMinutes(trx, m.id, userOf.get(m.organizationId) ?? office);
    n++;
  }
  return n;
}
