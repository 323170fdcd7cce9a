import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingState } from '../../../common/enums.ts';
import { type Client, type TestApp, insertPeople, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import { Client as HttpClient } from '../../../test/app.ts';
import { addDays, todayInVietnam } from '../../lib/dates.ts';
import type { MeetingSummary } from './meetings.schema.ts';

let t: TestApp;
let committee: { id: string; path: string };
let cellA: { id: string; path: string };
let cellB: { id: string; path: string };
let secretaryA: Client;
let token: string;
const soon = addDays(todayInVietnam(), 10);
const later = addDays(todayInVietnam(), 20);

async function insertMeeting(org: { id: string; path: string }, title: string, startsAt: string, o: { state?: MeetingState; deleted?: boolean; place?: string } = {}) {
  const id = randomUUID();
  await t.database.db
    .insertInto('meetings')
    .values({
      id, organizationId: org.id, scopePath: org.path, bodyId: null, termId: null, kind: 'cell_regular', ordinal: null, title, startsAt,
      endsAt: new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString(), place: o.place ?? null, state: o.state ?? 'planned',
      stateReason: null, postponedFrom: null, closedAt: null, createdBy: null, deletedAt: o.deleted ? new Date().toISOString() : null,
    })
    .execute();
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cellA = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ A' });
  cellB = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ B' });
  // January 2026 in Vietnam: 00:30 on 1 February there is still 31 January in UTC.
  await insertMeeting(cellA, 'A tháng 1', '2026-01-10T01:00:00Z');
  await insertMeeting(cellB, 'B tháng 1', '2026-01-05T01:00:00Z');
  await insertMeeting(cellA, 'A đầu tháng 2', '2026-01-31T17:30:00Z');
  await insertMeeting(cellA, 'A đã xóa', '2026-01-15T01:00:00Z', { deleted: true });
  await insertMeeting(committee, 'Hội nghị Ban Chấp hành', '2026-01-20T01:00:00Z');
  // Within the feeds' window.
  await insertMeeting(cellA, 'A sắp tới; phòng 2, tầng 3', `${soon}T01:00:00Z`, { place: 'Phòng 2, tầng 3' });
  await insertMeeting(cellA, 'A bị hủy', `${later}T01:00:00Z`, { state: 'cancelled' });
  const bInvite = await insertMeeting(cellB, 'B có khách mời', `${later}T03:00:00Z`);
  await insertMeeting(cellB, 'B không liên quan', `${later}T05:00:00Z`);
  // The secretary of A is a member of A and a guest at one of B's meetings.
  const [me] = await insertPeople(t.database, cellA.id, ['Nguyễn Văn Thư']);
  await t.database.db.insertInto('members').values({ id: randomUUID(), personId: me!.id, cellId: cellA.id, status: 'official' }).execute();
  await t.database.db
    .insertInto('meetingParticipants')
    .values({ id: randomUUID(), meetingId: bInvite, personId: me!.id, organizationId: null, kind: 'guest', name: 'Nguyễn Văn Thư', title: null, memberStatus: null, absenceReason: null, checkedInAt: null })
    .execute();
  const u = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: cellA.id }]);
  await t.database.db.updateTable('users').set({ personId: me!.id }).where('id', '=', u.id).execute();
  secretaryA = await new HttpClient(t.app).login(u.username, u.password);
  const created = await secretaryA.post('/api/v1/auth/tokens', { name: 'Lịch điện thoại' });
  token = json<{ token: string }>(created).token;
});
afterAll(() => t.close());

const calendar = (client: Client, query: string) => client.get(`/api/v1/meetings/calendar?${query}`);
const titles = (res: { body: string }) => json<{ data: MeetingSummary[] }>(res as never).data.map((m) => m.title);

describe('meetings calendar', () => {
  it('lists the meetings of Vietnam days from..to, in start order, without deleted ones', async () => {
    const res = await calendar(t.admin, 'from=2026-01-01&to=2026-01-31');
    expect(res.statusCode).toBe(200);
    expect(titles(res)).toEqual(['B tháng 1', 'A tháng 1', 'Hội nghị Ban Chấp hành']);
    const first = json<{ data: MeetingSummary[] }>(res).data[0];
    expect(first).toMatchObject({ organizationId: cellB.id, organizationName: 'Chi bộ B', kind: 'cell_regular', state: 'planned', version: 1 });
    expect(titles(await calendar(t.admin, 'from=2026-02-01&to=2026-02-28'))).toEqual(['A đầu tháng 2']);
  });

  it('narrows to a subtree', async () => {
    expect(titles(await calendar(t.admin, `from=2026-01-01&to=2026-01-31&organizationId=${cellA.id}`))).toEqual(['A tháng 1']);
  });

  it('shows a cell secretary only their cell, and 404 for another organization', async () => {
    expect(titles(await calendar(secretaryA, 'from=2026-01-01&to=2026-02-28'))).toEqual(['A tháng 1', 'A đầu tháng 2']);
    expect((await calendar(secretaryA, `from=2026-01-01&to=2026-01-31&organizationId=${cellB.id}`)).statusCode).toBe(404);
  });

  it('refuses a range longer than 62 days or reversed, in the user\'s language', async () => {
    const vi = await calendar(t.admin, 'from=2026-01-01&to=2026-03-04');
    expect(vi.statusCode).toBe(400);
    expect(json(vi)).toMatchObject({ code: 'calendar.range_too_long', title: expect.stringContaining('62') });
    const en = await t.admin.get('/api/v1/meetings/calendar?from=2026-01-01&to=2026-12-31', { 'accept-language': 'en' });
    expect(json(en)).toMatchObject({ code: 'calendar.range_too_long', title: 'The calendar range is too long (at most 62 days).' });
    expect((await calendar(t.admin, 'from=2026-01-01&to=2026-03-03')).statusCode).toBe(200);
    expect(json(await calendar(t.admin, 'from=2026-02-01&to=2026-01-01'))).toMatchObject({ code: 'calendar.range_reversed' });
    expect((await calendar(t.admin, 'from=2026-02-30&to=2026-03-01')).statusCode).toBe(400);
  });
});

describe('iCalendar feeds', () => {
  const unfold = (s: string) => s.replace(/\r\n /g, '');

  it("serves an organization's feed to a calendar app with the token in the URL", async () => {
    const res = await t.anonymous().get(`/api/v1/calendar/organizations/${cellA.id}.ics?token=${token}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const body = unfold(res.body);
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body).toContain('SUMMARY:A sắp tới\\; phòng 2\\, tầng 3');
    expect(body).toContain('LOCATION:Phòng 2\\, tầng 3');
    expect(body).toMatch(/SUMMARY:A bị hủy\r\n(?:[^\r]*\r\n)*?STATUS:CANCELLED/);
    expect(body).not.toContain('B không liên quan');
    expect(body).not.toContain('A tháng 1'); // outside the window: 90 days back
  });

  it('refuses a feed without a valid token, and an organization outside the scope', async () => {
    expect((await t.anonymous().get(`/api/v1/calendar/organizations/${cellA.id}.ics`)).statusCode).toBe(401);
    expect((await t.anonymous().get(`/api/v1/calendar/organizations/${cellA.id}.ics?token=ct_wrong`)).statusCode).toBe(401);
    expect((await t.anonymous().get(`/api/v1/calendar/organizations/${cellB.id}.ics?token=${token}`)).statusCode).toBe(404);
    // A session works too.
    expect((await secretaryA.get(`/api/v1/calendar/organizations/${cellA.id}.ics`)).statusCode).toBe(200);
  });

  it('gives me my cell\'s meetings and those I am invited to elsewhere', async () => {
    const res = await t.anonymous().get(`/api/v1/calendar/me.ics?token=${token}`);
    expect(res.statusCode).toBe(200);
    const body = unfold(res.body);
    expect(body).toContain('SUMMARY:A sắp tới');
    expect(body).toContain('SUMMARY:B có khách mời');
    expect(body).not.toContain('B không liên quan');
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  });

  it('lists the feed addresses without the token', async () => {
    const res = await secretaryA.get('/api/v1/calendar/feeds');
    expect(res.statusCode).toBe(200);
    const feeds = json<{ personal: string; organizations: Array<{ organizationId: string; name: string; url: string }> }>(res);
    // The host the request came to (the test client sends Host: localhost:80).
    expect(feeds.personal).toBe('http://localhost:80/api/v1/calendar/me.ics');
    expect(feeds.organizations).toEqual([{ organizationId: cellA.id, name: 'Chi bộ A', url: `http://localhost:80/api/v1/calendar/organizations/${cellA.id}.ics` }]);
  });
});

describe('the API document', () => {
  it('lists the calendar, feed, export and compliance routes', async () => {
    const spec = json<{ paths: Record<string, unknown> }>(await t.anonymous().get('/api/openapi.json'));
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining([
      '/api/v1/meetings/calendar', '/api/v1/calendar/feeds', '/api/v1/calendar/me.ics', '/api/v1/calendar/organizations/{id}.ics',
      '/api/v1/meetings/compliance', '/api/v1/meetings/{id}/minutes/{childId}/export.docx', '/api/v1/meetings/{id}/minutes/{childId}/export.akn.xml',
      '/api/v1/meetings/{id}/invitation.docx',
    ]));
  });
});
