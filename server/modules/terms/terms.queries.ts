import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { toRoman } from '../../../common/vietnamese.ts';
import type { Term } from './terms.schema.ts';

const termColumns = [
  'id',
  'organizationId',
  'ordinal',
  'startYear',
  'endYear',
  'congressOpenedOn',
  'congressClosedOn',
  'startsOn',
  'endsOn',
  'version',
] as const;

type TermRow = Omit<Term, 'ordinalRoman' | 'label'>;

/** "Nhiệm kỳ 2020-2025 (Đại hội lần thứ XIV)" */
export function withLabel(t: TermRow): Term {
  const ordinalRoman = toRoman(t.ordinal);
  return { ...t, ordinalRoman, label: `Nhiệm kỳ ${t.startYear}-${t.endYear} (Đại hội lần thứ ${ordinalRoman})` };
}

export async function termsOf(db: Kysely<DB>, organizationId: string): Promise<Term[]> {
  const rows = await db
    .selectFrom('terms')
    .select(termColumns)
    .where('organizationId', '=', organizationId)
    .orderBy('ordinal', 'desc')
    .execute();
  return rows.map(withLabel);
}

export async function findTerm(db: Kysely<DB>, id: string): Promise<Term | undefined> {
  const row = await db.selectFrom('terms').select(termColumns).where('id', '=', id).executeTakeFirst();
  return row ? withLabel(row) : undefined;
}

export async function bodiesOf(db: Kysely<DB>, termId: string) {
  const bodies = await db
    .selectFrom('bodies')
    .select(['id', 'kind', 'startsOn', 'endsOn'])
    .where('termId', '=', termId)
    .orderBy('kind')
    .execute();
  const members = bodies.length
    ? await db
        .selectFrom('bodyMembers as m')
        .innerJoin('people as p', 'p.id', 'm.personId')
        .select(['m.id', 'm.bodyId', 'm.personId', 'p.fullName', 'm.startsOn', 'm.endsOn', 'p.sortKey'])
        .where(
          'm.bodyId',
          'in',
          bodies.map((b) => b.id),
        )
        .orderBy('m.startsOn')
        .execute()
    : [];
  return bodies.map((b) => ({
    ...b,
    members: members.filter((m) => m.bodyId === b.id),
  }));
}
