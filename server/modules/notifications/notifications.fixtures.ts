import { randomUUID } from 'node:crypto';
import { type TestApp, Client, json, makeOrganization, makePerson } from '../../../test/app.ts';
import type { TaskStatus } from '../../../common/enums.ts';
import { json as jsonb } from '../../db/json.ts';
import { addDays, todayInVietnam } from '../../lib/dates.ts';
import type { Role } from '../../lib/roles.ts';

/**
 * Test world of the inbox and notifications: a committee with two cells, a secretary (user linked to a
 * person) for each, and for each of them tasks, a report owed, a meeting today and a member's deadline.
 */

export const today = () => todayInVietnam();

export async function makeLinkedUser(t: TestApp, organizationId: string, role: Role, email: string | null, name: string) {
  const person = await makePerson(t.admin, organizationId, { familyName: 'Lê', middleName: 'Văn', givenName: name });
  const username = `u${randomUUID().slice(0, 8)}`;
  const password = 'mat-khau-2025-abc';
  const res = await t.admin.post('/api/v1/users', {
    username, displayName: `Đồng chí ${name}`, password, email, personId: person.id, grants: [{ role, organizationId }],
  });
  if (res.statusCode !== 201) throw new Error(`user: ${res.statusCode} ${res.body}`);
  const client = await new Client(t.app).login(username, password);
  return { person, userId: json<{ id: string }>(res).id, client, email };
}

export async function insertTask(t: TestApp, o: { ownerPersonId: string | null; unit: { id: string; path: string }; title: string; dueOn: string | null; status?: TaskStatus; completedOn?: string | null }) {
  const id = randomUUID();
  await t.database.db.insertInto('tasks').values({
    id, title: o.title, sourceKind: 'manual', sourceId: null, ownerPersonId: o.ownerPersonId, leadUnitId: o.unit.id, scopePath: o.unit.path,
    startOn: null, dueOn: o.dueOn, originalDueOn: o.dueOn, expectedResult: null, status: o.status ?? 'open', completedOn: o.completedOn ?? null,
    description: null, result: null, createdBy: null, deletedAt: null,
  }).execute();
  return id;
}

export async function insertSchedule(t: TestApp, recipient: { id: string; path: string }, reporterIds: string[], name = 'Báo cáo tháng') {
  const id = randomUUID();
  await t.database.db.insertInto('reportSchedules').values({
    id, recipientOrganizationId: recipient.id, scopePath: recipient.path, name, kind: 'monthly', template: jsonb({}), cutoffDay: 14, dueWorkingDays: 2, createdBy: null,
  }).execute();
  await t.database.db.insertInto('reportScheduleReporters').values(reporterIds.map((organizationId) => ({ scheduleId: id, organizationId }))).execute();
  return id;
}

export async function insertPeriod(t: TestApp, scheduleId: string, label: string, periodStart: string, periodEnd: string, dueOn: string) {
  const id = randomUUID();
  await t.database.db.insertInto('reportPeriods').values({ id, scheduleId, label, periodStart, periodEnd, dueOn }).execute();
  return id;
}

export async function insertSubmission(t: TestApp, periodId: string, org: { id: string; path: string }, status: 'draft' | 'submitted' | 'returned' | 'accepted', submittedAt: string | null) {
  await t.database.db.insertInto('reportSubmissions').values({
    id: randomUUID(), periodId, organizationId: org.id, scopePath: org.path, status, submittedAt, submittedBy: null, reviewedAt: null, reviewedBy: null, returnReason: null,
  }).execute();
}

/** A meeting of `org` starting today at `hour` (Vietnam), with `personIds` invited. */
export async function insertMeetingToday(t: TestApp, org: { id: string; path: string }, title: string, personIds: string[], hour = 14) {
  const id = randomUUID();
  const day = today();
  const hh = String(hour).padStart(2, '0');
  await t.database.db.insertInto('meetings').values({
    id, organizationId: org.id, scopePath: org.path, bodyId: null, termId: null, kind: 'cell_regular', ordinal: null, title,
    startsAt: `${day}T${hh}:00:00+07:00`, endsAt: `${day}T${hh}:59:00+07:00`, place: 'Phòng họp số 1', stateReason: null, postponedFrom: null,
    quorum: null, closedAt: null, createdBy: null, deletedAt: null, state: 'invited',
  }).execute();
  for (const [i, personId] of personIds.entries()) {
    await t.database.db.insertInto('meetingParticipants').values({
      id: randomUUID(), meetingId: id, personId, organizationId: null, kind: 'attendee', name: 'Đảng viên', title: null, memberStatus: null, absenceReason: null, checkedInAt: null, position: i,
    }).execute();
  }
  return id;
}

const monthsBefore = (day: string, months: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};

/** A probationary member whose 12 months ended ten days ago: the recognition review is due (not overdue). */
export async function makeProbationEnded(t: TestApp, cellId: string, givenName: string) {
  const ceremonyDate = addDays(monthsBefore(today(), 12), -10);
  const p = await t.admin.post('/api/v1/people', { familyName: 'Phạm', middleName: 'Thị', givenName, gender: 'female', birthDate: '1995-01-10', organizationId: cellId });
  if (p.statusCode !== 201) throw new Error(`person: ${p.statusCode} ${p.body}`);
  const res = await t.admin.post('/api/v1/members', {
    personId: json<{ id: string }>(p).id, cellId, origin: 'record', status: 'probationary',
    admissionDecisionDate: addDays(ceremonyDate, -20), ceremonyDate, partyCardNumber: `0${Math.floor(Math.random() * 1e8)}`,
  });
  if (res.statusCode !== 201) throw new Error(`member: ${res.statusCode} ${res.body}`);
  return json<{ id: string }>(res);
}

/** The committee, two cells and, for each cell, a secretary with what they have to do. */
export async function buildWorld(t: TestApp) {
  const day = today();
  const committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  const cellA = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Tổng hợp' });
  const cellB = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Văn phòng' });
  const a = await makeLinkedUser(t, cellA.id, 'cell_secretary', 'an@example.org', 'An');
  const b = await makeLinkedUser(t, cellB.id, 'cell_secretary', 'binh@example.org', 'Bình');

  const tasks = {
    aSoon: await insertTask(t, { ownerPersonId: a.person.id, unit: cellA, title: 'Chuẩn bị nghị quyết tháng', dueOn: addDays(day, 2) }),
    aOverdue: await insertTask(t, { ownerPersonId: a.person.id, unit: cellA, title: 'Nộp danh sách đảng viên', dueOn: addDays(day, -5), status: 'in_progress' }),
    aLater: await insertTask(t, { ownerPersonId: a.person.id, unit: cellA, title: 'Kế hoạch năm sau', dueOn: addDays(day, 20) }),
    aDone: await insertTask(t, { ownerPersonId: a.person.id, unit: cellA, title: 'Việc đã xong', dueOn: addDays(day, -1), status: 'done', completedOn: addDays(day, -2) }),
    bToday: await insertTask(t, { ownerPersonId: b.person.id, unit: cellB, title: 'Việc của chi bộ Văn phòng', dueOn: day }),
  };

  const schedule = await insertSchedule(t, committee, [cellA.id, cellB.id]);
  const dueSoon = await insertPeriod(t, schedule, 'Tháng này', addDays(day, -30), addDays(day, -1), addDays(day, 2));
  const late = await insertPeriod(t, schedule, 'Tháng trước', addDays(day, -60), addDays(day, -31), addDays(day, -3));
  await insertSubmission(t, dueSoon, cellB, 'submitted', new Date().toISOString());
  await insertSubmission(t, late, cellA, 'returned', null);
  await insertSubmission(t, late, cellB, 'accepted', new Date(Date.now() - 5 * 86_400_000).toISOString());

  const meetings = {
    a: await insertMeetingToday(t, cellA, 'Sinh hoạt chi bộ Vụ Tổng hợp', [a.person.id]),
    b: await insertMeetingToday(t, cellB, 'Sinh hoạt chi bộ Văn phòng', [b.person.id]),
  };
  const memberA = await makeProbationEnded(t, cellA.id, 'Hoa');
  return { committee, cellA, cellB, a, b, tasks, periods: { dueSoon, late }, meetings, memberA };
}
