import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { insertPeople } from '../../../test/app.ts';

/**
 * Test factory: member records inserted directly (the member register's own API is another module's),
 * with a dues basis when asked. For tests only.
 */
export async function insertMembers(
  database: Database,
  cellId: string,
  names: string[],
  opts: { status?: string; basis?: { kind: 'salary_percent' | 'pension_percent' | 'fixed'; baseAmount: number; validFrom: string } } = {},
) {
  const people = await insertPeople(database, cellId, names);
  const members = people.map((p) => ({ id: randomUUID(), personId: p.id, cellId, status: opts.status ?? 'official' }));
  await database.db.insertInto('members').values(members).execute();
  if (opts.basis) {
    const b = opts.basis;
    await database.db
      .insertInto('duesBases')
      .values(members.map((m) => ({ id: randomUUID(), memberId: m.id, kind: b.kind, baseAmount: b.baseAmount, validFrom: b.validFrom })))
      .execute();
  }
  return members.map((m, i) => ({ ...m, fullName: people[i]?.fullName ?? '' }));
}
