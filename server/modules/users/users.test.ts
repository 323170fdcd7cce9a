import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type TestApp, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import { withinClearance } from '../../http/scope.ts';
import type { Actor } from '../../lib/roles.ts';

let t: TestApp;
let root: { id: string };
let cell: { id: string };
let other: { id: string };

beforeAll(async () => {
  t = await startTestApp();
  root = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cell = await makeOrganization(t.admin, { parentId: root.id, kind: 'cell_under_committee', name: 'Chi bộ 1' });
  other = await makeOrganization(t.admin, { kind: 'superior_committee', name: 'Đảng bộ Khối' });
});
afterAll(() => t.close());

describe('users and role grants', () => {
  it('administers accounts: create with grants, refuse a duplicate username, grant and revoke', async () => {
    const u = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: cell.id }], { username: 'bithu1' });
    const dup = await t.admin.post('/api/v1/users', { username: 'BITHU1', displayName: 'Trùng', password: 'mat-khau-2025' });
    expect(json(dup)).toMatchObject({ status: 409, code: 'user.username_taken' });
    const granted = json<{ grants: { id: string; role: string; organizationName: string }[] }>(
      await t.admin.post(`/api/v1/users/${u.id}/grants`, { role: 'inspector', organizationId: root.id }),
    );
    expect(granted.grants.map((g) => [g.role, g.organizationName])).toEqual([
      ['cell_secretary', 'Chi bộ 1'],
      ['inspector', 'Đảng bộ Cơ quan'],
    ]);
    const c = await new Client(t.app).login('bithu1', u.password);
    expect((await c.get(`/api/v1/organizations/${root.id}`)).statusCode).toBe(200);
    const inspector = granted.grants.find((g) => g.role === 'inspector');
    expect((await t.admin.delete(`/api/v1/users/${u.id}/grants/${inspector?.id}`)).statusCode).toBe(200);
    expect((await c.get(`/api/v1/organizations/${root.id}`)).statusCode).toBe(404);
    const list = json<{ data: { username: string }[] }>(await t.admin.get('/api/v1/users?q=bithu'));
    expect(list.data.map((x) => x.username)).toEqual(['bithu1']);
  });

  it('only account managers manage accounts, and only inside their own subtree', async () => {
    const member = await makeUser(t.admin, [{ role: 'member', organizationId: cell.id }]);
    const m = await new Client(t.app).login(member.username, member.password);
    expect((await m.get('/api/v1/users')).statusCode).toBe(403);
    expect((await m.post('/api/v1/users', { username: 'hacker', displayName: 'Kẻ lạ', password: 'mat-khau-2025' })).statusCode).toBe(403);
    const localAdmin = await makeUser(t.admin, [{ role: 'admin', organizationId: root.id }]);
    const la = await new Client(t.app).login(localAdmin.username, localAdmin.password);
    const inside = await la.post('/api/v1/users', { username: 'trongpham', displayName: 'Trong phạm vi', password: 'mat-khau-2025', grants: [{ role: 'member', organizationId: cell.id }] });
    expect(inside.statusCode).toBe(201);
    const outside = await la.post('/api/v1/users', { username: 'ngoaipham', displayName: 'Ngoài phạm vi', password: 'mat-khau-2025', grants: [{ role: 'member', organizationId: other.id }] });
    expect(outside.statusCode).toBe(404);
    expect(json(await t.admin.get('/api/v1/users?q=ngoaipham')).data).toEqual([]);
    // Only a system administrator creates top-level organizations.
    expect((await la.post('/api/v1/organizations', { parentId: null, kind: 'agency', name: 'Cơ quan mới' })).statusCode).toBe(403);
  });
});

describe('clearance for classified records', () => {
  it('lets an actor read records up to their clearance level only', async () => {
    await sql`CREATE TEMP TABLE classified_probe (id int, secrecy text)`.execute(t.database.db);
    await sql`INSERT INTO classified_probe VALUES (1, 'none'), (2, 'mat'), (3, 'toi_mat'), (4, 'tuyet_mat')`.execute(t.database.db);
    const visible = async (clearance: number) => {
      const actor: Actor = { userId: 'x', username: 'x', displayName: 'x', personId: null, clearance, isSystemAdmin: false, grants: [], via: 'session' };
      const res = await sql<{ id: number }>`SELECT id FROM classified_probe WHERE ${withinClearance(actor, sql.ref('secrecy'))} ORDER BY id`.execute(t.database.db);
      return res.rows.map((r) => r.id);
    };
    expect(await visible(0)).toEqual([1]);
    expect(await visible(1)).toEqual([1, 2]);
    expect(await visible(3)).toEqual([1, 2, 3, 4]);
    const u = await makeUser(t.admin, [{ role: 'member', organizationId: cell.id }], { clearance: 2 });
    const me = json<{ clearance: number }>(await (await new Client(t.app).login(u.username, u.password)).get('/api/v1/auth/me'));
    expect(me.clearance).toBe(2);
    expect((await t.admin.post('/api/v1/users', { username: 'toocleared', displayName: 'Quá mức', password: 'mat-khau-2025', clearance: 4 })).statusCode).toBe(400);
  });
});
