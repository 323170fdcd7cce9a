import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, makeOrganization, startTestApp } from '../../../test/app.ts';
import { verifyAuditChain } from './audit.chain.ts';

let t: TestApp;
let committee: { id: string };
beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng bộ Đồng thời' });
});
afterAll(() => t.close());

const register = (i: number) =>
  t.admin.post('/api/v1/incoming', {
    organizationId: committee.id, receivedOn: '2026-11-30', documentDate: '2026-11-27', sender: 'Văn phòng Trung ương Đảng',
    symbol: `${700 + i}-CV/VPTW`, typeName: 'Công văn', summary: `Văn bản đến đồng thời số ${i}`, urgency: 'thuong', secrecy: 'none',
  });

describe('the audit chain under concurrent writers', () => {
  it('50 registrations and 10 new organizations at once: each acknowledged write has its row, seq has no gap, the chain verifies', async () => {
    const before = await t.database.db.selectFrom('auditLog').select(sql<number>`coalesce(max(seq), 0)`.as('seq')).executeTakeFirstOrThrow();
    const writes = await Promise.all([
      ...Array.from({ length: 50 }, (_, i) => register(i)),
      ...Array.from({ length: 10 }, (_, i) => t.admin.post('/api/v1/organizations', { parentId: committee.id, kind: 'cell_under_committee', name: `Chi bộ Đồng thời ${i}` })),
    ]);
    expect(writes.map((r) => r.statusCode)).toEqual(writes.map(() => 201));
    const ids = writes.map((r) => json<{ id: string }>(r).id);
    const rows = await t.database.db.selectFrom('auditLog').select(['seq', 'entityId', 'action']).where('seq', '>', before.seq).orderBy('seq').execute();
    expect(rows.map((r) => r.entityId).sort()).toEqual([...ids].sort());
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => before.seq + 1 + i));
    const arrivals = writes.slice(0, 50).map((r) => json<{ arrivalNumber: number }>(r).arrivalNumber).sort((a, b) => a - b);
    expect(arrivals).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await verifyAuditChain(t.database.db)).toEqual({ ok: true, rows: Number(before.seq) + 60 });
  }, 60_000);

  it('breaks the link of the next row when the newest rows were deleted behind the application\'s back', async () => {
    const last = await t.database.db.selectFrom('auditLog').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    await t.database.db.transaction().execute(async (trx) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(trx);
      await sql`DELETE FROM audit_log WHERE seq = ${last.seq}`.execute(trx);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(trx);
    });
    expect((await register(99)).statusCode).toBe(201);
    const verdict = await verifyAuditChain(t.database.db);
    expect(verdict).toMatchObject({ ok: false, reason: 'broken_link' });
    expect(verdict.ok === false && verdict.seq).toBeGreaterThan(last.seq);
  });
});
