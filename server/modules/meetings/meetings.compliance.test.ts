import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingKind, MeetingState } from '../../../common/enums.ts';
import { type Client, type TestApp, insertPeople, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import { Client as HttpClient } from '../../../test/app.ts';
import type { Database } from '../../db/client.ts';
import type { ComplianceReport, ComplianceRow } from './meetings.compliance.ts';

let t: TestApp;
let committee: { id: string; path: string };
let cellA: { id: string; path: string };
let cellB: { id: string; path: string };
let secretaryA: Client;
const YEAR = new Date().getUTCFullYear() - 1;
const mm = (m: number) => String(m).padStart(2, '0');

/** A meeting inserted as the service would leave it once held, with members present or absent. */
async function insertMeeting(
  database: Database,
  org: { id: string; path: string },
  o: { kind: MeetingKind; state?: MeetingState; startsAt: string; members: string[]; present: number; guests?: string[] },
) {
  const id = randomUUID();
  const endsAt = new Date(Date.parse(o.startsAt) + 3 * 3600_000).toISOString();
  await database.db
    .insertInto('meetings')
    .values({ id, organizationId: org.id, scopePath: org.path, bodyId: null, termId: null, kind: o.kind, ordinal: null, title: `Họp ${o.startsAt}`, startsAt: o.startsAt, endsAt, place: null, state: o.state ?? 'held', stateReason: null, postponedFrom: null, closedAt: null, createdBy: null, deletedAt: null })
    .execute();
  const rows = [
    ...o.members.map((personId, i) => ({ personId, memberStatus: 'official', attendance: i < o.present ? 'present' : 'absent_excused' })),
    ...(o.guests ?? []).map((personId) => ({ personId, memberStatus: null, attendance: 'present' })),
  ];
  if (rows.length === 0) return id;
  await database.db
    .insertInto('meetingParticipants')
    .values(rows.map((r, i) => ({ id: randomUUID(), meetingId: id, personId: r.personId, organizationId: null, kind: r.memberStatus ? 'attendee' : 'guest', name: 'X', title: null, memberStatus: r.memberStatus, attendance: r.attendance as 'present', absenceReason: null, checkedInAt: null, position: i })))
    .execute();
  return id;
}

beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cellA = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ A' });
  cellB = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ B' });
  const other = await makeOrganization(t.admin, { parentId: committee.id, kind: 'department', name: 'Ban Tổ chức' });
  const membersA = (await insertPeople(t.database, cellA.id, Array.from({ length: 10 }, (_, i) => `Nguyễn Văn A${i}`))).map((p) => p.id);
  const membersB = (await insertPeople(t.database, cellB.id, ['Trần Văn B', 'Lê Thị C', 'Phạm Văn D'])).map((p) => p.id);
  const [guest] = await insertPeople(t.database, committee.id, ['Hoàng Văn Khách']);
  for (let m = 1; m <= 12; m++) {
    // Cell A skips March (a cancelled meeting does not count), and only half came in May.
    if (m === 3) await insertMeeting(t.database, cellA, { kind: 'cell_regular', state: 'cancelled', startsAt: `${YEAR}-03-10T01:00:00Z`, members: membersA, present: 10 });
    else if (m === 7) {
      // 01:00 on 1 July in Vietnam is still 30 June in UTC: it is July's meeting.
      await insertMeeting(t.database, cellA, { kind: 'cell_regular', startsAt: `${YEAR}-06-30T18:00:00Z`, members: membersA, present: 9 });
    } else await insertMeeting(t.database, cellA, { kind: 'cell_regular', startsAt: `${YEAR}-${mm(m)}-10T01:00:00Z`, members: membersA, present: m === 5 ? 5 : 9, guests: guest ? [guest.id] : [] });
    await insertMeeting(t.database, cellB, { kind: 'cell_regular', startsAt: `${YEAR}-${mm(m)}-12T01:00:00Z`, members: membersB, present: 3 });
  }
  await insertMeeting(t.database, cellA, { kind: 'cell_thematic', startsAt: `${YEAR}-02-20T01:00:00Z`, members: membersA, present: 10 });
  await insertMeeting(t.database, cellA, { kind: 'cell_thematic', startsAt: `${YEAR}-08-20T01:00:00Z`, members: membersA, present: 10 });
  // Neither another organization's meeting nor a planned one counts.
  await insertMeeting(t.database, other, { kind: 'cell_regular', startsAt: `${YEAR}-03-10T01:00:00Z`, members: [], present: 0 });
  await insertMeeting(t.database, cellA, { kind: 'cell_regular', state: 'planned', startsAt: `${YEAR}-03-20T01:00:00Z`, members: [], present: 0 });
  const u = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: cellA.id }]);
  secretaryA = await new HttpClient(t.app).login(u.username, u.password);
});
afterAll(() => t.close());

const report = async (client: Client, query: string) => {
  const res = await client.get(`/api/v1/meetings/compliance?${query}`);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return json<ComplianceReport>(res);
};
const rowOf = (r: ComplianceReport, id: string): ComplianceRow => {
  const row = r.data.find((x) => x.organizationId === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
};

describe('compliance dashboard', () => {
  it('shows a cell that skipped a month: the month is missed and the row flagged', async () => {
    const r = await report(t.admin, `organizationId=${committee.id}&year=${YEAR}`);
    expect(r).toMatchObject({ year: YEAR, thresholdBasisPoints: 8000 });
    expect(r.data.map((x) => x.organizationName)).toEqual(['Chi bộ A', 'Chi bộ B']);
    const a = rowOf(r, cellA.id);
    expect(a.months[2]).toMatchObject({ month: 3, regularHeld: false, meetingId: null, due: true });
    expect(a.months.filter((m) => !m.regularHeld).map((m) => m.month)).toEqual([3]);
    expect(a.months[6]).toMatchObject({ month: 7, regularHeld: true, attendanceShare: 0.9 });
    expect(a.months[5]).toMatchObject({ month: 6, regularHeld: true });
    // Guests are not members: 9 of the 10 members, not 10 of 11 people.
    expect(a.months[0]?.attendanceShare).toBe(0.9);
    expect(a.months[4]?.attendanceShare).toBe(0.5);
    expect(a.quarters).toEqual([
      { quarter: 1, thematicHeld: true }, { quarter: 2, thematicHeld: false }, { quarter: 3, thematicHeld: true }, { quarter: 4, thematicHeld: false },
    ]);
    expect(a).toMatchObject({ missedMonths: 1, lowAttendanceMonths: 1, flagged: true });
    expect(rowOf(r, cellB.id)).toMatchObject({ missedMonths: 0, lowAttendanceMonths: 0, flagged: false });
  });

  it('does not count months that have not ended as missed', async () => {
    const r = await report(t.admin, `organizationId=${committee.id}&year=${YEAR + 2}`);
    const a = rowOf(r, cellA.id);
    expect(a.months.every((m) => !m.due && !m.regularHeld)).toBe(true);
    expect(a).toMatchObject({ missedMonths: 0, flagged: false });
  });

  it('pages by name with a cursor', async () => {
    const first = await report(t.admin, `organizationId=${committee.id}&year=${YEAR}&limit=1`);
    expect(first.data.map((x) => x.organizationName)).toEqual(['Chi bộ A']);
    expect(first.links.next).toBeTruthy();
    const second = await report(t.admin, `organizationId=${committee.id}&year=${YEAR}&limit=1&cursor=${first.links.next ?? ''}`);
    expect(second.data.map((x) => x.organizationName)).toEqual(['Chi bộ B']);
    expect(second.links.next).toBeNull();
    expect((await t.admin.get(`/api/v1/meetings/compliance?year=${YEAR}&cursor=garbage`)).statusCode).toBe(400);
  });

  it("shows a cell secretary only their cell, and answers 404 for an organization outside their scope", async () => {
    const mine = await report(secretaryA, `year=${YEAR}`);
    expect(mine.data.map((x) => x.organizationId)).toEqual([cellA.id]);
    expect((await report(secretaryA, `organizationId=${cellA.id}&year=${YEAR}`)).data).toHaveLength(1);
    for (const id of [cellB.id, committee.id, randomUUID()]) {
      const res = await secretaryA.get(`/api/v1/meetings/compliance?organizationId=${id}&year=${YEAR}`);
      expect(res.statusCode).toBe(404);
    }
    expect((await t.anonymous().get(`/api/v1/meetings/compliance?year=${YEAR}`)).statusCode).toBe(401);
  });
});
