import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, makeOrganization, startTestApp } from '../../../test/app.ts';
import { insertPeriod, insertSchedule, insertSubmission, insertTask, makeLinkedUser } from '../notifications/notifications.fixtures.ts';
import type { WorkDashboard } from './dashboards.schema.ts';

let t: TestApp;
let committee: { id: string; path: string };
let cellX: { id: string; path: string };
let cellY: { id: string; path: string };
let other: { id: string; path: string };

/** Known data in 2025 (all past, so nothing is "not yet due"). */
async function seed() {
  const task = (unit: { id: string; path: string }, dueOn: string, status: 'open' | 'in_progress' | 'done' | 'cancelled', completedOn: string | null = null) =>
    insertTask(t, { ownerPersonId: null, unit, title: `Nhiệm vụ ${dueOn}`, dueOn, status, completedOn });
  await task(cellX, '2025-01-10', 'done', '2025-01-09');
  await task(cellX, '2025-01-20', 'done', '2025-01-25');
  await task(cellX, '2025-01-31', 'open');
  await task(cellX, '2025-02-15', 'done', '2025-02-15');
  await task(cellX, '2025-02-20', 'cancelled');
  await task(cellX, '2025-06-01', 'open'); // outside the range
  await task(cellY, '2025-01-05', 'done', '2025-01-05');
  await task(cellY, '2025-01-06', 'in_progress');
  await task(other, '2025-01-10', 'open'); // another committee

  const schedule = await insertSchedule(t, committee, [cellX.id, cellY.id]);
  const p1 = await insertPeriod(t, schedule, 'Tháng 1', '2024-12-15', '2025-01-14', '2025-01-16');
  const p2 = await insertPeriod(t, schedule, 'Tháng 2', '2025-01-15', '2025-02-14', '2025-02-18');
  const p3 = await insertPeriod(t, schedule, 'Tháng 3', '2025-02-15', '2025-03-14', '2025-03-18');
  await insertSubmission(t, p1, cellX, 'accepted', '2025-01-16T16:00:00Z'); // 23:00 in Vietnam on the due day: on time
  await insertSubmission(t, p2, cellX, 'submitted', '2025-02-18T18:00:00Z'); // 01:00 the next day in Vietnam: late
  for (const p of [p1, p2, p3]) await insertSubmission(t, p, cellY, 'accepted', '2025-01-10T02:00:00Z');

  const incoming = (org: { id: string; path: string }, n: number, receivedOn: string) => sql`
    INSERT INTO incoming_documents (id, organization_id, scope_path, year, arrival_number, received_on, sender, document_date, summary)
    VALUES (${randomUUID()}, ${org.id}, ${org.path}, 2025, ${n}, ${receivedOn}, 'Ban Tổ chức', ${receivedOn}, 'Công văn')`.execute(t.database.db);
  await incoming(cellX, 1, '2025-01-05');
  await incoming(cellX, 2, '2025-01-25');
  await incoming(cellY, 1, '2025-02-03');
  await incoming(other, 1, '2025-01-07');
}

beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cellX = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ X' });
  cellY = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Y' });
  other = await makeOrganization(t.admin, { name: 'Đảng bộ khác' });
  await seed();
});
afterAll(async () => {
  await t.close();
});

const url = (orgId: string, from = '2025-01-01', to = '2025-03-31') => `/api/v1/dashboards/work?organizationId=${orgId}&from=${from}&to=${to}`;

describe('GET /api/v1/dashboards/work', () => {
  it("counts the committee's tasks by status and lead unit, on-time rates per unit and month, report punctuality, correspondence", async () => {
    const res = await t.admin.get(url(committee.id));
    expect(res.statusCode).toBe(200);
    const d = json<WorkDashboard>(res);
    expect(d.tasks.byStatus).toEqual({ open: 1, in_progress: 1, done: 4, cancelled: 1 });
    expect(d.tasks.byUnit).toEqual([
      { unitId: cellX.id, unitName: 'Chi bộ X', byStatus: { open: 1, in_progress: 0, done: 3, cancelled: 1 }, total: 5, overdue: 1 },
      { unitId: cellY.id, unitName: 'Chi bộ Y', byStatus: { open: 0, in_progress: 1, done: 1, cancelled: 0 }, total: 2, overdue: 1 },
    ]);
    expect(d.onTime.map((r) => [r.unitName, r.month, r.due, r.onTime, r.late, r.overdue, r.pending, r.rate])).toEqual([
      ['Chi bộ X', '2025-01', 3, 1, 1, 1, 0, 0.3333],
      ['Chi bộ Y', '2025-01', 2, 1, 0, 1, 0, 0.5],
      ['Chi bộ X', '2025-02', 1, 1, 0, 0, 0, 1],
    ]);
    expect(d.reports).toEqual([
      { organizationId: cellX.id, organizationName: 'Chi bộ X', expected: 3, submitted: 2, onTime: 1, late: 1, missing: 1, rate: 0.3333 },
      { organizationId: cellY.id, organizationName: 'Chi bộ Y', expected: 3, submitted: 3, onTime: 3, late: 0, missing: 0, rate: 1 },
    ]);
    expect(d.correspondence).toEqual([
      { month: '2025-01', incoming: 2, outgoing: 0 },
      { month: '2025-02', incoming: 1, outgoing: 0 },
    ]);
  });

  it("narrows to the range asked: February only", async () => {
    const d = json<WorkDashboard>(await t.admin.get(url(committee.id, '2025-02-01', '2025-02-28')));
    expect(d.tasks.byStatus).toEqual({ open: 0, in_progress: 0, done: 1, cancelled: 1 });
    expect(d.reports.map((r) => [r.organizationName, r.expected, r.onTime])).toEqual([['Chi bộ X', 1, 0], ['Chi bộ Y', 1, 1]]);
  });

  it("shows a cell secretary only their cell's part of the committee, and nothing of another committee", async () => {
    const sec = await makeLinkedUser(t, cellX.id, 'cell_secretary', null, 'Xuân');
    const d = json<WorkDashboard>(await sec.client.get(url(committee.id)));
    expect(d.tasks.byUnit.map((u) => u.unitName)).toEqual(['Chi bộ X']);
    expect(d.tasks.byStatus).toEqual({ open: 1, in_progress: 0, done: 3, cancelled: 1 });
    expect(d.reports.map((r) => r.organizationName)).toEqual(['Chi bộ X']);
    expect(d.correspondence).toEqual([{ month: '2025-01', incoming: 2, outgoing: 0 }]);
    const outside = await sec.client.get(url(other.id));
    expect(outside.statusCode).toBe(404);
    expect(outside.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a reversed range and unknown parameters', async () => {
    const reversed = await t.admin.get(url(committee.id, '2025-03-01', '2025-01-01'));
    expect(reversed.statusCode).toBe(400);
    expect(json(reversed)).toMatchObject({ code: 'dashboard.range_invalid' });
    expect((await t.admin.get(`${url(committee.id)}&unit=all`)).statusCode).toBe(400);
    expect((await t.admin.get(url(committee.id, '2025-02-30'))).statusCode).toBe(400);
  });
});
