import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, makeOrganization, makePerson, makeUser, startTestApp, Client } from '../../../test/app.ts';

let t: TestApp;
let root: { id: string; path: string };
let cellA: { id: string; version: number; name: string };
let cellB: { id: string };

beforeAll(async () => {
  t = await startTestApp();
  root = await makeOrganization(t.admin, { name: 'Đảng bộ Văn phòng Quốc hội' });
  cellA = await makeOrganization(t.admin, { parentId: root.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Tổng hợp' });
  cellB = await makeOrganization(t.admin, { parentId: root.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Hành chính' });
});
afterAll(() => t.close());

describe('organizations', () => {
  it('lists the tree paged, with a cursor that reaches every row once', async () => {
    const first = json<{ data: { id: string }[]; links: { next: string | null }; meta: { total: number } }>(
      await t.admin.get('/api/v1/organizations?limit=2&includeTotal=true'),
    );
    expect(first.data).toHaveLength(2);
    expect(first.meta.total).toBe(3);
    expect(first.data[0]?.id).toBe(root.id);
    const second = json<{ data: { id: string }[]; links: { next: string | null } }>(
      await t.admin.get(`/api/v1/organizations?limit=2&cursor=${first.links.next}`),
    );
    expect(second.data).toHaveLength(1);
    expect(second.links.next).toBeNull();
    const ids = [...first.data, ...second.data].map((o) => o.id).sort();
    expect(ids).toEqual([root.id, cellA.id, cellB.id].sort());
  });

  it('finds organizations by name without diacritics ("dang bo" finds "Đảng bộ")', async () => {
    const res = json<{ data: { name: string }[] }>(await t.admin.get('/api/v1/organizations?q=dang%20bo%20van%20phong'));
    expect(res.data.map((o) => o.name)).toEqual(['Đảng bộ Văn phòng Quốc hội']);
    const cells = json<{ data: { name: string }[] }>(await t.admin.get('/api/v1/organizations?q=CHI%20BO&sort=name'));
    expect(cells.data.map((o) => o.name)).toEqual(['Chi bộ Vụ Hành chính', 'Chi bộ Vụ Tổng hợp']);
  });

  it('renames with a history event and refuses a stale version with 409 and the current record', async () => {
    const res = await t.admin.patch(`/api/v1/organizations/${cellA.id}`, {
      version: cellA.version,
      name: 'Chi bộ Vụ Tổng hợp và Thư ký',
      effectiveOn: '2025-01-01',
    });
    expect(res.statusCode).toBe(200);
    expect(json(res).version).toBe(cellA.version + 1);
    const stale = await t.admin.patch(`/api/v1/organizations/${cellA.id}`, { version: cellA.version, name: 'Lost update' });
    expect(stale.statusCode).toBe(409);
    const problem = json<{ code: string; current: { name: string } }>(stale);
    expect(problem.code).toBe('resource.version_conflict');
    expect(problem.current.name).toBe('Chi bộ Vụ Tổng hợp và Thư ký');
    const events = json<{ data: { kind: string; occurredOn: string; details: { from: string; to: string } }[] }>(
      await t.admin.get(`/api/v1/organizations/${cellA.id}/events`),
    );
    expect(events.data.map((e) => e.kind).sort()).toEqual(['created', 'renamed']);
    expect(events.data.find((e) => e.kind === 'renamed')).toMatchObject({ kind: 'renamed', occurredOn: '2025-01-01', details: { from: 'Chi bộ Vụ Tổng hợp' } });
  });

  it('moves a subtree, refuses a cycle, and dissolves without deleting', async () => {
    const inter = await makeOrganization(t.admin, { parentId: root.id, kind: 'intermediate_committee', name: 'Đảng bộ bộ phận Khối A' });
    const sub = await makeOrganization(t.admin, { parentId: inter.id, kind: 'cell_under_committee', name: 'Chi bộ 1' });
    const other = await makeOrganization(t.admin, { parentId: root.id, kind: 'intermediate_committee', name: 'Đảng bộ bộ phận Khối B' });
    const cycle = await t.admin.post(`/api/v1/organizations/${inter.id}/move`, { version: 1, parentId: sub.id, effectiveOn: '2025-03-01' });
    expect(cycle.statusCode).toBe(422);
    expect(json(cycle).code).toBe('organization.cycle');
    const moved = await t.admin.post(`/api/v1/organizations/${inter.id}/move`, { version: 1, parentId: other.id, effectiveOn: '2025-03-01' });
    expect(moved.statusCode).toBe(200);
    const child = json<{ path: string; depth: number }>(await t.admin.get(`/api/v1/organizations/${sub.id}`));
    expect(child.path).toBe(`${root.path}${other.id}/${inter.id}/${sub.id}/`);
    expect(child.depth).toBe(3);
    const busy = await t.admin.post(`/api/v1/organizations/${inter.id}/dissolve`, { version: 2, effectiveOn: '2025-04-01' });
    expect(json(busy).code).toBe('organization.has_active_children');
    const gone = await t.admin.post(`/api/v1/organizations/${sub.id}/merge`, { version: 1, effectiveOn: '2025-04-01', intoId: cellB.id });
    expect(gone.statusCode).toBe(200);
    expect(json(gone)).toMatchObject({ dissolvedOn: '2025-04-01', mergedIntoId: cellB.id });
    const still = json<{ data: { id: string }[] }>(await t.admin.get('/api/v1/organizations?includeDissolved=true&limit=200'));
    expect(still.data.map((o) => o.id)).toContain(sub.id);
    const active = json<{ data: { id: string }[] }>(await t.admin.get('/api/v1/organizations?limit=200'));
    expect(active.data.map((o) => o.id)).not.toContain(sub.id);
  });

  it('scopes a cell secretary to their cell: own people readable, another cell answers 404', async () => {
    const mine = await makePerson(t.admin, cellA.id, { givenName: 'Bình' });
    const theirs = await makePerson(t.admin, cellB.id, { givenName: 'Cường' });
    const sec = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: cellA.id }]);
    const c = await new Client(t.app).login(sec.username, sec.password);
    expect((await c.get(`/api/v1/people/${mine.id}`)).statusCode).toBe(200);
    const other = await c.get(`/api/v1/people/${theirs.id}`);
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect((await c.get(`/api/v1/organizations/${cellB.id}`)).statusCode).toBe(404);
    expect((await c.get(`/api/v1/organizations/${root.id}`)).statusCode).toBe(404);
    const list = json<{ data: { id: string }[] }>(await c.get('/api/v1/people?limit=200'));
    expect(list.data.map((p) => p.id)).toEqual([mine.id]);
    const tree = json<{ data: { id: string }[] }>(await c.get('/api/v1/organizations/tree'));
    expect(tree.data.map((o) => o.id)).toEqual([cellA.id]);
    // A cell secretary may not create organizations, not even inside the cell.
    const create = await c.post('/api/v1/organizations', { parentId: cellA.id, kind: 'party_group', name: 'Tổ đảng 1' });
    expect(create.statusCode).toBe(404);
  });
});
