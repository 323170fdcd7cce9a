import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/db.ts';
import type { Database } from '../db/client.ts';
import { addDays } from '../lib/dates.ts';
import { verifyPassword } from '../lib/secrets.ts';
import { personSortKey } from '../../common/vietnamese.ts';
import { verifyAuditChain } from '../modules/audit/index.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type SeedSummary, seedDemo, seedDemoIfEmpty } from './demo.ts';

const silent = () => {};

describe('demo data', () => {
  let database: Database;
  let seeded: boolean;
  beforeAll(async () => {
    database = await freshDatabase();
    seeded = await seedDemoIfEmpty(database.db, silent);
  });
  afterAll(async () => {
    await database?.close();
  });

  const count = async (table: 'organizations' | 'people' | 'auditLog' | 'postHoldings' | 'users') =>
    Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('seeds about 400 fictional people in about 12 cells, with two terms of the committee', async () => {
    expect(seeded).toBe(true);
    const db = database.db;
    const people = await db.selectFrom('people').select(['isDemo', 'organizationId', 'email', 'phone', 'birthDate']).execute();
    expect(people.length).toBeGreaterThanOrEqual(380);
    expect(people.length).toBeLessThanOrEqual(420);
    expect(people.every((p) => p.isDemo)).toBe(true);
    expect(people.every((p) => /^[a-z0-9.]+@demo\.congtac\.vn$/.test(p.email ?? ''))).toBe(true);
    expect(people.every((p) => /^09\d{2} \d{3} \d{3}$/.test(p.phone ?? ''))).toBe(true);
    expect(people.every((p) => p.birthDate !== null && p.birthDate >= '1965-01-01' && p.birthDate <= '2000-12-31')).toBe(true);

    const cells = await db.selectFrom('organizations').select(['id', 'name']).where('kind', '=', 'cell_under_committee').where('dissolvedOn', 'is', null).execute();
    expect(cells.length).toBeGreaterThanOrEqual(10);
    expect(cells.length).toBeLessThanOrEqual(14);
    expect(cells.map((c) => c.name)).toContain('Chi bộ Vụ Tổng hợp');
    for (const cell of cells) {
      const size = people.filter((p) => p.organizationId === cell.id).length;
      expect(size, cell.name).toBeGreaterThanOrEqual(20);
      expect(size, cell.name).toBeLessThanOrEqual(45);
    }
    const committee = await db.selectFrom('organizations').select('id').where('name', '=', 'Đảng bộ Văn phòng Quốc hội').executeTakeFirstOrThrow();
    const terms = await db.selectFrom('terms').select('ordinal').where('organizationId', '=', committee.id).orderBy('ordinal').execute();
    expect(terms.map((t) => t.ordinal)).toEqual([13, 14]);
  });

  it('gives each committee body its size at any day of the term', async () => {
    const sizes = await database.db
      .selectFrom('bodies as b')
      .innerJoin('terms as t', 't.id', 'b.termId')
      .innerJoin('bodyMembers as m', 'm.bodyId', 'b.id')
      .select(['t.ordinal', 'b.kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where('m.startsOn', '<=', '2024-01-01')
      .where((eb) => eb.or([eb('m.endsOn', 'is', null), eb('m.endsOn', '>=', '2024-01-01')]))
      .where('b.kind', 'in', ['executive_committee', 'standing_committee', 'inspection_committee'])
      .groupBy(['t.ordinal', 'b.kind'])
      .execute();
    expect(Object.fromEntries(sizes.map((s) => [`${s.ordinal}:${s.kind}`, Number(s.n)]))).toEqual({
      '13:executive_committee': 15,
      '13:standing_committee': 5,
      '13:inspection_committee': 5,
    });
  });

  it("stores each person's sort key as personSortKey of their names", async () => {
    const people = await database.db.selectFrom('people').select(['familyName', 'middleName', 'givenName', 'fullName', 'sortKey']).execute();
    for (const p of people) {
      expect(p.sortKey).toBe(personSortKey(p));
      expect(p.fullName).toBe(p.fullName.normalize('NFC'));
      expect(p.fullName).toBe([p.familyName, p.middleName, p.givenName].filter(Boolean).join(' '));
    }
  });

  it("keeps every organization's path and depth consistent with its parent's", async () => {
    const orgs = await database.db.selectFrom('organizations').select(['id', 'parentId', 'path', 'depth']).execute();
    const byId = new Map(orgs.map((o) => [o.id, o]));
    for (const o of orgs) {
      const parent = o.parentId ? byId.get(o.parentId) : undefined;
      expect(o.path).toBe(`${parent?.path ?? '/'}${o.id}/`);
      expect(o.depth).toBe(parent ? parent.depth + 1 : 0);
    }
    const created = await database.db.selectFrom('organizationEvents').select('organizationId').where('kind', '=', 'created').execute();
    expect(new Set(created.map((e) => e.organizationId))).toEqual(new Set(orgs.map((o) => o.id)));
  });

  it('records history: a renamed department and a cell merged into another', async () => {
    const db = database.db;
    const renamed = await db.selectFrom('organizationEvents').select('details').where('kind', '=', 'renamed').execute();
    expect(renamed.length).toBeGreaterThan(0);
    for (const e of renamed) expect(e.details).toMatchObject({ from: expect.any(String), to: expect.any(String) });
    const merged = await db.selectFrom('organizations').selectAll().where('mergedIntoId', 'is not', null).execute();
    expect(merged.length).toBe(1);
    const cell = merged[0];
    expect(cell?.dissolvedOn).not.toBeNull();
    const events = await db.selectFrom('organizationEvents').select(['organizationId', 'kind', 'occurredOn']).where('kind', 'in', ['merged', 'absorbed']).execute();
    expect(events).toEqual(expect.arrayContaining([
      { organizationId: cell?.id, kind: 'merged', occurredOn: cell?.dissolvedOn },
      { organizationId: cell?.mergedIntoId, kind: 'absorbed', occurredOn: cell?.dissolvedOn },
    ]));
  });

  it('chains terms: each ends on the day the next congress closes, the next starts the day after', async () => {
    const terms = await database.db.selectFrom('terms').selectAll().orderBy('organizationId').orderBy('ordinal').execute();
    const orgs = new Set(terms.map((t) => t.organizationId));
    expect(orgs.size).toBeGreaterThanOrEqual(3);
    for (const org of orgs) {
      const chain = terms.filter((t) => t.organizationId === org);
      chain.forEach((t, i) => {
        expect(t.startsOn).toBe(addDays(t.congressClosedOn, 1));
        const next = chain[i + 1];
        expect(t.endsOn).toBe(next ? next.congressClosedOn : null);
      });
    }
  });

  it('dates every holding, membership and assignment sensibly: none ends before it starts, term ones inside their term', async () => {
    const db = database.db;
    const holdings = await db.selectFrom('postHoldings as h').leftJoin('terms as t', 't.id', 'h.termId')
      .select(['h.startsOn', 'h.endsOn', 't.startsOn as termStart', 't.endsOn as termEnd']).execute();
    const members = await db.selectFrom('bodyMembers as m').innerJoin('bodies as b', 'b.id', 'm.bodyId').innerJoin('terms as t', 't.id', 'b.termId')
      .select(['m.startsOn', 'm.endsOn', 't.startsOn as termStart', 't.endsOn as termEnd']).execute();
    const assignments = await db.selectFrom('cellAssignments as a').innerJoin('terms as t', 't.id', 'a.termId')
      .select(['a.startsOn', 'a.endsOn', 't.startsOn as termStart', 't.endsOn as termEnd']).execute();
    expect(assignments.length).toBeGreaterThanOrEqual(10);
    for (const r of [...holdings, ...members, ...assignments]) {
      if (r.endsOn !== null) expect(r.endsOn >= r.startsOn).toBe(true);
      if (r.termStart === null) continue;
      expect(r.startsOn >= r.termStart).toBe(true);
      if (r.termEnd !== null) expect(r.endsOn !== null && r.endsOn <= r.termEnd).toBe(true);
    }
  });

  it('gives a person titles in both spheres: the new secretary is also a deputy head of the agency', async () => {
    const titlesOn = (day: string) => database.db.selectFrom('postHoldings as h').innerJoin('posts as p', 'p.id', 'h.postId')
      .select(['h.personId', 'p.title']).where('h.startsOn', '<=', day)
      .where((eb) => eb.or([eb('h.endsOn', 'is', null), eb('h.endsOn', '>=', day)])).execute();
    const newTerm = await titlesOn('2025-09-01');
    const secretaries = newTerm.filter((h) => h.title === 'Bí thư Đảng ủy Văn phòng Quốc hội');
    expect(secretaries.length).toBe(1);
    const titles = newTerm.filter((h) => h.personId === secretaries[0]?.personId).map((h) => h.title);
    expect(titles).toContain('Phó Chủ nhiệm Văn phòng Quốc hội');
    const oldSecretary = (await titlesOn('2024-09-01')).find((h) => h.title === 'Bí thư Đảng ủy Văn phòng Quốc hội');
    expect(oldSecretary?.personId).not.toBe(secretaries[0]?.personId);
  });

  it('creates the demo accounts, each linked to a person, with its role on the named organization', async () => {
    const rows = await database.db.selectFrom('users as u').innerJoin('roleGrants as g', 'g.userId', 'u.id')
      .innerJoin('organizations as o', 'o.id', 'g.organizationId').leftJoin('people as p', 'p.id', 'u.personId')
      .select(['u.username', 'u.passwordHash', 'u.displayName', 'g.role', 'o.name', 'p.fullName']).execute();
    expect(rows.map((r) => [r.username, r.role, r.name]).sort()).toEqual(
      DEMO_ACCOUNTS.map((a) => [a.username, a.role, a.organizationName]).sort(),
    );
    expect(rows.map((r) => r.username)).not.toContain('admin');
    for (const r of rows) expect(r.displayName).toBe(r.fullName);
    expect(await verifyPassword(rows[0]?.passwordHash ?? '', DEMO_PASSWORD)).toBe(true);
    const secretary = await database.db.selectFrom('users as u').innerJoin('postHoldings as h', 'h.personId', 'u.personId')
      .innerJoin('posts as p', 'p.id', 'h.postId').select('p.title')
      .where('u.username', '=', 'bithu.tonghop').where('h.endsOn', 'is', null).execute();
    expect(secretary.map((s) => s.title)).toContain('Bí thư Chi bộ Vụ Tổng hợp');
  });

  it('does nothing the second time: seedDemoIfEmpty answers false and adds no row', async () => {
    const before = await Promise.all([count('organizations'), count('people'), count('postHoldings'), count('users'), count('auditLog')]);
    expect(await seedDemoIfEmpty(database.db, silent)).toBe(false);
    expect(await Promise.all([count('organizations'), count('people'), count('postHoldings'), count('users'), count('auditLog')])).toEqual(before);
  });

  it('writes one audit row per seeded table and one creation entry per organization, and the chain verifies', async () => {
    const audit = await database.db.selectFrom('auditLog').select(['action', 'actorLabel', 'entity', 'entityId', 'scopePath', 'after']).execute();
    const tables = audit.filter((a) => a.action === 'seed.demo');
    // 17 tables of organizations, people, members, dues and ratings; 11 of meetings, minutes and tasks; the rest of
    // programs, reports, documents (with their comment rounds and comments), registers and letters.
    expect(tables).toHaveLength(49);
    expect(audit.every((a) => a.actorLabel === 'seed')).toBe(true);
    expect(tables.find((a) => a.entity === 'person')?.after).toEqual({ rows: await count('people') });
    const orgs = await database.db.selectFrom('organizations').select(['id', 'path']).execute();
    const created = audit.filter((a) => a.action === 'organization.created');
    expect(created.map((a) => [a.entityId, a.scopePath]).sort()).toEqual(orgs.map((o) => [o.id, o.path]).sort());
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, rows: 49 + orgs.length });
  });

  it('is deterministic: a second fresh database gets the same people, names and ids in the same order', async () => {
    const other = await freshDatabase();
    try {
      const summary: SeedSummary = await seedDemo(other.db, silent);
      expect(summary.people).toBe(await count('people'));
      const digest = async (d: Database) => {
        const rows = await d.db.selectFrom('people').select(['id', 'fullName', 'birthDate']).orderBy('sortKey').orderBy('id').execute();
        return createHash('sha256').update(rows.map((r) => `${r.id} ${r.fullName} ${r.birthDate}`).join('\n')).digest('hex');
      };
      expect(await digest(other)).toBe(await digest(database));
      const holdings = async (d: Database) => (await d.db.selectFrom('postHoldings').select(['id', 'personId', 'startsOn']).orderBy('id').execute());
      expect(await holdings(other)).toEqual(await holdings(database));
      const meetings = async (d: Database) => {
        const rows = await d.db.selectFrom('meetingParticipants as p').innerJoin('meetings as m', 'm.id', 'p.meetingId')
          .select(['m.id', 'm.startsAt', 'm.state', 'p.personId', 'p.attendance']).orderBy('m.id').orderBy('p.position').execute();
        return createHash('sha256').update(rows.map((r) => `${r.id} ${r.startsAt} ${r.state} ${r.personId} ${r.attendance}`).join('\n')).digest('hex');
      };
      expect(await meetings(other)).toBe(await meetings(database));
    } finally {
      await other.close();
    }
  }, 180_000); // a second whole demo seed (tens of thousands of register entries), on a shared machine
});
