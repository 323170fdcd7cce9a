import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { hashPassword } from '../lib/secrets.ts';
import { appendAudit } from '../modules/audit/index.ts';
import { DEMO_PASSWORD, type DemoAccount, buildAccounts, demoAccounts } from './accounts.ts';
import { castDemo } from './cast.ts';
import { seedDocuments } from './documents.ts';
import { seedDuesAndRatings } from './dues.ts';
import { seedMeetings } from './meetings.ts';
import { seedMembers } from './members.ts';
import { seedProgramsAndReports } from './programs.ts';
import { buildHoldings } from './holdings.ts';
import { buildOrganizations } from './organizations.ts';
import { buildPeople } from './people.ts';
import { buildPosts } from './posts.ts';
import { Rng } from './random.ts';
import { buildTerms } from './terms.ts';
import type { DemoData } from './demo.types.ts';

/**
 * Demo data: the Party committee of the Office of the National Assembly and the Office itself, with
 * about 400 fictional people (is_demo = true), two committee terms, posts and their holders, and one
 * account per kind of user. The same seed gives the same data, ids included, on every run.
 */

export { DEMO_PASSWORD, type DemoAccount };

const SEED = 0x20_25_07_05;
const BATCH = 500;
// Any constant: two instances starting together on one PostgreSQL must not both seed.
const SEED_LOCK_KEY = 7_262_022;

export type { DemoData };

export interface SeedSummary {
  organizations: number;
  organizationEvents: number;
  people: number;
  terms: number;
  bodies: number;
  bodyMembers: number;
  posts: number;
  holdings: number;
  cellAssignments: number;
  users: number;
  roleGrants: number;
  meetings: number;
  tasks: number;
}

/** Builds every row in memory, without touching a database. */
export function buildDemoData(passwordHash: string): DemoData {
  const rng = new Rng(SEED);
  const orgs = buildOrganizations();
  const people = buildPeople(rng, orgs.nodes);
  const cast = castDemo(rng, people.byOrg);
  const terms = buildTerms(orgs.nodes, cast);
  const posts = buildPosts(orgs.nodes);
  const holdings = buildHoldings(rng, orgs.nodes, cast, terms);
  const accounts = buildAccounts(orgs.nodes, cast, passwordHash);
  return {
    organizations: orgs.rows,
    organizationEvents: orgs.events,
    people: people.rows,
    terms: terms.terms,
    bodies: terms.bodies,
    bodyMembers: terms.bodyMembers,
    posts: posts.rows,
    postHoldings: holdings.rows,
    cellAssignments: holdings.cellAssignments,
    users: accounts.users,
    roleGrants: accounts.roleGrants,
  };
}

/** The demo accounts (all with DEMO_PASSWORD), for the README and the login page. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = demoAccounts(buildOrganizations().nodes);

async function insertDemo(trx: Transaction<DB>, data: DemoData, log: (msg: string) => void): Promise<Omit<SeedSummary, 'meetings' | 'tasks'>> {
  const put = async <R>(entity: string, label: string, rows: R[], insert: (chunk: R[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
    // One audit row per table: the seed is one act, not hundreds of edits.
    await appendAudit(trx, { actor: null, label: 'seed' }, { action: 'seed.demo', entity, entityId: 'demo', after: { rows: rows.length } });
    log(`  ${label}: ${rows.length}`);
    return rows.length;
  };
  const summary = {
    organizations: await put('organization', 'tổ chức / organizations', data.organizations, (c) => trx.insertInto('organizations').values(c).execute()),
    organizationEvents: await put('organization_event', 'sự kiện tổ chức / organization events', data.organizationEvents, (c) => trx.insertInto('organizationEvents').values(c).execute()),
    people: await put('person', 'nhân sự / people', data.people, (c) => trx.insertInto('people').values(c).execute()),
    terms: await put('term', 'nhiệm kỳ / terms', data.terms, (c) => trx.insertInto('terms').values(c).execute()),
    bodies: await put('body', 'cơ quan lãnh đạo / bodies', data.bodies, (c) => trx.insertInto('bodies').values(c).execute()),
    bodyMembers: await put('body_member', 'thành viên / body members', data.bodyMembers, (c) => trx.insertInto('bodyMembers').values(c).execute()),
    posts: await put('post', 'chức danh / posts', data.posts, (c) => trx.insertInto('posts').values(c).execute()),
    holdings: await put('post_holding', 'đảm nhiệm chức danh / post holdings', data.postHoldings, (c) => trx.insertInto('postHoldings').values(c).execute()),
    cellAssignments: await put('cell_assignment', 'phân công phụ trách / cell assignments', data.cellAssignments, (c) => trx.insertInto('cellAssignments').values(c).execute()),
    users: await put('user', 'tài khoản mẫu / demo accounts', data.users, (c) => trx.insertInto('users').values(c).execute()),
    roleGrants: await put('role_grant', 'phân quyền / role grants', data.roleGrants, (c) => trx.insertInto('roleGrants').values(c).execute()),
  };
  // Each organization's history starts with its creation, readable by those who may read that
  // organization (a cell secretary sees their own cell's), as any later edit will be.
  for (const org of data.organizations) {
    await appendAudit(trx, { actor: null, label: 'seed' }, {
      action: 'organization.created',
      entity: 'organization',
      entityId: org.id,
      scopePath: org.path,
      after: org,
    });
  }
  return summary;
}

async function hasOrganizations(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst()) !== undefined;
}

async function seed(db: Kysely<DB>, log: (msg: string) => void, onlyIfEmpty: boolean): Promise<SeedSummary | null> {
  // Hashed once, outside the transaction: argon2 is slow on purpose, and every demo account shares it.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const data = buildDemoData(passwordHash);
  const started = Date.now();
  const summary = await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`.execute(trx);
    if (onlyIfEmpty && (await hasOrganizations(trx))) return null;
    log('Đang nạp dữ liệu mẫu (người hư cấu) / loading demo data (fictional people)...');
    const inserted = await insertDemo(trx, data, log);
    await seedMembers(trx, data, log);
    await seedDuesAndRatings(trx, log);
    const meetings = await seedMeetings(trx, data, log);
    await seedDocuments(trx, log);
    // Programs, tasks and reports read the members and meetings already in the database.
    await seedProgramsAndReports(trx, log);
    return { ...inserted, ...meetings };
  });
  if (summary) log(`Dữ liệu mẫu đã nạp trong ${Date.now() - started} ms / demo data loaded.`);
  return summary;
}

/** Loads the demo data in one transaction: all of it, or nothing. */
export async function seedDemo(db: Kysely<DB>, log: (msg: string) => void): Promise<SeedSummary> {
  const summary = await seed(db, log, false);
  if (!summary) throw new Error('Demo seeding did not run');
  return summary;
}

/** Loads the demo data only into a database with no organizations; tells whether it did. */
export async function seedDemoIfEmpty(db: Kysely<DB>, log: (msg: string) => void): Promise<boolean> {
  if (await hasOrganizations(db)) return false;
  return (await seed(db, log, true)) !== null;
}
