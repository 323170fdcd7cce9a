import type { Kysely } from 'kysely';
import type { DB } from '../server/db/schema.ts';
import { meetingScenarios } from './scenarios-meetings.ts';
import { workScenarios } from './scenarios-work.ts';

/**
 * What a user's screens ask for, and the SQL a hand-written backend would run for the same answer.
 * The API figure over the raw-SQL figure, measured in one run, is what survives a noisy machine.
 */
export interface Scenario {
  name: string;
  path: string;
  sql: string;
  params: unknown[];
}

export interface Targets {
  committeeId: string;
  committeePath: string;
  cellId: string;
  rootId: string;
  rootPath: string;
}

export async function pickTargets(db: Kysely<DB>): Promise<Targets> {
  const committee = await db.selectFrom('organizations').select(['id', 'path']).where('depth', '=', 1).orderBy('sortOrder').limit(1).executeTakeFirstOrThrow();
  const cell = await db.selectFrom('organizations').select('id').where('parentId', '=', committee.id).orderBy('sortOrder').limit(1).executeTakeFirstOrThrow();
  const root = await db.selectFrom('organizations').select(['id', 'path']).where('depth', '=', 0).orderBy('sortOrder').limit(1).executeTakeFirstOrThrow();
  return { committeeId: committee.id, committeePath: committee.path, cellId: cell.id, rootId: root.id, rootPath: root.path };
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
    {
      name: 'audit log, first page',
      path: '/api/v1/audit?limit=50',
      sql: `SELECT seq, id, at, actor_label, action, entity, entity_id, before, after FROM audit_log ORDER BY seq DESC LIMIT 51`,
      params: [],
    },
  ];
}
