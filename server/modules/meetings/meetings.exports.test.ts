import { randomUUID } from 'node:crypto';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, json, makeOrganization, makePerson, makeUser, startTestApp } from '../../../test/app.ts';
import { Client as HttpClient } from '../../../test/app.ts';
import { type CellCast, byPerson, castCell, ok, planMeeting, setState } from './meetings.fixtures.ts';
import type { Meeting, Minutes } from './meetings.schema.ts';

let t: TestApp;
let cell: { id: string; path: string; name: string };
let cast: CellCast;
let meeting: Meeting;
let minutes: Minutes;
let otherSecretary: Client;
let committee: { id: string; path: string; name: string };
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const base = (m: { id: string }) => `/api/v1/meetings/${m.id}`;
const wordText = async (body: Buffer) => (await mammoth.extractRawText({ buffer: body })).value;

/** A held monthly meeting with attendance, chair and secretary, a speech, a vote and a conclusion, and its draft minutes. */
async function recordedMeeting() {
  const m = await setState(t.admin, await planMeeting(t.admin, cell.id, { place: 'Phòng họp số 2' }), 'held');
  const p = (personId: string) => byPerson(m, personId).id;
  const [first, ...rest] = cast.officials;
  await ok(await t.admin.request('PUT', `${base(m)}/attendance`, { entries: [
    ...rest.map((id) => ({ participantId: p(id), attendance: 'present', absenceReason: null })),
    { participantId: p(first ?? ''), attendance: 'absent_excused', absenceReason: 'Đi công tác' },
    { participantId: p(cast.probationary), attendance: 'present', absenceReason: null },
  ] }));
  await ok(await t.admin.request('PUT', `${base(m)}/roles`, { version: m.version, chairParticipantIds: [p(cast.officials[1] ?? '')], secretaryParticipantId: p(cast.officials[2] ?? '') }));
  const agenda = json<Meeting>(await t.admin.get(base(m))).agenda;
  await ok(await t.admin.post(`${base(m)}/agenda/${agenda[4]?.id}/speeches`, { participantId: p(cast.officials[3] ?? ''), summary: 'Đề nghị đẩy nhanh tiến độ báo cáo quý & tháng.' }), 201);
  await ok(await t.admin.post(`${base(m)}/votes`, {
    itemId: agenda[5]?.id, subject: 'Nghị quyết chi bộ tháng 12/2026', method: 'show_of_hands', majority: 'simple', forCount: 5, againstCount: 0, abstainCount: 0, isResolution: true,
  }), 201);
  await ok(await t.admin.post(`${base(m)}/conclusions`, { text: 'Hoàn thành báo cáo tổng kết năm trước ngày 20/12.' }), 201);
  const draft = await ok<Minutes>(await t.admin.post(`${base(m)}/minutes`, {}), 201);
  return { m: json<Meeting>(await t.admin.get(base(m))), draft };
}

beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng bộ Văn phòng' });
  cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Tổng hợp' });
  const other = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Pháp chế' });
  cast = await castCell(t.admin, cell.id);
  ({ m: meeting, draft: minutes } = await recordedMeeting());
  const u = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: other.id }]);
  otherSecretary = await new HttpClient(t.app).login(u.username, u.password);
});
afterAll(() => t.close());

describe('minutes exports', () => {
  it('downloads the minutes as a Word document in the party layout', async () => {
    const res = await t.admin.get(`${base(meeting)}/minutes/${minutes.id}/export.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="bien-ban-[a-z0-9-]+-v1\.docx"; filename\*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20/);
    const text = await wordText(res.rawPayload);
    for (const expected of [
      'ĐẢNG BỘ VĂN PHÒNG', 'CHI BỘ VỤ TỔNG HỢP', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 10 tháng 12 năm 2026', 'BIÊN BẢN',
      'tại Phòng họp số 2', 'Có mặt: 5/6', 'Đi công tác', 'Chủ trì: Đồng chí', 'Thư ký: Đồng chí',
      'Đề nghị đẩy nhanh tiến độ báo cáo quý & tháng.', 'Biểu quyết Nghị quyết chi bộ tháng 12/2026', 'tán thành 5/6 (83,33%)',
      'Hoàn thành báo cáo tổng kết năm trước ngày 20/12.', 'THƯ KÝ',
    ]) {
      expect(text).toContain(expected);
    }
    // The drafted opening sentence is printed once, as drafted.
    expect(text.match(/tại Phòng họp số 2/g)).toHaveLength(1);
    const chair = meeting.participants.find((x) => x.isChair);
    expect(text).toContain(chair?.name ?? 'no chair');
  });

  it('downloads the minutes as Akoma Ntoso XML', async () => {
    const res = await t.admin.get(`${base(meeting)}/minutes/${minutes.id}/export.akn.xml`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/akn+xml; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/filename="bien-ban-[a-z0-9-]+-v1\.akn\.xml"/);
    expect(res.body).toContain('<debateReport name="bienBan">');
    expect(res.body).toContain('<FRBRdate date="2026-12-10" name="meeting"/>');
    expect(res.body).toContain('Đề nghị đẩy nhanh tiến độ báo cáo quý &amp; tháng.');
    expect(res.body.match(/name="agendaItem"/g)).toHaveLength(meeting.agenda.length);
  });

  it('answers 404 for minutes outside the user\'s scope, of another meeting, or unknown', async () => {
    expect((await otherSecretary.get(`${base(meeting)}/minutes/${minutes.id}/export.docx`)).statusCode).toBe(404);
    expect((await otherSecretary.get(`${base(meeting)}/minutes/${minutes.id}/export.akn.xml`)).statusCode).toBe(404);
    expect((await t.admin.get(`${base(meeting)}/minutes/${randomUUID()}/export.docx`)).statusCode).toBe(404);
    const another = await planMeeting(t.admin, cell.id);
    expect((await t.admin.get(`${base(another)}/minutes/${minutes.id}/export.akn.xml`)).statusCode).toBe(404);
    expect((await t.anonymous().get(`${base(meeting)}/minutes/${minutes.id}/export.docx`)).statusCode).toBe(401);
  });
});

/** An executive committee of five in office on the conference day, and its conference held with four present. */
async function heldConference() {
  const term = await ok<{ id: string }>(await t.admin.post(`/api/v1/organizations/${committee.id}/terms`, {
    ordinal: 1, startYear: 2025, endYear: 2030, congressClosedOn: '2025-06-01', bodies: ['executive_committee'],
  }), 201);
  const detail = await ok<{ bodies: Array<{ id: string; kind: string; startsOn: string }> }>(await t.admin.get(`/api/v1/terms/${term.id}`));
  const body = detail.bodies.find((b) => b.kind === 'executive_committee');
  const given = ['Bình', 'Cường', 'Dũng', 'Hà', 'Lan'];
  const members = await Promise.all(given.map((g) => makePerson(t.admin, committee.id, { familyName: 'Trần', middleName: 'Thị', givenName: g })));
  for (const p of members) await ok(await t.admin.post(`/api/v1/bodies/${body?.id}/members`, { personId: p.id, startsOn: body?.startsOn }), 201);
  const m = await setState(t.admin, await planMeeting(t.admin, committee.id, { kind: 'executive_conference' }), 'held');
  const [absent, ...present] = members;
  await ok(await t.admin.request('PUT', `${base(m)}/attendance`, { entries: [
    ...present.map((p) => ({ participantId: byPerson(m, p.id).id, attendance: 'present', absenceReason: null })),
    { participantId: byPerson(m, absent?.id ?? '').id, attendance: 'absent_excused', absenceReason: 'Đi công tác' },
  ] }));
  return { m, draft: await ok<Minutes>(await t.admin.post(`${base(m)}/minutes`, {}), 201) };
}

describe('the minutes of a committee conference', () => {
  it("counts the committee's members convened, present and absent, not party members by status", async () => {
    const { m, draft } = await heldConference();
    expect(draft.content.quorum).toMatchObject({ basis: 'body', base: 5, present: 4 });
    const text = await wordText((await t.admin.get(`${base(m)}/minutes/${draft.id}/export.docx`)).rawPayload);
    expect(text).toContain('Số ủy viên được triệu tập: 5 đồng chí.');
    expect(text).toContain('Có mặt: 4/5 (80%) đồng chí; vắng có lý do: 1; vắng không có lý do: 0.');
    expect(text).toContain('Số ủy viên có mặt đạt tỷ lệ quy định (tối thiểu 4)');
    expect(text).not.toContain('Tổng số đảng viên');
    expect(text).not.toContain('dự bị: 0');
  });
});

describe('the invitation', () => {
  it('downloads a giấy mời with time, place, agenda and invitees', async () => {
    const planned = await planMeeting(t.admin, cell.id, { place: 'Hội trường tầng 5', startsAt: '2026-12-18T14:00:00+07:00', endsAt: '2026-12-18T16:30:00+07:00' });
    const res = await t.admin.get(`${base(planned)}/invitation.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="giay-moi-[a-z0-9-]+\.docx"; filename\*=UTF-8''Gi%E1%BA%A5y%20m%E1%BB%9Di/);
    const text = await wordText(res.rawPayload);
    for (const expected of ['GIẤY MỜI', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'CHI BỘ VỤ TỔNG HỢP', '14 giờ 00 phút, ngày 18 tháng 12 năm 2026', 'Hội trường tầng 5', 'T/M CHI BỘ']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(`1. ${planned.agenda[0]?.title ?? 'no agenda'}`);
    expect(text).toMatch(/Các đồng chí đảng viên Chi bộ Vụ Tổng hợp \(\d+ đồng chí\)/);
    expect((await otherSecretary.get(`${base(planned)}/invitation.docx`)).statusCode).toBe(404);
  });
});
