import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { DuesBasisKind } from '../../db/schema.dues.ts';
import { inScope } from '../../http/scope.ts';
import type { Actor, Permission } from '../../lib/roles.ts';

/** Statuses that owe dues: members who are active somewhere (an exempt member still pays, by choice). */
export const DUES_STATUSES = ['official', 'probationary', 'exempt', 'temporarily_elsewhere'] as const;

export interface CellRef {
  id: string;
  name: string;
  kind: string;
  path: string;
}

/** A member whose cell lies in the actor's scope for `permission`. */
export async function findMemberInScope(db: Kysely<DB>, actor: Actor, memberId: string, permission: Permission) {
  return db
    .selectFrom('members as m')
    .innerJoin('organizations as o', 'o.id', 'm.cellId')
    .innerJoin('people as p', 'p.id', 'm.personId')
    .select(['m.id', 'm.cellId', 'm.status', 'm.personId', 'p.fullName', 'o.path', 'o.parentId'])
    .where('m.id', '=', memberId)
    .where((eb) => inScope(actor, permission, eb.ref('o.path')))
    .executeTakeFirst();
}

export interface GridMember {
  memberId: string;
  fullName: string;
  status: string;
}

/** The grid's rows: the cell's members who owe dues, and anyone the cell collected from that year. */
export async function gridMembers(db: Kysely<DB>, cellId: string, year: number): Promise<GridMember[]> {
  return db
    .selectFrom('members as m')
    .innerJoin('people as p', 'p.id', 'm.personId')
    .select(['m.id as memberId', 'p.fullName', 'm.status'])
    .where((eb) =>
      eb.or([
        eb.and([eb('m.cellId', '=', cellId), eb('m.status', 'in', [...DUES_STATUSES])]),
        eb.exists(
          eb
            .selectFrom('duesPayments as d')
            .select('d.id')
            .whereRef('d.memberId', '=', 'm.id')
            .where('d.cellId', '=', cellId)
            .where('d.year', '=', year),
        ),
      ]),
    )
    .orderBy(sql`p.sort_key COLLATE "C"`)
    .orderBy('m.id')
    .execute();
}

export async function basesOf(db: Kysely<DB>, memberIds: readonly string[]) {
  if (memberIds.length === 0) return [];
  return db
    .selectFrom('duesBases')
    .select(['memberId', 'kind', 'baseAmount', 'validFrom'])
    .where('memberId', 'in', [...memberIds])
    .orderBy('memberId')
    .orderBy('validFrom')
    .execute() as Promise<Array<{ memberId: string; kind: DuesBasisKind; baseAmount: number; validFrom: string }>>;
}

/** Every payment of these members up to the end of `year` (older years decide "paid up to"). */
export async function paymentsOf(db: Kysely<DB>, memberIds: readonly string[], year: number) {
  if (memberIds.length === 0) return [];
  return db
    .selectFrom('duesPayments')
    .select(['id', 'memberId', 'cellId', 'year', 'month', 'amount', 'paidOn', 'version'])
    .where('memberId', 'in', [...memberIds])
    .where('year', '<=', year)
    .orderBy('year')
    .orderBy('month')
    .execute();
}

/** Sums of what a cell recorded in a year, per month: the numbers its statement must equal. */
export async function collectedByMonth(db: Kysely<DB>, cellId: string, year: number) {
  const rows = await db
    .selectFrom('duesPayments')
    .select(['month', sql<number>`sum(amount)::bigint`.as('collected')])
    .where('cellId', '=', cellId)
    .where('year', '=', year)
    .groupBy('month')
    .execute();
  return new Map(rows.map((r) => [r.month, Number(r.collected)]));
}
