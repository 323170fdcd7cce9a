import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { hashPassword } from '../server/lib/secrets.ts';
import { BENCH_ADMIN_PASSWORD } from './args.ts';
import type { DB } from '../server/db/schema.ts';
import type { Scenario, Targets } from './scenario.types.ts';
import { meetingScenarios } from './scenarios-meetings.ts';
import { workScenarios } from './scenarios-work.ts';
import { documentScenarios, mixedScenario } from './scenarios-documents.ts';

export type { Scenario, Targets };

export async function pickTargets(db: Kysely<DB>): Promise<Targets> {
  const committee = await db.selectFrom('organizations').select(['id', 'path']).where('depth', '=', 1).orderBy('sortOrder').limit(1).executeTakeFirstOrThrow();
  const cell = await db.selectFrom('organizations').select('id').where('parentId', '=', committee.id).orderBy('sortOrder').limit(1).executeTakeFirstOrThrow();
  const root = await db.selectFrom('organizations').select(['id', 'path']).where('depth', '=', 0).orderBy('sortOrder').limit(1).executeTakeFirstOrThrow();
  const period = await sql<{ id: string; start: string; end: string }>`
    SELECT p.id, p.period_start::text AS start, p.period_end::text AS end FROM report_periods p JOIN report_schedules s ON s.id = p.schedule_id
    WHERE s.recipient_organization_id = ${root.id} AND s.kind = 'monthly' AND p.state = 'closed'
    ORDER BY p.period_start DESC LIMIT 1`.execute(db);
  return { committeeId: committee.id, committeePath: committee.path, cellId: cell.id, rootId: root.id, rootPath: root.path, monthlyPeriodId: period.rows[0]?.id ?? null,
    monthlyPeriodStart: period.rows[0]?.start ?? null, monthlyPeriodEnd: period.rows[0]?.end ?? null };
}

export function scenarios(t: Targets): Scenario[] {
  return [
    {
      name: 'people of a committee subtree, first page',
      path: `/api/v1/people?organizationId=${t.committeeId}&limit=50`,
      sql: `SELECT p.id, p.full_name, p.birth_date, o.name FROM people p JOIN organizations o ON o.id = p.organization_id
            WHERE p.deleted_at IS NULL AND o.path LIKE $1 ORDER BY p.sort_key COLLATE "C", p.id LIMIT 51`,
      params: [`${t.committeePath}%`],
    },
    {
      name: 'people search without diacritics ("nguyen van")',
      path: `/api/v1/people?q=${encodeURIComponent('nguyen van')}&limit=50`,
      sql: `SELECT p.id, p.full_name, o.name FROM people p JOIN organizations o ON o.id = p.organization_id
            WHERE p.deleted_at IS NULL AND p.name_fold LIKE '%' || vn_fold($1) || '%' ORDER BY p.sort_key COLLATE "C", p.id LIMIT 51`,
      params: ['nguyen van'],
    },
    {
      name: 'organization tree',
      path: '/api/v1/organizations/tree',
      sql: `SELECT id, parent_id, kind, name, short_name, sort_order, dissolved_on, depth FROM organizations
            WHERE deleted_at IS NULL AND dissolved_on IS NULL ORDER BY depth, sort_order, name_fold COLLATE "C" LIMIT 10000`,
      params: [],
    },
    {
      name: 'member register of a committee subtree, first page',
      path: `/api/v1/members?cellId=${t.committeeId}&limit=50`,
      sql: `SELECT m.id, p.full_name, m.status, o.name FROM members m JOIN people p ON p.id = m.person_id JOIN organizations o ON o.id = m.cell_id
            WHERE o.path LIKE $1 ORDER BY p.sort_key COLLATE "C", m.id LIMIT 51`,
      params: [`${t.committeePath}%`],
    },
    {
      name: 'member statistics of a committee subtree',
      path: `/api/v1/members/statistics?organizationId=${t.committeeId}`,
      sql: `SELECT m.status, p.gender, count(*) FROM members m JOIN people p ON p.id = m.person_id JOIN organizations o ON o.id = m.cell_id
            WHERE o.path LIKE $1 GROUP BY m.status, p.gender`,
      params: [`${t.committeePath}%`],
    },
    ...meetingScenarios(t),
    ...workScenarios(t),
    ...documentScenarios(t),
    {
      name: 'audit log, first page',
      path: '/api/v1/audit?limit=50',
      sql: `SELECT seq, id, at, actor_label, action, entity, entity_id, before, after FROM audit_log ORDER BY seq DESC LIMIT 51`,
      params: [],
    },
  ];
}

/** Every scenario, then the mixed one made of the reads and the write among them. */
export function allScenarios(t: Targets): Scenario[] {
  const list = scenarios(t);
  return [...list, mixedScenario(list)];
}

export const SECRETARY = 'bench.bithu';

/**
 * The inbox is a person's: a cell secretary of the target cell, the person of that cell with the most open
 * tasks, with the benchmark password. Made once per database (the generator makes only the administrator).
 */
export async function ensureSecretary(db: Kysely<DB>, t: Targets) {
  const exists = await db.selectFrom('users').select('id').where(sql`lower(username)`, '=', SECRETARY).executeTakeFirst();
  if (exists) return;
  const person = await sql<{ id: string; name: string }>`
    SELECT p.id, p.full_name AS name FROM people p LEFT JOIN tasks t ON t.owner_person_id = p.id AND t.status IN ('open', 'in_progress')
    WHERE p.organization_id = ${t.cellId} GROUP BY p.id ORDER BY count(t.id) DESC, p.id LIMIT 1`.execute(db);
  const p = person.rows[0];
  if (!p) throw new Error('the target cell has no people');
  const id = randomUUID();
  await db.insertInto('users').values({ id, username: SECRETARY, passwordHash: await hashPassword(BENCH_ADMIN_PASSWORD), displayName: p.name, personId: p.id }).execute();
  await db.insertInto('roleGrants').values({ id: randomUUID(), userId: id, role: 'cell_secretary', organizationId: t.cellId }).execute();
}
