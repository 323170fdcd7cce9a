import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type TestApp, json, makeOrganization, makePerson, startTestApp } from '../../../test/app.ts';
import { verifyAuditChain } from './audit.chain.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('audit log', () => {
  it('records every write with actor, before, after and request id, and shows an entity history', async () => {
    const org = await makeOrganization(t.admin, { name: 'Chi bộ Nhật ký' });
    const renamed = await t.admin.patch(`/api/v1/organizations/${org.id}`, { version: 1, name: 'Chi bộ Nhật ký mới' });
    const requestId = renamed.headers['x-request-id'];
    const history = json<{ data: { action: string; actorLabel: string; before: { name: string } | null; after: { name: string }; requestId: string }[] }>(
      await t.admin.get(`/api/v1/audit?entity=organization&entityId=${org.id}`),
    );
    expect(history.data.map((e) => e.action)).toEqual(['organization.updated', 'organization.created']);
    expect(history.data[0]).toMatchObject({ actorLabel: 'admin', before: { name: 'Chi bộ Nhật ký' }, after: { name: 'Chi bộ Nhật ký mới' }, requestId });
  });

  it('refuses UPDATE and DELETE on the log itself', async () => {
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });

  it('verifies the chain, and names the first row altered behind the application\'s back', async () => {
    const org = await makeOrganization(t.admin);
    await makePerson(t.admin, org.id);
    await makePerson(t.admin, org.id, { givenName: 'Bảo' });
    const ok = await verifyAuditChain(t.database.db, 3);
    expect(ok.ok).toBe(true);
    expect(ok.rows).toBeGreaterThan(4);
    const victim = await t.database.db.selectFrom('auditLog').select(['seq', 'id']).where('action', '=', 'person.created').orderBy('seq').limit(1).executeTakeFirstOrThrow();
    // A database owner can bypass the trigger; the hash chain is what catches it.
    await t.database.db.transaction().execute(async (trx) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(trx);
      await sql`UPDATE audit_log SET after = jsonb_set(after, '{fullName}', '"Kẻ giả mạo"') WHERE seq = ${victim.seq}`.execute(trx);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(trx);
    });
    const broken = await verifyAuditChain(t.database.db, 3);
    expect(broken).toMatchObject({ ok: false, seq: victim.seq, id: victim.id, reason: 'hash_mismatch' });
    const api = json(await t.admin.get('/api/v1/audit/verify'));
    expect(api).toMatchObject({ ok: false, seq: victim.seq });
  });

  it('shows a scoped reader only the entries of records inside their subtree', async () => {
    const root = await makeOrganization(t.admin, { name: 'Đảng bộ Phạm vi' });
    const mine = await makeOrganization(t.admin, { parentId: root.id, kind: 'cell_under_committee', name: 'Chi bộ Của tôi' });
    const theirs = await makeOrganization(t.admin, { parentId: root.id, kind: 'cell_under_committee', name: 'Chi bộ Khác' });
    const p1 = await makePerson(t.admin, mine.id, { givenName: 'Mạnh' });
    const p2 = await makePerson(t.admin, theirs.id, { givenName: 'Hùng' });
    await t.admin.post('/api/v1/users', { username: 'bithu.scope', displayName: 'Bí thư', password: 'mat-khau-2025', grants: [{ role: 'cell_secretary', organizationId: mine.id }] });
    const c = await new Client(t.app).login('bithu.scope', 'mat-khau-2025');
    const all = json<{ data: { entityId: string; scopePath: string | null }[] }>(await c.get('/api/v1/audit?limit=200'));
    const ids = all.data.map((e) => e.entityId);
    expect(ids).toEqual(expect.arrayContaining([mine.id, p1.id]));
    expect(ids).not.toContain(theirs.id);
    expect(ids).not.toContain(p2.id);
    expect(all.data.every((e) => e.scopePath?.startsWith(`/${root.id}/${mine.id}/`))).toBe(true);
    const other = json<{ data: unknown[] }>(await c.get(`/api/v1/audit?entity=person&entityId=${p2.id}`));
    expect(other.data).toEqual([]);
    const own = json<{ data: { action: string }[] }>(await c.get(`/api/v1/audit?entity=person&entityId=${p1.id}`));
    expect(own.data.map((e) => e.action)).toEqual(['person.created']);
  });

  it('keeps the whole log from those without audit rights', async () => {
    const org = await makeOrganization(t.admin);
    const u = await t.admin.post('/api/v1/users', { username: 'portal1', displayName: 'Biên tập', password: 'mat-khau-2025', grants: [{ role: 'portal_editor', organizationId: org.id }] });
    expect(u.statusCode).toBe(201);
    const c = await new Client(t.app).login('portal1', 'mat-khau-2025');
    expect((await c.get('/api/v1/audit')).statusCode).toBe(403);
    expect((await c.get('/api/v1/audit/verify')).statusCode).toBe(403);
  });
});
