import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, makeOrganization, makePerson, startTestApp } from '../../../test/app.ts';
import type { Page } from '../../http/paging.ts';
import type { Task } from '../tasks/tasks.schema.ts';
import type { Program } from './programs.schema.ts';

let t: TestApp;
let committee: { id: string };
let cell: { id: string };

beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Tổng hợp' });
});
afterAll(() => t.close());

describe('a yearly work program', () => {
  it('gets items, is adopted, and an item becomes a task on its owner\'s list', async () => {
    const bad = await t.admin.post('/api/v1/programs', { organizationId: committee.id, kind: 'year', title: 'x', periodStart: '2027-12-31', periodEnd: '2027-01-01' });
    expect(json(bad).code).toBe('program.period_invalid');
    let p = json<Program>(await t.admin.post('/api/v1/programs', { organizationId: committee.id, kind: 'year', title: 'Chương trình công tác năm 2027', periodStart: '2027-01-01', periodEnd: '2027-12-31' }));
    const owner = await makePerson(t.admin, cell.id, { givenName: 'Lan' });
    p = json<Program>(await t.admin.post(`/api/v1/programs/${p.id}/items`, {
      title: 'Sơ kết 6 tháng thực hiện nghị quyết', leadUnitId: cell.id, cooperatingUnitIds: [committee.id], responsiblePersonId: owner.id, dueOn: '2027-07-15', expectedResult: 'Báo cáo sơ kết',
    }));
    expect(p.items).toEqual([expect.objectContaining({ position: 1, leadUnitName: 'Chi bộ Vụ Tổng hợp', responsibleName: owner.fullName, taskId: null })]);
    p = json<Program>(await t.admin.post(`/api/v1/programs/${p.id}/adopt`, { version: p.version }));
    expect(p.status).toBe('adopted');
    expect(json(await t.admin.post(`/api/v1/programs/${p.id}/items`, { title: 'Thêm', leadUnitId: cell.id })).code).toBe('program.adopted');
    const task = json<Task>(await t.admin.post(`/api/v1/programs/${p.id}/items/${p.items[0]?.id}/task`, {}));
    expect(task).toMatchObject({ sourceKind: 'program_item', ownerPersonId: owner.id, dueOn: '2027-07-15', cooperatingUnits: [{ id: committee.id }] });
    expect(json(await t.admin.post(`/api/v1/programs/${p.id}/items/${p.items[0]?.id}/task`, {})).code).toBe('program.item_has_task');
    const listed = json<Page<{ id: string }>>(await t.admin.get(`/api/v1/programs?year=2027&organizationId=${committee.id}`));
    expect(listed.data.map((x) => x.id)).toEqual([p.id]);
    expect(json<Program>(await t.admin.get(`/api/v1/programs/${p.id}`)).items[0]).toMatchObject({ taskId: task.id, taskStatus: 'open', taskProgress: 0 });
  });
});
