import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, makeOrganization, startTestApp } from '../../../test/app.ts';
import { addDays, todayInVietnam } from '../../lib/dates.ts';
import { addWorkingDays } from '../../lib/working-days.ts';
import { holidaysAfter } from '../rules/index.ts';
import { act, makeMemberPerson, makeOfficial } from './members.fixtures.ts';
import { addMonths } from '../../lib/dates.ts';
import type { Member } from './members.schema.ts';

let t: TestApp;
let committee: { id: string; path: string };
let cell: { id: string; path: string };
const today = todayInVietnam();

type Reminder = { kind: string; memberId: string; dueOn: string; opensOn: string; overdue: boolean; daysLeft: number; calendarWarning: boolean };
const reminders = async (qs = '') =>
  json<{ data: Reminder[] }>(await t.admin.get(`/api/v1/members/reminders?organizationId=${committee.id}${qs}`)).data;

beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Tổng hợp' });
});
afterAll(() => t.close());

describe('reminders', () => {
  it('shows a due probation review until the member is recognized; an overdue one is marked', async () => {
    const ceremony = addDays(addMonths(today, -12), -5);
    const due = await makeOfficial(t.admin, cell.id, { status: 'probationary', ceremonyDate: ceremony, admissionDecisionDate: addDays(ceremony, -10), officialRecognitionDate: null });
    const late = await makeOfficial(t.admin, cell.id, { status: 'probationary', ceremonyDate: addMonths(today, -15), admissionDecisionDate: addMonths(today, -16), officialRecognitionDate: null });
    const later = await makeOfficial(t.admin, cell.id, { status: 'probationary', ceremonyDate: addMonths(today, -6), admissionDecisionDate: addMonths(today, -7), officialRecognitionDate: null });
    const list = await reminders();
    const review = list.find((r) => r.memberId === due.id);
    expect(review).toMatchObject({ kind: 'probation_review', opensOn: addMonths(ceremony, 12), overdue: false });
    expect(review?.daysLeft).toBeGreaterThan(0);
    expect(list.find((r) => r.memberId === late.id)).toMatchObject({ kind: 'probation_review', overdue: true });
    expect(list.find((r) => r.memberId === later.id)).toBeUndefined();
    expect((await reminders('&within=200')).find((r) => r.memberId === later.id)).toBeDefined();

    await act(t.admin, due.id, 'official-recognition', { decidedOn: today });
    await act(t.admin, late.id, 'probation-removal', { decidedOn: today, reason: 'Không đủ tư cách' });
    const after = (await reminders()).map((r) => r.memberId);
    expect(after).not.toContain(due.id);
    expect(after).not.toContain(late.id);
  });

  it('shows an official transfer until its receipt is confirmed', async () => {
    const m = await makeOfficial(t.admin, cell.id);
    await act(t.admin, m.id, 'transfer-out', { kind: 'official', leftOn: addDays(today, -10), toOrganization: 'Đảng bộ Bộ Tài chính' });
    expect((await reminders()).find((r) => r.memberId === m.id)).toMatchObject({ kind: 'transfer_incomplete', overdue: false });
    await act(t.admin, m.id, 'transfer-receipt', { receivedOn: today });
    expect((await reminders()).find((r) => r.memberId === m.id)).toBeUndefined();
  });

  it('starts the transfer deadline when a retirement needs a transfer, until the transfer out is recorded', async () => {
    const m = await makeOfficial(t.admin, cell.id);
    const stays = await makeOfficial(t.admin, cell.id);
    const on = addDays(today, -5);
    await act(t.admin, m.id, 'retirement', { on, needsTransfer: true });
    await act(t.admin, stays.id, 'retirement', { on });
    const expected = addWorkingDays(on, 60, await holidaysAfter(t.database.db, on, 60));
    const list = await reminders();
    expect(list.find((r) => r.memberId === m.id)).toMatchObject({ kind: 'retirement_transfer', opensOn: on, dueOn: expected, overdue: false, calendarWarning: false });
    expect(list.find((r) => r.memberId === stays.id)).toBeUndefined();
    await act(t.admin, m.id, 'transfer-out', { kind: 'official', leftOn: today, toOrganization: 'Đảng bộ phường Ba Đình' });
    expect((await reminders()).filter((r) => r.memberId === m.id).map((r) => r.kind)).toEqual(['transfer_incomplete']);
  });

  it('warns when a deadline falls outside the known holiday calendar', async () => {
    const m = await makeOfficial(t.admin, cell.id);
    await act(t.admin, m.id, 'retirement', { on: '2009-03-02', needsTransfer: true });
    const res = json<{ data: Reminder[]; warnings: Array<{ code: string; message: string; from: string; to: string }> }>(
      await t.admin.get(`/api/v1/members/reminders?organizationId=${committee.id}`),
    );
    expect(res.data.find((r) => r.memberId === m.id)).toMatchObject({ kind: 'retirement_transfer', overdue: true, calendarWarning: true });
    expect(res.warnings).toEqual([expect.objectContaining({ code: 'calendar.outside_known', from: '2010-01-01', to: '2027-12-31' })]);
    expect(res.warnings[0]?.message).toMatch(/^Lịch ngày nghỉ lễ, tết chỉ có từ 2010-01-01 đến 2027-12-31/);
    expect(res.data.filter((r) => r.memberId !== m.id).every((r) => !r.calendarWarning)).toBe(true);
  });

  it('knows the holidays from 2010: 30/4 and 1/5 of 2019, Tết 2015, in SQL as in TypeScript', async () => {
    const cases: Array<[string, number, string]> = [
      ['2019-04-26', 3, '2019-05-03'], // Mon 29/4 works; 30/4 and 1/5 are off
      ['2015-02-13', 1, '2015-02-25'], // Tết Ất Mùi: 16/2 to 24/2
      ['2016-04-15', 1, '2016-04-19'], // Giỗ Tổ on Saturday 16/4: Monday 18/4 off instead
      ['2010-12-31', 1, '2011-01-04'], // 1/1/2011 a Saturday: Monday 3/1 off
    ];
    for (const [from, n, expected] of cases) {
      const row = await sql<{ d: string }>`SELECT add_working_days(${from}::date, ${n}::integer) AS d`.execute(t.database.db);
      expect([from, row.rows[0]?.d]).toEqual([from, expected]);
      expect(addWorkingDays(from, n, await holidaysAfter(t.database.db, from, n))).toBe(expected);
    }
  });

  it('computes deadlines in SQL exactly as the TypeScript rules do', async () => {
    const row = await sql<{ d: string; e: string }>`SELECT add_working_days('2024-04-15', 30) AS d, probation_end('2024-01-31') AS e`.execute(t.database.db);
    expect(row.rows[0]).toEqual({ d: '2024-05-31', e: addMonths('2024-01-31', 12) });
  });
});

describe('statistics and data quality', () => {
  it('totals equal the rows, per status and per cell', async () => {
    const other = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Kinh tế' });
    for (let i = 0; i < 3; i++) await makeOfficial(t.admin, other.id, { educationLevel: '12/12' });
    const gone = await makeOfficial(t.admin, other.id);
    await act(t.admin, gone.id, 'death', { on: today });
    const stats = json<{ total: number; current: number; byStatus: Record<string, number>; byCell: { cellId: string; total: number; official: number }[]; byAgeBand: { n: number }[]; byGender: Record<string, number>; flows: { deceased: number } }>(
      await t.admin.get(`/api/v1/members/statistics?organizationId=${committee.id}`),
    );
    const db = t.database.db;
    const rows = await db.selectFrom('members as m').innerJoin('organizations as o', 'o.id', 'm.cellId')
      .select(['m.status', 'm.cellId']).where('o.path', 'like', `${committee.path}%`).execute();
    expect(stats.total).toBe(rows.length);
    for (const status of new Set(rows.map((r) => r.status))) expect(stats.byStatus[status]).toBe(rows.filter((r) => r.status === status).length);
    const current = rows.filter((r) => ['official', 'probationary', 'exempt', 'temporarily_elsewhere'].includes(r.status));
    expect(stats.current).toBe(current.length);
    expect(stats.byCell.find((c) => c.cellId === other.id)).toMatchObject({ total: 3, official: 3 });
    expect(stats.byAgeBand.reduce((a, b) => a + b.n, 0)).toBe(current.length);
    expect(Object.values(stats.byGender).reduce((a, b) => a + b, 0)).toBe(current.length);
    expect(stats.flows.deceased).toBe(1);
    const cellOnly = json<{ total: number }>(await t.admin.get(`/api/v1/members/statistics?organizationId=${other.id}`));
    expect(cellOnly.total).toBe(4);
  });

  it('finds missing card numbers, duplicate name and birth, duplicate citizen ids', async () => {
    const q = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Chất lượng' });
    const noCard = await makeOfficial(t.admin, q.id, { partyCardNumber: null, citizenId: '001090000001' });
    const twinA = await makeMemberPerson(t.admin, q.id, '1979-09-09', 'Trùng');
    const twinB = await makeMemberPerson(t.admin, q.id, '1979-09-09', 'Trùng');
    const a = await t.admin.post('/api/v1/members', { personId: twinA.id, cellId: q.id, origin: 'application' });
    const b = await t.admin.post('/api/v1/members', { personId: twinB.id, cellId: q.id, origin: 'record', status: 'official', partyCardNumber: '1', admissionDecisionDate: '2000-01-01', citizenId: '001090000001' });
    const data = json<{ data: { memberId: string; issues: string[] }[] }>(await t.admin.get(`/api/v1/members/quality?organizationId=${q.id}`)).data;
    const issues = (id: string) => data.find((d) => d.memberId === id)?.issues ?? [];
    expect(issues(noCard.id)).toEqual(expect.arrayContaining(['missing_card_number', 'duplicate_citizen_id']));
    expect(issues(json<Member>(a).id)).toEqual(['duplicate_name_birth']);
    expect(issues(json<Member>(b).id)).toEqual(expect.arrayContaining(['duplicate_name_birth', 'duplicate_citizen_id']));
    expect(data).toHaveLength(3);
  });
});

describe('Excel export', () => {
  it('returns a workbook whose rows are the list, with a title row, Vietnamese headers and dd/mm/yyyy dates', async () => {
    const x = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Xuất' });
    for (let i = 0; i < 3; i++) await makeOfficial(t.admin, x.id, { admissionDecisionDate: `200${i}-03-0${i + 1}` });
    const res = await t.admin.get(`/api/v1/members/export.xlsx?cellId=${x.id}&reason=${encodeURIComponent('Kiểm tra sổ')}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    // Every export is named alike: what it is, then which period, in Vietnamese, folded to ASCII beside it.
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="so-dang-vien-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''S%E1%BB%95%20%C4%91%E1%BA%A3ng%20vi%C3%AAn%20/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const values = (n: number) => ((sheet?.getRow(n).values ?? []) as unknown[]).slice(1);
    expect(String(values(1)[0])).toContain('SỔ ĐẢNG VIÊN');
    expect(values(2).slice(0, 4)).toEqual(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh']);
    const list = json<{ data: Member[] }>(await t.admin.get(`/api/v1/members?cellId=${x.id}`)).data;
    expect(sheet?.rowCount).toBe(2 + list.length);
    list.forEach((m, i) => {
      const row = values(3 + i);
      expect(row[1]).toBe(m.fullName);
      expect(row[9]).toBe(`${m.admissionDecisionDate?.slice(8, 10)}/${m.admissionDecisionDate?.slice(5, 7)}/${m.admissionDecisionDate?.slice(0, 4)}`);
    });
  });
});
