import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, json, makeOrganization, makePerson, makeUser, startTestApp } from '../../../test/app.ts';
import { ok, planMeeting, setState } from '../meetings/meetings.fixtures.ts';
import type { Task } from './tasks.schema.ts';

let t: TestApp;
let committee: { id: string; path: string };
let cell: { id: string; path: string };
let dept: { id: string };
let owner: { id: string };
let ownerClient: Client;

beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Tổng hợp' });
  dept = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Hành chính' });
  owner = await makePerson(t.admin, cell.id, { givenName: 'Minh' });
  const user = await makeUser(t.admin, [{ role: 'member', organizationId: cell.id }]);
  await ok(await t.admin.patch(`/api/v1/users/${user.id}`, { version: user.version, personId: owner.id }));
  ownerClient = await t.anonymous().login(user.username, user.password);
});
afterAll(() => t.close());

const newTask = (overrides: Record<string, unknown> = {}) => ({
  title: 'Xây dựng kế hoạch kiểm tra, giám sát năm 2027', ownerPersonId: owner.id, leadUnitId: cell.id,
  startOn: '2026-12-01', dueOn: '2026-12-31', expectedResult: 'Kế hoạch được Đảng ủy thông qua', ...overrides,
});

describe('a conclusion becomes a task and lives its life on the timeline', () => {
  it('progress, a reschedule with its reason, completion; the original deadline stays visible', async () => {
    const m = await setState(t.admin, await planMeeting(t.admin, cell.id, { inviteMembers: false }), 'held');
    const c = await ok<{ id: string }>(await t.admin.post(`/api/v1/meetings/${m.id}/conclusions`, { text: 'Rà soát quy chế làm việc của chi bộ.' }), 201);
    let task = await ok<Task>(await t.admin.post(`/api/v1/meetings/${m.id}/conclusions/${c.id}/task`, {
      ownerPersonId: owner.id, leadUnitId: cell.id, dueOn: '2026-12-20', expectedResult: 'Quy chế sửa đổi',
    }), 201);
    // The owner reports progress; only a manager reschedules.
    task = await ok<Task>(await ownerClient.post(`/api/v1/tasks/${task.id}/progress`, { version: task.version, progress: 40, note: 'Đã có dự thảo.' }));
    expect(task).toMatchObject({ status: 'in_progress', progress: 40 });
    expect((await ownerClient.post(`/api/v1/tasks/${task.id}/reschedule`, { version: task.version, dueOn: '2027-01-15', reason: 'x' })).statusCode).toBe(403);
    const noReason = await t.admin.post(`/api/v1/tasks/${task.id}/reschedule`, { version: task.version, dueOn: '2027-01-15' });
    expect(noReason.statusCode).toBe(400);
    task = await ok<Task>(await t.admin.post(`/api/v1/tasks/${task.id}/reschedule`, { version: task.version, dueOn: '2027-01-15', reason: 'Chờ hướng dẫn của Đảng ủy cấp trên' }));
    expect(task).toMatchObject({ dueOn: '2027-01-15', originalDueOn: '2026-12-20' });
    const back = await ownerClient.post(`/api/v1/tasks/${task.id}/progress`, { version: task.version, progress: 20, note: 'Sửa lại' });
    expect(json(back).code).toBe('task.progress_backwards');
    task = await ok<Task>(await ownerClient.post(`/api/v1/tasks/${task.id}/complete`, { version: task.version, completedOn: '2027-01-10', result: 'Quy chế đã ban hành' }));
    expect(task).toMatchObject({ status: 'done', progress: 100, overdue: false });
    expect(json(await ownerClient.post(`/api/v1/tasks/${task.id}/progress`, { version: task.version, progress: 100, note: 'x' })).code).toBe('task.not_open');
    const events = json<{ data: Array<{ kind: string; note: string | null; dueOn: string | null; details: Record<string, unknown> }> }>(await ownerClient.get(`/api/v1/tasks/${task.id}/events`)).data;
    expect(events.map((e) => e.kind)).toEqual(['created', 'progress', 'rescheduled', 'completed']);
    expect(events[2]).toMatchObject({ dueOn: '2027-01-15', note: 'Chờ hướng dẫn của Đảng ủy cấp trên', details: { from: '2026-12-20', originalDueOn: '2026-12-20' } });
    expect(events[3]?.details).toMatchObject({ completedOn: '2027-01-10', onTime: true });
  });
});

describe('bad input changes nothing', () => {
  it('refuses a deadline before the start and progress over 100', async () => {
    const early = await t.admin.post('/api/v1/tasks', newTask({ startOn: '2026-12-10', dueOn: '2026-12-01' }));
    expect(json(early).code).toBe('task.due_before_start');
    const task = await ok<Task>(await t.admin.post('/api/v1/tasks', newTask({ title: 'Tổng hợp báo cáo quý IV' })), 201);
    expect((await t.admin.post(`/api/v1/tasks/${task.id}/progress`, { version: task.version, progress: 120, note: 'x' })).statusCode).toBe(400);
    expect(json<Task>(await t.admin.get(`/api/v1/tasks/${task.id}`))).toMatchObject({ progress: 0, version: task.version });
  });

  it('a bulk change is all or nothing, naming the task that refused it', async () => {
    const a = await ok<Task>(await t.admin.post('/api/v1/tasks', newTask({ title: 'Chuẩn bị hội nghị tổng kết' })), 201);
    const b = await ok<Task>(await t.admin.post('/api/v1/tasks', newTask({ title: 'Cập nhật sổ đảng viên', startOn: '2026-12-20' })), 201);
    const res = await t.admin.post('/api/v1/tasks/bulk', { action: 'reschedule', dueOn: '2026-12-15', reason: 'Dồn lịch', tasks: [{ id: a.id, version: a.version }, { id: b.id, version: b.version }] });
    expect(res.statusCode).toBe(422);
    expect(json(res)).toMatchObject({ code: 'task.bulk_failed', taskId: b.id, cause: 'task.due_before_start' });
    expect(json<Task>(await t.admin.get(`/api/v1/tasks/${a.id}`)).dueOn).toBe('2026-12-31');
    const done = json<{ data: Task[] }>(await t.admin.post('/api/v1/tasks/bulk', { action: 'progress', progress: 50, note: 'Giữa kỳ', tasks: [{ id: a.id, version: a.version }, { id: b.id, version: b.version }] }));
    expect(done.data.map((x) => x.progress)).toEqual([50, 50]);
  });
});

describe('a user who may not change tasks at all', () => {
  it('is refused with 403 before any word on the task\'s state, version or the input', async () => {
    const u = await makeUser(t.admin, [{ role: 'superior_readonly', organizationId: committee.id }]);
    const reader = await t.anonymous().login(u.username, u.password);
    const open = await ok<Task>(await t.admin.post('/api/v1/tasks', newTask({ title: 'Rà soát hồ sơ đảng viên' })), 201);
    let done = await ok<Task>(await t.admin.post('/api/v1/tasks', newTask({ title: 'Tổng kết công tác năm' })), 201);
    done = await ok<Task>(await t.admin.post(`/api/v1/tasks/${done.id}/complete`, { version: done.version, completedOn: '2026-12-20', result: 'Đã tổng kết' }));
    expect((await reader.get(`/api/v1/tasks/${done.id}`)).statusCode).toBe(200);
    const attempts: Array<[string, Record<string, unknown>]> = [
      [`/api/v1/tasks/${done.id}/progress`, { version: done.version, progress: 100, note: 'x' }], // closed: task.not_open
      [`/api/v1/tasks/${done.id}/cancel`, { version: done.version, reason: 'x' }],
      [`/api/v1/tasks/${open.id}/progress`, { version: open.version + 5, progress: 10, note: 'x' }], // stale version
      [`/api/v1/tasks/${open.id}/reschedule`, { version: open.version, dueOn: open.dueOn, reason: 'x' }], // same deadline
      [`/api/v1/tasks/${done.id}/complete`, { version: done.version, completedOn: '2026-12-21', result: 'Lại' }],
      ['/api/v1/tasks/bulk', { action: 'progress', progress: 50, note: 'x', tasks: [{ id: done.id, version: done.version }] }],
    ];
    for (const [url, body] of attempts) {
      const res = await reader.post(url, body);
      expect(res.statusCode, `${url} ${res.body}`).toBe(403);
    }
    expect(json<Task>(await t.admin.get(`/api/v1/tasks/${open.id}`))).toMatchObject({ version: open.version, progress: 0 });
  });
});

describe('overlap warnings', () => {
  it('warns when another unit leads a near-identical task in the same period', async () => {
    const first = await ok<Task & { overlaps: unknown[] }>(await t.admin.post('/api/v1/tasks', newTask({ title: 'Tổ chức hội nghị sơ kết công tác kiểm tra 6 tháng' })), 201);
    expect(first.overlaps).toEqual([]);
    const second = await ok<Task & { overlaps: Array<{ id: string; similarity: number }> }>(await t.admin.post('/api/v1/tasks', newTask({
      leadUnitId: dept.id, title: 'Tổ chức hội nghị sơ kết công tác kiểm tra 6 tháng đầu năm',
    })), 201);
    expect(second.overlaps.map((o) => o.id)).toEqual([first.id]);
    expect(second.overlaps[0]?.similarity).toBeGreaterThan(0.6);
    const unrelated = await ok<Task & { overlaps: unknown[] }>(await t.admin.post('/api/v1/tasks', newTask({ leadUnitId: dept.id, title: 'Mua sắm trang thiết bị phòng họp' })), 201);
    expect(unrelated.overlaps).toEqual([]);
    const later = await ok<Task & { overlaps: unknown[] }>(await t.admin.post('/api/v1/tasks', newTask({ leadUnitId: dept.id, title: 'Tổ chức hội nghị sơ kết công tác kiểm tra 6 tháng', startOn: '2027-06-01', dueOn: '2027-06-30' })), 201);
    expect(later.overlaps).toEqual([]);
  });
});
