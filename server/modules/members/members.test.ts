import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type TestApp, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import { act, makeApplicant, makeMemberPerson, makeOfficial } from './members.fixtures.ts';
import type { Member } from './members.schema.ts';

let t: TestApp;
let committee: { id: string; path: string };
let cellA: { id: string; path: string };
let cellB: { id: string; path: string };

type PageOf<T> = { data: T[]; links: { next: string | null }; meta: { total?: number } };

beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cellA = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Tổng hợp' });
  cellB = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Hành chính' });
});
afterAll(() => t.close());

describe('member records', () => {
  it('opens an applicant and an existing member; one record per person', async () => {
    const person = await makeMemberPerson(t.admin, cellA.id, '1990-01-01', 'Hương');
    const res = await t.admin.post('/api/v1/members', { personId: person.id, cellId: cellA.id, origin: 'application', applicationDate: '2025-01-10' });
    expect(res.statusCode).toBe(201);
    const m = json<Member>(res);
    expect(m).toMatchObject({ status: 'applicant', cellName: 'Chi bộ Vụ Tổng hợp', cellPath: cellA.path, fullName: person.fullName, version: 1 });
    const again = await t.admin.post('/api/v1/members', { personId: person.id, cellId: cellB.id, origin: 'record', status: 'official' });
    expect(again.statusCode).toBe(409);
    expect(json(again)).toMatchObject({ code: 'member.already_exists' });
    const events = json<{ data: { kind: string; occurredOn: string }[] }>(await t.admin.get(`/api/v1/members/${m.id}/events`)).data;
    expect(events).toMatchObject([{ kind: 'application', occurredOn: '2025-01-10' }]);

    const official = await makeOfficial(t.admin, cellA.id, { admissionDecisionDate: '2000-05-01', ceremonyDate: '2000-05-19', officialRecognitionDate: '2001-05-20' });
    expect(official).toMatchObject({ status: 'official', probationEndsOn: null });
    expect(official.partyAgeYears).toBeGreaterThanOrEqual(25);
    const bad = await t.admin.post('/api/v1/members', {
      personId: (await makeMemberPerson(t.admin, cellA.id)).id, cellId: cellA.id, origin: 'record', status: 'official',
      admissionDecisionDate: '2010-05-01', ceremonyDate: '2010-04-01',
    });
    expect(json(bad)).toMatchObject({ status: 409, code: 'member.ceremony_before_decision' });
    const notCell = await t.admin.post('/api/v1/members', { personId: (await makeMemberPerson(t.admin, cellA.id)).id, cellId: committee.id, origin: 'application' });
    expect(json(notCell)).toMatchObject({ status: 422, code: 'member.not_a_cell' });
  });

  it('edits the descriptive fields with optimistic locking; status cannot be patched', async () => {
    const m = await makeOfficial(t.admin, cellA.id);
    const ok = await t.admin.patch(`/api/v1/members/${m.id}`, { version: 1, partyCardNumber: '79012345', educationLevel: '12/12', occupation: 'Chuyên viên' });
    expect(json(ok)).toMatchObject({ partyCardNumber: '79012345', educationLevel: '12/12', version: 2 });
    const stale = await t.admin.patch(`/api/v1/members/${m.id}`, { version: 1, occupation: 'X' });
    expect(stale.statusCode).toBe(409);
    expect(json<{ current: Member }>(stale).current).toMatchObject({ version: 2, occupation: 'Chuyên viên' });
    expect((await t.admin.patch(`/api/v1/members/${m.id}`, { version: 2, status: 'expelled' })).statusCode).toBe(400);
  });

  it('lists by cell subtree, status and name without diacritics, sorted the Vietnamese way, paged', async () => {
    const cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Danh sách' });
    for (const given of ['Đức', 'Dũng', 'An', 'Ánh']) {
      const p = await makeMemberPerson(t.admin, cell.id, '1985-01-01', given);
      await t.admin.post('/api/v1/members', { personId: p.id, cellId: cell.id, origin: 'record', status: given === 'An' ? 'probationary' : 'official', ceremonyDate: '2026-01-05', admissionDecisionDate: '2025-12-20' });
    }
    const page = (qs: string) => t.admin.get(`/api/v1/members?cellId=${cell.id}&${qs}`).then((r) => json<PageOf<Member>>(r));
    expect((await page('sort=name')).data.map((m) => m.fullName)).toEqual(['Trần Thị An', 'Trần Thị Ánh', 'Trần Thị Dũng', 'Trần Thị Đức']);
    const first = await page('sort=-name&limit=2&includeTotal=true');
    expect(first.meta.total).toBe(4);
    const second = await page(`sort=-name&limit=2&cursor=${first.links.next}`);
    expect([...first.data, ...second.data].map((m) => m.fullName)).toEqual(['Trần Thị Đức', 'Trần Thị Dũng', 'Trần Thị Ánh', 'Trần Thị An']);
    expect((await page('status=probationary')).data).toMatchObject([{ fullName: 'Trần Thị An', probationEndsOn: '2027-01-05' }]);
    expect((await page('q=tran%20thi%20duc')).data.map((m) => m.fullName)).toEqual(['Trần Thị Đức']);
    expect((await page('status=official,probationary&sort=admissionDecisionDate')).data).toHaveLength(4);
    expect((await t.admin.get(`/api/v1/members?status=nonsense`)).statusCode).toBe(400);
  });
});

describe('who sees and changes which record', () => {
  it('a cell secretary manages their own cell and gets 404 for another', async () => {
    const secretary = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: cellA.id }]);
    const client = await new Client(t.app).login(secretary.username, secretary.password);
    const own = await makeOfficial(t.admin, cellA.id);
    const other = await makeOfficial(t.admin, cellB.id);
    expect((await client.get(`/api/v1/members/${own.id}`)).statusCode).toBe(200);
    expect((await client.get(`/api/v1/members/${other.id}`)).statusCode).toBe(404);
    expect((await client.post(`/api/v1/members/${other.id}/actions/retirement`, { on: '2025-01-01' })).statusCode).toBe(404);
    expect((await client.patch(`/api/v1/members/${other.id}`, { version: 1, occupation: 'X' })).statusCode).toBe(404);
    expect((await client.post(`/api/v1/members/${own.id}/actions/retirement`, { on: '2025-01-01' })).statusCode).toBe(200);
    const list = json<PageOf<Member>>(await client.get('/api/v1/members?limit=200'));
    expect(list.data.length).toBeGreaterThan(0);
    expect(list.data.every((m) => m.cellId === cellA.id)).toBe(true);
    const p = await makeMemberPerson(t.admin, cellB.id);
    expect((await client.post('/api/v1/members', { personId: p.id, cellId: cellB.id, origin: 'application' })).statusCode).toBe(404);
  });

  it('a member sees their own record (also as /me) and 404 for anyone else', async () => {
    const mine = await makeOfficial(t.admin, cellA.id);
    const other = await makeOfficial(t.admin, cellA.id);
    const user = await makeUser(t.admin, [{ role: 'member', organizationId: cellA.id }]);
    await t.admin.patch(`/api/v1/users/${user.id}`, { version: user.version, personId: mine.personId });
    const client = await new Client(t.app).login(user.username, user.password);
    expect(json<Member>(await client.get('/api/v1/members/me')).id).toBe(mine.id);
    expect((await client.get(`/api/v1/members/${mine.id}`)).statusCode).toBe(200);
    expect((await client.get(`/api/v1/members/${mine.id}/events`)).statusCode).toBe(200);
    expect((await client.get(`/api/v1/members/${other.id}`)).statusCode).toBe(404);
    expect(json<PageOf<Member>>(await client.get('/api/v1/members')).data.map((m) => m.id)).toEqual([mine.id]);
    expect((await client.post(`/api/v1/members/${mine.id}/actions/retirement`, { on: '2025-01-01' })).statusCode).toBe(404);
    // Who may not write at all hears so before any rule about the record (not 409 member.invalid_transition).
    const p = await makeMemberPerson(t.admin, cellA.id);
    expect((await client.post('/api/v1/members', { personId: p.id, cellId: cellA.id, origin: 'application', status: 'official' })).statusCode).toBe(404);
    expect((await t.admin.get('/api/v1/members/me')).statusCode).toBe(404);
  });
});

describe('an applicant in the list after the whole admission path', () => {
  it('shows the applicant, then the probationary member', async () => {
    const a = await makeApplicant(t.admin, cellB.id);
    expect(json<PageOf<Member>>(await t.admin.get(`/api/v1/members?cellId=${cellB.id}&status=applicant`)).data.map((m) => m.id)).toContain(a.id);
    await act(t.admin, a.id, 'retirement', { on: '2025-01-01' });
    expect(json<Member>(await t.admin.get(`/api/v1/members/${a.id}`)).version).toBe(2);
  });
});
