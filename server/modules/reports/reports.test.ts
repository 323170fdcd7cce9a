import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, json, makeOrganization, makePerson, makeUser, startTestApp } from '../../../test/app.ts';
import { json as jsonb } from '../../db/json.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import type { Page } from '../../http/paging.ts';
import type { Consolidated, LateRow, Period, Schedule, Submission } from './reports.schema.ts';
import { openCurrentPeriods } from './reports.service.ts';

let t: TestApp;
let committee: { id: string; path: string };
let cellA: { id: string; path: string };
let cellB: { id: string; path: string };
let outsider: { id: string };
let secretaryA: Client;
let secretaryB: Client;
let schedule: Schedule;

const template = {
  figures: [
    { key: 'members_admitted', label: 'Số đảng viên kết nạp', type: 'integer' },
    { key: 'dues_collected', label: 'Đảng phí thu được (triệu đồng)', type: 'decimal' },
    { key: 'note', label: 'Ghi chú', type: 'text' },
  ],
  sections: [{ key: 'results', title: 'Kết quả thực hiện nhiệm vụ' }, { key: 'plans', title: 'Phương hướng tháng tới' }],
};

beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cellA = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ A' });
  cellB = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ B' });
  outsider = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ C' });
  const a = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: cellA.id }]);
  const b = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: cellB.id }]);
  secretaryA = await t.anonymous().login(a.username, a.password);
  secretaryB = await t.anonymous().login(b.username, b.password);
  const res = await t.admin.post('/api/v1/reports/schedules', {
    recipientOrganizationId: committee.id, name: 'Báo cáo tháng của các chi bộ', kind: 'monthly', template, reporterOrganizationIds: [cellA.id, cellB.id],
  });
  expect(res.statusCode).toBe(201);
  schedule = json<Schedule>(res);
});
afterAll(() => t.close());

const dayDiff = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);

describe('a monthly schedule', () => {
  it('takes the cut-off and due date from the rules: 15 Oct - 14 Nov, due two working days after', async () => {
    expect(schedule).toMatchObject({ cutoffDay: 14, dueWorkingDays: 2, reporters: [{ id: cellA.id }, { id: cellB.id }] });
    const res = await t.admin.post(`/api/v1/reports/schedules/${schedule.id}/periods`, { year: 2026, index: 11 });
    expect(res.statusCode).toBe(201);
    // 14 Nov 2026 is a Saturday: Monday 16 is the first working day after it, Tuesday 17 the second.
    expect(json<Period>(res)).toMatchObject({ label: 'Tháng 11/2026', periodStart: '2026-10-15', periodEnd: '2026-11-14', dueOn: '2026-11-17', state: 'open' });
    expect(json((await t.admin.post(`/api/v1/reports/schedules/${schedule.id}/periods`, { year: 2026, index: 11 }))).code).toBe('report.period_exists');
    expect(json((await t.admin.post(`/api/v1/reports/schedules/${schedule.id}/periods`, { label: 'x', periodStart: '2026-01-01', periodEnd: '2026-01-31' }))).code).toBe('report.period_kind_mismatch');
    const outside = await t.admin.post('/api/v1/reports/schedules', { recipientOrganizationId: cellA.id, name: 'x', kind: 'monthly', template, reporterOrganizationIds: [cellB.id] });
    expect(json(outside).code).toBe('report.reporter_outside');
  });
});

describe('periods open by themselves', () => {
  it('the daily job opens the period whose data includes the day, once', async () => {
    expect(await openCurrentPeriods(t.database.db, '2026-11-20')).toBe(1);
    expect(await openCurrentPeriods(t.database.db, '2026-11-21')).toBe(0);
    const p = await t.database.db.selectFrom('reportPeriods').select(['label', 'periodStart', 'periodEnd', 'dueOn']).where('scheduleId', '=', schedule.id).where('periodStart', '=', '2026-11-15').executeTakeFirstOrThrow();
    // 14 Dec 2026 is a Monday: due Wednesday 16.
    expect(p).toEqual({ label: 'Tháng 12/2026', periodStart: '2026-11-15', periodEnd: '2026-12-14', dueOn: '2026-12-16' });
  });
});

describe('submissions and the late board', () => {
  let period: Period;
  beforeAll(async () => {
    period = json<Period>(await t.admin.post(`/api/v1/reports/schedules/${schedule.id}/periods`, { year: 2026, index: 10 }));
  });
  const url = (org: { id: string }) => `/api/v1/reports/periods/${period.id}/submissions/${org.id}`;
  const good = { figures: { members_admitted: 2, dues_collected: 1.25, note: 'Đầy đủ' }, narrative: { results: 'Hoàn thành 5/5 nhiệm vụ.', plans: 'Chuẩn bị tổng kết năm.' } };

  it('refuses a figure of the wrong type or not in the form, a reporter not in the schedule, and another cell\'s form; writes nothing', async () => {
    const wrongType = await secretaryA.request('PUT', url(cellA), { figures: { members_admitted: 1.5 }, narrative: {} });
    expect(wrongType.statusCode).toBe(422);
    expect(json(wrongType).code).toBe('report.figure_invalid');
    expect(json(await secretaryA.request('PUT', url(cellA), { figures: { unknown: 1 }, narrative: {} })).code).toBe('report.figure_unknown');
    expect(json(await secretaryA.request('PUT', url(cellA), { figures: {}, narrative: { other: 'x' } })).code).toBe('report.section_unknown');
    expect(json(await t.admin.request('PUT', url(outsider), good)).code).toBe('report.not_a_reporter');
    expect((await secretaryB.request('PUT', url(cellA), good)).statusCode).toBe(404);
    const p = json<Period>(await t.admin.get(`/api/v1/reports/periods/${period.id}`));
    expect(p.submissions.map((s) => s.status)).toEqual(['missing', 'missing']);
  });

  it('a cell that does not submit shows on the late board; a submitted report is accepted and leaves it', async () => {
    const sent = json<Submission>(await secretaryA.post(`${url(cellA)}/submit`, good));
    expect(sent).toMatchObject({ status: 'submitted', figures: good.figures });
    expect(json(await secretaryA.post(`${url(cellA)}/submit`, { ...good, version: sent.version })).code).toBe('report.already_submitted');
    const accepted = json<Submission>(await t.admin.post(`/api/v1/reports/submissions/${sent.id}/accept`, { version: sent.version }));
    expect(accepted.status).toBe('accepted');
    // A cell secretary cannot accept their own report.
    expect((await secretaryA.post(`/api/v1/reports/submissions/${sent.id}/accept`, { version: accepted.version })).statusCode).toBe(404);

    const board = json<Page<LateRow>>(await t.admin.get('/api/v1/reports/late-board?limit=100'));
    const rows = board.data.filter((r) => r.periodId === period.id);
    const expectedLate = Math.max(0, dayDiff(todayInVietnam(), period.dueOn));
    expect(rows).toEqual([expect.objectContaining({ organizationId: cellB.id, status: 'missing', daysLate: expectedLate, severity: expectedLate > 0 ? 'late' : expect.any(String) })]);
    // A reporter reads its schedule's form and periods; the secretary of B sees their own line in the period, not A's.
    expect(json<Schedule>(await secretaryB.get(`/api/v1/reports/schedules/${schedule.id}`))).toMatchObject({ isRecipient: false, template: { figures: [{}, {}, {}] } });
    expect(json<Page<{ id: string }>>(await secretaryB.get(`/api/v1/reports/schedules/${schedule.id}/periods`)).data.map((x) => x.id)).toContain(period.id);
    const stranger = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: outsider.id }]);
    expect((await (await t.anonymous().login(stranger.username, stranger.password)).get(`/api/v1/reports/schedules/${schedule.id}`)).statusCode).toBe(404);
    const seenByB = json<Period>(await secretaryB.get(`/api/v1/reports/periods/${period.id}`));
    expect(seenByB.submissions.map((s) => s.organizationId)).toEqual([cellB.id]);
  });

  it('a returned report goes back on the board until it is sent again; a closed period takes no more', async () => {
    const sent = json<Submission>(await secretaryB.post(`${url(cellB)}/submit`, { ...good, figures: { members_admitted: 1, dues_collected: 0.75 } }));
    const returned = json<Submission>(await t.admin.post(`/api/v1/reports/submissions/${sent.id}/return`, { version: sent.version, reason: 'Thiếu số liệu đảng phí tháng 10' }));
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'Thiếu số liệu đảng phí tháng 10' });
    const board = json<Page<LateRow>>(await t.admin.get('/api/v1/reports/late-board?limit=100'));
    expect(board.data.find((r) => r.periodId === period.id)).toMatchObject({ organizationId: cellB.id, status: 'returned' });
    const again = json<Submission>(await secretaryB.post(`${url(cellB)}/submit`, { ...good, figures: { members_admitted: 1, dues_collected: 0.75 }, version: returned.version }));
    expect(again.status).toBe('submitted');
    await t.admin.post(`/api/v1/reports/periods/${period.id}/close`, {});
    expect(json(await secretaryB.request('PUT', url(cellB), { ...good, version: again.version })).code).toBe('report.period_not_open');
  });
});

describe('the consolidated report', () => {
  it('sums the figures, gathers the narratives, and counts what the system recorded in the month', async () => {
    const period = json<Period>(await t.admin.post(`/api/v1/reports/schedules/${schedule.id}/periods`, { year: 2026, index: 9 }));
    const url = (org: { id: string }) => `/api/v1/reports/periods/${period.id}/submissions/${org.id}`;
    await secretaryA.post(`${url(cellA)}/submit`, { figures: { members_admitted: 2, dues_collected: 1.5, note: 'A' }, narrative: { results: 'Chi bộ A hoàn thành.' } });
    await secretaryB.post(`${url(cellB)}/submit`, { figures: { members_admitted: 3, dues_collected: 2.25 }, narrative: { results: 'Chi bộ B hoàn thành.', plans: 'B: tổng kết.' } });
    await knownRecords(period);
    const res = await t.admin.post(`/api/v1/reports/periods/${period.id}/consolidated`, { organizationId: committee.id });
    expect(res.statusCode).toBe(200);
    const c = json<Consolidated>(res).content;
    expect(c).toMatchObject({ label: 'Tháng 09/2026', periodStart: '2026-08-15', periodEnd: '2026-09-14', submissions: { expected: 2, submitted: 2, accepted: 0 } });
    expect(c.figures.map((f) => [f.key, f.total])).toEqual([['members_admitted', 5], ['dues_collected', 3.75], ['note', null]]);
    expect(c.sections.find((s) => s.key === 'results')?.entries.map((e) => e.text)).toEqual(['Chi bộ A hoàn thành.', 'Chi bộ B hoàn thành.']);
    expect(c.sections.find((s) => s.key === 'plans')?.entries).toEqual([{ organizationName: 'Chi bộ Vụ B', text: 'B: tổng kết.' }]);
    expect(c.records.meetingsHeld).toEqual({ cell_regular: 2, executive_conference: 1 });
    expect(c.records.tasks).toEqual({ created: 3, completed: 2, completedOnTime: 1, overdue: 1 });
    expect(c.records.members).toEqual({ admitted: 1, recognized: 1, transferredOut: 1, transferredIn: 0 });
    expect(c.records.documents).toEqual({ 'Nghị quyết': 2, 'Báo cáo': 1 });
    expect(c.records.correspondence).toEqual({ incoming: 3, outgoing: 2, handledOnTime: 1, handledLate: 1, letters: 2, lettersAnswered: 1 });

    const edited = json<Consolidated>(await t.admin.patch(`/api/v1/reports/consolidated/${json<Consolidated>(res).id}`, { version: json<Consolidated>(res).version, summary: 'Tháng 9 các chi bộ hoàn thành tốt nhiệm vụ.' }));
    const again = json<Consolidated>(await t.admin.post(`/api/v1/reports/periods/${period.id}/consolidated`, { organizationId: committee.id }));
    expect(again.id).toBe(edited.id);
    expect(again.content.summary).toBe('Tháng 9 các chi bộ hoàn thành tốt nhiệm vụ.');

    const word = await t.admin.get(`/api/v1/reports/consolidated/${again.id}/export.docx`);
    expect(word.statusCode).toBe(200);
    expect(word.headers['content-type']).toContain('wordprocessingml');
    const text = (await mammoth.extractRawText({ buffer: word.rawPayload })).value;
    // Dated the report's date (the period's last day), not the day the file is made; parts numbered without a gap.
    expect(text).toContain('Hà Nội, ngày 14 tháng 9 năm 2026');
    expect(text).toMatch(/I\. KẾT QUẢ THỰC HIỆN\n[\s\S]*II\. SỐ LIỆU TỔNG HỢP[\s\S]*III\. KẾT QUẢ THỰC HIỆN NHIỆM VỤ[\s\S]*IV\. PHƯƠNG HƯỚNG THÁNG TỚI/);
    for (const expected of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO', 'tháng 09/2026', 'Tháng 9 các chi bộ hoàn thành tốt nhiệm vụ.', 'Sinh hoạt chi bộ thường kỳ: 2', 'Chi bộ Vụ A: Chi bộ A hoàn thành.', 'hoàn thành 2 (đúng hạn 1); quá hạn 1', 'Văn bản ban hành: Báo cáo: 1; Nghị quyết: 2', 'Văn bản đến 3, văn bản đi 2']) {
      expect(text).toContain(expected);
    }
  });
});

describe("an agency's consolidated report", () => {
  it('is printed in the administrative layout of Decree 30, dated the report\'s date, its parts numbered without gaps', async () => {
    const agency = json<{ id: string }>(await t.admin.post('/api/v1/organizations', { parentId: null, kind: 'agency', name: 'Văn phòng Quốc hội', code: 'VPQH' }));
    const department = await makeOrganization(t.admin, { parentId: agency.id, kind: 'department', name: 'Vụ Tổng hợp' });
    const created = await t.admin.post('/api/v1/reports/schedules', {
      recipientOrganizationId: agency.id, name: 'Báo cáo tháng của các vụ', kind: 'monthly',
      template: { figures: [], sections: [{ key: 'results', title: 'Kết quả công tác' }, { key: 'plans', title: 'Nhiệm vụ tháng tới' }] },
      reporterOrganizationIds: [department.id],
    });
    expect(created.statusCode).toBe(201);
    const period = json<Period>(await t.admin.post(`/api/v1/reports/schedules/${json<Schedule>(created).id}/periods`, { year: 2026, index: 9 }));
    const sent = await t.admin.post(`/api/v1/reports/periods/${period.id}/submissions/${department.id}/submit`, { figures: {}, narrative: { results: 'Vụ hoàn thành kế hoạch.', plans: 'Chuẩn bị kỳ họp.' } });
    expect(sent.statusCode).toBe(200);
    const c = json<Consolidated>(await t.admin.post(`/api/v1/reports/periods/${period.id}/consolidated`, { organizationId: agency.id }));
    const word = await t.admin.get(`/api/v1/reports/consolidated/${c.id}/export.docx`);
    expect(word.statusCode).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: word.rawPayload })).value;
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'VĂN PHÒNG QUỐC HỘI', '/BC-VPQH', 'Hà Nội, ngày 14 tháng 9 năm 2026', 'BÁO CÁO']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toMatch(/I\. KẾT QUẢ THỰC HIỆN\n[\s\S]*II\. KẾT QUẢ CÔNG TÁC\n[\s\S]*Vụ Tổng hợp: Vụ hoàn thành kế hoạch\.[\s\S]*III\. NHIỆM VỤ THÁNG TỚI/);
    expect(text).not.toMatch(/\bIV\./);
  });
});

/**
 * Known records around September 2026's period (15 Aug - 14 Sep): inside it, three meetings held
 * (one more held after it, one cancelled inside it), three tasks created, two completed (one late), one
 * more overdue at its end; member events: one admission, one recognition, one transfer out (one
 * admission after the period).
 */
async function knownRecords(period: Period) {
  const db = t.database.db;
  const meeting = (orgPath: string, orgId: string, kind: 'cell_regular' | 'executive_conference', day: string, state: 'held' | 'cancelled') => ({
    id: randomUUID(), organizationId: orgId, scopePath: orgPath, kind, title: `Họp ${day}`, startsAt: `${day}T08:00:00+07:00`, endsAt: `${day}T10:00:00+07:00`,
    state, bodyId: null, termId: null, ordinal: null, place: null, stateReason: null, postponedFrom: null, quorum: null, closedAt: null, createdBy: null, deletedAt: null,
  });
  await db.insertInto('meetings').values([
    meeting(cellA.path, cellA.id, 'cell_regular', '2026-08-15', 'held'),
    meeting(cellB.path, cellB.id, 'cell_regular', '2026-09-14', 'held'),
    meeting(committee.path, committee.id, 'executive_conference', '2026-09-01', 'held'),
    meeting(cellA.path, cellA.id, 'cell_regular', '2026-09-15', 'held'),
    meeting(cellB.path, cellB.id, 'cell_regular', '2026-09-02', 'cancelled'),
  ]).execute();
  const owner = await makePerson(t.admin, cellA.id, { givenName: 'Hùng' });
  const task = (title: string, createdAt: string, dueOn: string, completedOn: string | null) => ({
    id: randomUUID(), title, description: null, sourceKind: 'manual' as const, sourceId: null, ownerPersonId: owner.id, leadUnitId: cellA.id, scopePath: cellA.path,
    startOn: null, dueOn, originalDueOn: dueOn, expectedResult: null, completedOn, result: null, createdBy: null, deletedAt: null,
    status: completedOn ? ('done' as const) : ('open' as const), createdAt,
  });
  await db.insertInto('tasks').values([
    task('Đúng hạn', '2026-08-20T03:00:00Z', '2026-09-10', '2026-09-05'),
    task('Trễ hạn', '2026-08-21T03:00:00Z', '2026-08-30', '2026-09-03'),
    task('Quá hạn chưa xong', '2026-09-01T03:00:00Z', '2026-09-10', null),
    task('Tạo trước kỳ, hạn sau kỳ', '2026-07-01T03:00:00Z', '2026-12-31', null),
  ]).execute();
  const member = await db.insertInto('members').values({ id: randomUUID(), personId: owner.id, cellId: cellA.id, status: 'official' }).returning('id').executeTakeFirstOrThrow();
  const event = (kind: string, occurredOn: string) => ({ id: randomUUID(), memberId: member.id, kind, occurredOn, statusAfter: null, decisionNumber: null, decisionSymbol: null, decisionIssuer: null, details: jsonb({}), note: null, createdBy: null });
  await db.insertInto('memberEvents').values([
    event('admission_decision', '2026-08-16'), event('official_recognition', '2026-09-14'), event('transfer_out', '2026-09-01'), event('admission_decision', '2026-09-15'),
  ]).execute();
  await knownRegisters();
  void period;
}

/**
 * Inside September 2026's period: two party resolutions and a report issued (one more resolution after
 * it), two of them in the outgoing register; three incoming documents received, one handled on time and
 * one late; two letters received, one answered.
 */
async function knownRegisters() {
  const db = t.database.db;
  const typeId = async (abbr: string) => (await sql<{ id: string }>`SELECT id FROM document_types WHERE regime = 'party' AND abbreviation = ${abbr}`.execute(db)).rows[0]?.id;
  const [nq, bc] = [await typeId('NQ'), await typeId('BC')];
  const doc = async (type: string | undefined, issuedOn: string) => {
    const id = randomUUID();
    await sql`INSERT INTO documents (id, organization_id, scope_path, regime, type_id, issuer_code, summary, state, issued_on)
      VALUES (${id}, ${committee.id}, ${committee.path}, 'party', ${type}, 'ĐU', 'Văn bản thử', 'issued', ${issuedOn})`.execute(db);
    return id;
  };
  const d1 = await doc(nq, '2026-08-20');
  await doc(nq, '2026-09-10');
  const d3 = await doc(bc, '2026-09-14');
  await doc(nq, '2026-09-15');
  for (const [documentId, issuedOn] of [[d1, '2026-08-20'], [d3, '2026-09-14']] as const) {
    await sql`INSERT INTO outgoing_register (id, document_id, organization_id, scope_path, issued_on, symbol, type_name, summary)
      VALUES (${randomUUID()}, ${documentId}, ${committee.id}, ${committee.path}, ${issuedOn}, 'x-NQ/ĐU', 'Nghị quyết', 'Văn bản thử')`.execute(db);
  }
  const incoming = async (n: number, receivedOn: string, deadline: string | null, doneOn: string | null) =>
    sql`INSERT INTO incoming_documents (id, organization_id, scope_path, year, arrival_number, received_on, sender, document_date, summary, deadline, done_on)
      VALUES (${randomUUID()}, ${committee.id}, ${committee.path}, 2026, ${n}, ${receivedOn}, 'Ban Tổ chức Trung ương', ${receivedOn}, 'Công văn thử', ${deadline}, ${doneOn})`.execute(db);
  await incoming(1, '2026-08-15', '2026-09-01', '2026-08-30');
  await incoming(2, '2026-08-25', '2026-09-05', '2026-09-08');
  await incoming(3, '2026-09-14', null, null);
  await incoming(4, '2026-08-14', null, null);
  const letter = async (n: number, receivedOn: string, answeredOn: string | null) =>
    sql`INSERT INTO letters (id, organization_id, scope_path, year, arrival_number, received_on, sender_name, kind, summary, deadline, answered_on)
      VALUES (${randomUUID()}, ${committee.id}, ${committee.path}, 2026, ${n}, ${receivedOn}, 'Nguyễn Văn Dân', 'recommendation', 'Kiến nghị thử', '2026-10-30', ${answeredOn})`.execute(db);
  await letter(1, '2026-08-20', '2026-09-10');
  await letter(2, '2026-09-01', null);
}
