import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { todayInVietnam } from '../lib/dates.ts';
import type { HolidaySet } from '../lib/working-days.ts';

/**
 * What the demo programs, tasks and reports are made from, read inside the demo seed's transaction: the
 * committee, its cells still active today with their members, the committee's term, the office account
 * and the holiday calendar.
 */

export interface WorkOrg {
  id: string;
  path: string;
  name: string;
  /** People who may own the unit's tasks: its members today (its secretary first when known). */
  people: string[];
}

export interface WorkWorld {
  today: string;
  holidays: HolidaySet;
  committee: WorkOrg;
  cells: WorkOrg[];
  termId: string | null;
  termStart: string;
  termEnd: string;
  officeUserId: string | null;
  /** Cell id -> the user account of its secretary, when it has one. */
  secretaryUsers: Map<string, string>;
}

const COMMITTEE_NAME = 'Đảng bộ Văn phòng Quốc hội';

export async function loadWorkWorld(trx: Transaction<DB>, today = todayInVietnam()): Promise<WorkWorld> {
  const committee = await trx.selectFrom('organizations').select(['id', 'path', 'name']).where('name', '=', COMMITTEE_NAME)
    .where('kind', '=', 'grassroots_committee').executeTakeFirstOrThrow();
  const cellRows = await trx.selectFrom('organizations').select(['id', 'path', 'name'])
    .where('path', 'like', `${committee.path}%`).where('kind', '=', 'cell_under_committee')
    .where((eb) => eb.or([eb('dissolvedOn', 'is', null), eb('dissolvedOn', '>', today)])).orderBy('sortOrder').orderBy('name').execute();
  const members = await trx.selectFrom('members').select(['personId', 'cellId']).where('status', 'in', ['official', 'probationary'])
    .orderBy('personId').execute();
  const grants = await trx.selectFrom('roleGrants as g').innerJoin('users as u', 'u.id', 'g.userId')
    .select(['g.organizationId', 'g.role', 'u.id as userId', 'u.personId']).where('g.role', 'in', ['cell_secretary', 'committee_office']).execute();
  const secretaryUsers = new Map<string, string>();
  const secretaryPeople = new Map<string, string>();
  for (const g of grants) {
    if (g.role !== 'cell_secretary') continue;
    secretaryUsers.set(g.organizationId, g.userId);
    if (g.personId) secretaryPeople.set(g.organizationId, g.personId);
  }
  const office = grants.find((g) => g.role === 'committee_office' && g.organizationId === committee.id);
  const cells = cellRows.map((c) => {
    const own = members.filter((m) => m.cellId === c.id).map((m) => m.personId);
    const secretary = secretaryPeople.get(c.id);
    return { ...c, people: secretary ? [secretary, ...own.filter((p) => p !== secretary)] : own };
  });
  const term = await trx.selectFrom('terms').select(['id', 'startsOn', 'endsOn', 'endYear']).where('organizationId', '=', committee.id)
    .where('startsOn', '<=', today).orderBy('startsOn', 'desc').executeTakeFirst();
  const holidays = await trx.selectFrom('holidays').select('day').execute();
  const officePeople = office?.personId ? [office.personId] : [];
  return {
    today,
    holidays: new Set(holidays.map((h) => h.day)),
    committee: { ...committee, people: [...officePeople, ...cells.flatMap((c) => c.people.slice(0, 2))] },
    cells,
    termId: term?.id ?? null,
    termStart: term?.startsOn ?? `${today.slice(0, 4)}-01-01`,
    termEnd: term?.endsOn ?? `${(term?.endYear ?? Number(today.slice(0, 4)) + 4)}-12-31`,
    officeUserId: office?.userId ?? null,
    secretaryUsers,
  };
}
