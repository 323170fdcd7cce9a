import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, makeOrganization, makePerson, makeUser, startTestApp } from '../../../test/app.ts';
import { type CellCast, byPerson, castCell, ok, planMeeting, setState } from './meetings.fixtures.ts';
import type { Meeting, Quorum, Vote } from './meetings.schema.ts';

let t: TestApp;
let committee: { id: string; path: string };
let cell: { id: string; path: string; name: string };
let cast: CellCast;

beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Tổng hợp' });
  cast = await castCell(t.admin, cell.id);
});
afterAll(() => t.close());

const countAudit = async () => Number((await t.database.db.selectFrom('auditLog').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

async function attendance(m: Meeting, entries: Array<[string, string, string?]>) {
  return ok<{ quorum: Quorum }>(await t.admin.request('PUT', `/api/v1/meetings/${m.id}/attendance`, {
    entries: entries.map(([personId, a, reason]) => ({ participantId: byPerson(m, personId).id, attendance: a, absenceReason: reason ?? null })),
  }));
}

describe('titles', () => {
  it('titles a guest as the title endpoint does when two posts have the same precedence', async () => {
    const agency = await makeOrganization(t.admin, { kind: 'agency', name: 'Văn phòng Quốc hội' });
    const person = await makePerson(t.admin, agency.id, { familyName: 'Bùi', middleName: 'Văn', givenName: 'Cường' });
    const post = async (title: string) => json<{ id: string }>(await t.admin.post(`/api/v1/organizations/${agency.id}/posts`, { name: title, title, sphere: 'agency', precedence: 100 }));
    // Created and held in the reverse of the alphabet: the earlier holding comes first.
    const general = await post('Tổng Thư ký Quốc hội');
    const office = await post('Chủ nhiệm Văn phòng Quốc hội');
    await ok(await t.admin.post(`/api/v1/posts/${general.id}/holdings`, { personId: person.id, startsOn: '2021-04-08' }), 201);
    await ok(await t.admin.post(`/api/v1/posts/${office.id}/holdings`, { personId: person.id, startsOn: '2021-04-09' }), 201);
    const expected = 'Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội';
    const endpoint = json<{ title: string }>(await t.admin.get(`/api/v1/people/${person.id}/title?date=2026-12-10`)).title;
    expect(endpoint).toBe(`${expected} Bùi Văn Cường`);
    const m = await planMeeting(t.admin, cell.id);
    const guest = await ok<{ title: string | null }>(await t.admin.post(`/api/v1/meetings/${m.id}/participants`, { kind: 'guest', personId: person.id }), 201);
    expect(guest.title).toBe(expected);
  });
});

describe('messages', () => {
  it('refuses a guest as secretary with a code, and names a state by its label, in both languages', async () => {
    const m = await planMeeting(t.admin, cell.id);
    const guest = await ok<{ id: string }>(await t.admin.post(`/api/v1/meetings/${m.id}/participants`, { kind: 'guest', name: 'Lê Văn Khách', title: 'Chuyên viên' }), 201);
    const current = json<Meeting>(await t.admin.get(`/api/v1/meetings/${m.id}`));
    const refused = await t.admin.request('PUT', `/api/v1/meetings/${m.id}/roles`, { version: current.version, chairParticipantIds: [], secretaryParticipantId: guest.id });
    expect(refused.statusCode).toBe(422);
    expect(json(refused)).toMatchObject({ code: 'meeting.guest_secretary', title: expect.stringMatching(/^Đại biểu khách mời không thể làm thư ký/) });
    expect(json<Meeting>(await t.admin.get(`/api/v1/meetings/${m.id}`)).participants.some((p) => p.isSecretary)).toBe(false);

    await setState(t.admin, m, 'cancelled', { reason: 'Trùng lịch' });
    const after = json<Meeting>(await t.admin.get(`/api/v1/meetings/${m.id}`));
    const edit = { version: after.version, place: 'Phòng 2' };
    const vi = json<{ code: string; title: string }>(await t.admin.patch(`/api/v1/meetings/${m.id}`, edit));
    expect(vi.code).toBe('meeting.state_forbids');
    expect(vi.title).toBe('Cuộc họp đang ở trạng thái "Đã hủy", không thể thay đổi nội dung này.');
    const en = json<{ title: string }>(await t.admin.request('PATCH', `/api/v1/meetings/${m.id}`, edit, { 'accept-language': 'en' }));
    expect(en.title).toBe('The meeting is "Cancelled": this cannot be changed.');
  });
});

describe('planning', () => {
  it('invites the cell members with their status on the day and starts from the monthly agenda', async () => {
    const m = await planMeeting(t.admin, cell.id);
    expect(m).toMatchObject({ kind: 'cell_regular', state: 'planned', title: 'Sinh hoạt Chi bộ Vụ Tổng hợp thường kỳ tháng 12/2026' });
    expect(m.participants).toHaveLength(9);
    expect(byPerson(m, cast.exempt).memberStatus).toBe('exempt');
    expect(byPerson(m, cast.elsewhere).memberStatus).toBe('temporarily_elsewhere');
    expect(byPerson(m, cast.probationary).memberStatus).toBe('probationary');
    expect(m.agenda.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(m.agenda[0]?.title).toMatch(/^Khai mạc/);
  });

  it('refuses a meeting that ends before it starts, on create and on edit, and writes nothing', async () => {
    const before = await countAudit();
    const res = await t.admin.post('/api/v1/meetings', { organizationId: cell.id, kind: 'cell_regular', startsAt: '2026-12-10T10:00:00+07:00', endsAt: '2026-12-10T09:00:00+07:00' });
    expect(res.statusCode).toBe(422);
    expect(json(res).code).toBe('meeting.ends_before_start');
    const m = await planMeeting(t.admin, cell.id);
    const auditAfterPlan = await countAudit();
    expect(auditAfterPlan).toBe(before + 1);
    const edit = await t.admin.patch(`/api/v1/meetings/${m.id}`, { version: m.version, endsAt: '2026-12-10T07:00:00+07:00' });
    expect(json(edit).code).toBe('meeting.ends_before_start');
    expect(await countAudit()).toBe(auditAfterPlan);
  });

  it('numbers executive conferences within the term and titles them in Roman numerals', async () => {
    const first = await planMeeting(t.admin, committee.id, { kind: 'executive_conference' });
    const second = await planMeeting(t.admin, committee.id, { kind: 'executive_conference', startsAt: '2027-01-10T08:00:00+07:00', endsAt: '2027-01-10T11:00:00+07:00' });
    expect([first.ordinal, second.ordinal]).toEqual([1, 2]);
    expect(second.title).toMatch(/lần thứ II$/);
    const wrongKind = await t.admin.post('/api/v1/meetings', { organizationId: committee.id, kind: 'cell_regular', startsAt: '2026-12-10T08:00:00+07:00', endsAt: '2026-12-10T09:00:00+07:00' });
    expect(json(wrongKind).code).toBe('meeting.kind_not_for_organization');
  });

  it('cancelling needs a reason; a cancelled meeting cannot be held', async () => {
    const m = await planMeeting(t.admin, cell.id);
    const noReason = await t.admin.post(`/api/v1/meetings/${m.id}/state`, { version: m.version, state: 'cancelled' });
    expect(json(noReason).code).toBe('meeting.reason_required');
    const cancelled = await setState(t.admin, m, 'cancelled', { reason: 'Trùng lịch hội nghị cấp trên' });
    expect(cancelled).toMatchObject({ state: 'cancelled', stateReason: 'Trùng lịch hội nghị cấp trên', canEdit: false });
    const held = await t.admin.post(`/api/v1/meetings/${m.id}/state`, { version: cancelled.version, state: 'held' });
    expect(json(held).code).toBe('meeting.invalid_transition');
  });

  it('postponing keeps the original time', async () => {
    const m = await planMeeting(t.admin, cell.id);
    const p = await setState(t.admin, m, 'postponed', { reason: 'Bí thư đi công tác', startsAt: '2026-12-17T08:00:00+07:00', endsAt: '2026-12-17T11:00:00+07:00' });
    expect(p).toMatchObject({ state: 'postponed', stateReason: 'Bí thư đi công tác' });
    expect(new Date(p.postponedFrom ?? '').toISOString()).toBe('2026-12-10T01:00:00.000Z');
    expect(new Date(p.startsAt).toISOString()).toBe('2026-12-17T01:00:00.000Z');
  });
});

describe('quorum (domain.md: official members, less those elsewhere and absent exempt members)', () => {
  it('counts an exempt member who attends, not one who is absent, and never those elsewhere or on probation', async () => {
    const m = await setState(t.admin, await planMeeting(t.admin, cell.id), 'held');
    expect(m.quorum).toMatchObject({ applicable: true, basis: 'cell', base: 6, present: 0, required: 4, met: false, official: 6, temporarilyElsewhere: 1 });
    const [a, b, c, d, e] = cast.officials as [string, string, string, string, string];
    let q = (await attendance(m, [[a, 'present'], [b, 'present'], [c, 'present'], [d, 'present'], [cast.probationary, 'present'], [cast.exempt, 'present'], [cast.elsewhere, 'present']])).quorum;
    // base 6 official + the exempt member who came = 7; 2/3 of 7 is 5; the probationary and the one elsewhere are not in it.
    expect(q).toMatchObject({ base: 7, present: 5, required: 5, met: true, exemptPresent: 1, presentOthers: 2 });
    q = (await attendance(m, [[cast.exempt, 'absent_excused', 'Ốm']])).quorum;
    expect(q).toMatchObject({ base: 6, present: 4, required: 4, met: true });
    q = (await attendance(m, [[d, 'absent_unexcused'], [e, 'absent_excused', 'Đi công tác']])).quorum;
    expect(q).toMatchObject({ base: 6, present: 3, required: 4, met: false, absentExcused: 2, absentUnexcused: 1 });
    expect(json<Quorum>(await t.admin.get(`/api/v1/meetings/${m.id}/quorum`))).toEqual(q);
    const vote = await t.admin.post(`/api/v1/meetings/${m.id}/votes`, { itemId: m.agenda[5]?.id, subject: 'Nghị quyết tháng 12', method: 'show_of_hands', majority: 'simple', forCount: 3, againstCount: 0, abstainCount: 0 });
    expect(vote.statusCode).toBe(409);
    expect(json(vote).code).toBe('meeting.quorum_not_met');
  });

  it('refuses a vote with more ballots than voters present, and an attendance entry for someone not invited', async () => {
    const m = await setState(t.admin, await planMeeting(t.admin, cell.id), 'held');
    await attendance(m, cast.officials.map((id) => [id, 'present'] as [string, string]));
    const stranger = await makePerson(t.admin, cell.id, { givenName: 'Lạ' });
    const other = await planMeeting(t.admin, cell.id);
    const before = await countAudit();
    const vote = await t.admin.post(`/api/v1/meetings/${m.id}/votes`, { itemId: m.agenda[5]?.id, subject: 'Nghị quyết', method: 'show_of_hands', majority: 'simple', forCount: 5, againstCount: 1, abstainCount: 1 });
    expect(vote.statusCode).toBe(422);
    expect(json(vote)).toMatchObject({ code: 'meeting.vote_exceeds_present' });
    const att = await t.admin.request('PUT', `/api/v1/meetings/${m.id}/attendance`, {
      entries: [{ participantId: byPerson(m, cast.officials[0] ?? '').id, attendance: 'absent_unexcused' }, { participantId: other.participants[0]?.id, attendance: 'present' }],
    });
    expect(att.statusCode).toBe(422);
    expect(json(att).code).toBe('meeting.participant_unknown');
    expect(await countAudit()).toBe(before);
    const after = json<Meeting>(await t.admin.get(`/api/v1/meetings/${m.id}`));
    expect(byPerson(after, cast.officials[0] ?? '').attendance).toBe('present');
    expect(after.votes).toHaveLength(0);
    expect(after.participants.some((p) => p.personId === stranger.id)).toBe(false);
  });

  it('computes the result from the base and the majority rule', async () => {
    const m = await setState(t.admin, await planMeeting(t.admin, cell.id), 'held');
    await attendance(m, cast.officials.map((id) => [id, 'present'] as [string, string]));
    const post = (body: Record<string, unknown>) => t.admin.post(`/api/v1/meetings/${m.id}/votes`, { itemId: m.agenda[5]?.id, subject: 'Biểu quyết', method: 'secret_ballot', againstCount: 0, abstainCount: 0, ...body });
    // Base 6: more than half is 4; two thirds is 4.
    expect(await ok<Vote>(await post({ majority: 'simple', forCount: 4, againstCount: 2 }), 201)).toMatchObject({ baseCount: 6, requiredCount: 4, passed: true });
    expect(await ok<Vote>(await post({ majority: 'simple', forCount: 3, againstCount: 3 }), 201)).toMatchObject({ requiredCount: 4, passed: false });
    expect(await ok<Vote>(await post({ majority: 'two_thirds', forCount: 4, abstainCount: 2 }), 201)).toMatchObject({ requiredCount: 4, passed: true });
  });
});

describe('scope', () => {
  it("a cell secretary manages their cell's meetings and does not see another cell's", async () => {
    const otherCell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Hành chính' });
    const secretary = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: otherCell.id }]);
    const client = await t.anonymous().login(secretary.username, secretary.password);
    const m = await planMeeting(t.admin, cell.id);
    expect((await client.get(`/api/v1/meetings/${m.id}`)).statusCode).toBe(404);
    expect((await client.post(`/api/v1/meetings/${m.id}/conclusions`, { text: 'x' })).statusCode).toBe(404);
    const own = await planMeeting(client, otherCell.id);
    expect(own.canEdit).toBe(true);
    const list = json<{ data: Array<{ id: string }> }>(await client.get('/api/v1/meetings?limit=200'));
    expect(list.data.map((x) => x.id)).toEqual([own.id]);

    // Invited as a guest, they see that meeting in the list and on the calendar, and still cannot edit it.
    const person = await makePerson(t.admin, otherCell.id, { givenName: 'Khách' });
    await ok(await t.admin.patch(`/api/v1/users/${secretary.id}`, { version: secretary.version, personId: person.id }));
    await ok(await t.admin.post(`/api/v1/meetings/${m.id}/participants`, { kind: 'guest', personId: person.id }), 201);
    const listed = json<{ data: Array<{ id: string }> }>(await client.get('/api/v1/meetings?limit=200')).data.map((x) => x.id);
    expect(listed.sort()).toEqual([own.id, m.id].sort());
    const calendar = json<{ data: Array<{ id: string }> }>(await client.get('/api/v1/meetings/calendar?from=2026-12-01&to=2026-12-31')).data.map((x) => x.id);
    expect(calendar.sort()).toEqual([own.id, m.id].sort());
    expect(json<Meeting>(await client.get(`/api/v1/meetings/${m.id}`)).canEdit).toBe(false);
    expect((await client.post(`/api/v1/meetings/${m.id}/conclusions`, { text: 'x' })).statusCode).toBe(403);
  });
});
