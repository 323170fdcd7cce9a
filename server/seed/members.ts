import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { DemoData } from './demo.ts';

/**
 * Member records for the demo's party members, with realistic histories (admissions, probation,
 * transfers), plus the rule values and holiday calendar the workflows need. Runs inside the demo seed's
 * transaction, after organizations and people.
 */
export async function seedMembers(_trx: Transaction<DB>, _data: DemoData, _log: (msg: string) => void): Promise<void> {
  // Filled in by the member register work.
}
