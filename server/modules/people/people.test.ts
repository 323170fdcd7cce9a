import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, insertPeople, json, makeOrganization, makePerson, startTestApp } from '../../../test/app.ts';

let t: TestApp;
let committee: { id: string };
let agency: { id: string };
let cell: { id: string };

beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Tổng hợp' });
  agency = await makeOrganization(t.admin, { kind: 'agency', name: 'Văn phòng Quốc hội' });
});
afterAll(() => t.close());

type PageOf<T> = { data: T[]; links: { next: string | null }; meta: { total?: number } };

describe('people directory', () => {
  it('searches without diacritics and case: "nguyen van a" finds "Nguyễn Văn A"', async () => {
    await insertPeople(t.database, cell.id, ['Nguyễn Văn A', 'Nguyễn Thị Bích', 'Trần Văn Nguyên', 'Lê Đức Anh', 'Đặng Thu Hà']);
    const names = async (q: string) =>
      json<PageOf<{ fullName: string }>>(await t.admin.get(`/api/v1/people?q=${encodeURIComponent(q)}`)).data.map((p) => p.fullName);
    expect(await names('nguyen van a')).toEqual(['Nguyễn Văn A']);
    expect(await names('nguyen')).toEqual(expect.arrayContaining(['Nguyễn Văn A', 'Nguyễn Thị Bích', 'Trần Văn Nguyên']));
    expect(await names('nguyen')).toHaveLength(3);
    expect(await names('DANG THU')).toEqual(['Đặng Thu Hà']);
    expect(await names('Lê Đức')).toEqual(['Lê Đức Anh']);
  });

  it('sorts the Vietnamese way: given name, then middle, then family; ă after a, đ after d, tones after letters', async () => {
    const org = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ sắp xếp' });
    await insertPeople(t.database, org.id, ['Trần Văn Đức', 'Nguyễn Văn Dũng', 'Lê Thị Ánh', 'Phạm Văn An', 'Hoàng Thị Ăn', 'Vũ Thị Anh', 'Bùi Văn An']);
    const page = json<PageOf<{ fullName: string }>>(await t.admin.get(`/api/v1/people?organizationId=${org.id}&subtree=false&sort=name`));
    expect(page.data.map((p) => p.fullName)).toEqual([
      'Bùi Văn An',
      'Phạm Văn An',
      'Vũ Thị Anh',
      'Lê Thị Ánh',
      'Hoàng Thị Ăn',
      'Nguyễn Văn Dũng',
      'Trần Văn Đức',
    ]);
    const desc = json<PageOf<{ fullName: string }>>(await t.admin.get(`/api/v1/people?organizationId=${org.id}&subtree=false&sort=-name&limit=3`));
    expect(desc.data.map((p) => p.fullName)).toEqual(['Trần Văn Đức', 'Nguyễn Văn Dũng', 'Hoàng Thị Ăn']);
    const next = json<PageOf<{ fullName: string }>>(
      await t.admin.get(`/api/v1/people?organizationId=${org.id}&subtree=false&sort=-name&limit=3&cursor=${desc.links.next}`),
    );
    expect(next.data.map((p) => p.fullName)).toEqual(['Lê Thị Ánh', 'Vũ Thị Anh', 'Phạm Văn An']);
  });

  it('creates and edits a person with validation and optimistic locking', async () => {
    const bad = await t.admin.post('/api/v1/people', { familyName: '', givenName: 'X', organizationId: cell.id, birthDate: '1990-02-31' });
    expect(bad.statusCode).toBe(400);
    const fields = json<{ errors: { field: string; message: string }[] }>(bad).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.familyName', 'body.birthDate']));
    const p = await makePerson(t.admin, cell.id, { familyName: 'Hoàng', middleName: 'Minh', givenName: 'Tuấn' });
    expect(p.fullName).toBe('Hoàng Minh Tuấn');
    const ok = await t.admin.patch(`/api/v1/people/${p.id}`, { version: p.version, middleName: 'Văn' });
    expect(json(ok)).toMatchObject({ fullName: 'Hoàng Văn Tuấn', version: 2 });
    const stale = await t.admin.patch(`/api/v1/people/${p.id}`, { version: 1, givenName: 'Lạc' });
    expect(stale.statusCode).toBe(409);
    expect(json<{ current: { fullName: string } }>(stale).current.fullName).toBe('Hoàng Văn Tuấn');
  });
});

describe('the title of a person on a date, across a term change', () => {
  it('lists party posts first, then by precedence, and drops a post that ended the day before', async () => {
    const a = await makePerson(t.admin, cell.id, { familyName: 'Nguyễn', middleName: 'Văn', givenName: 'A' });
    const b = await makePerson(t.admin, cell.id, { familyName: 'Trần', middleName: 'Thị', givenName: 'B' });
    const term1 = await t.admin.post(`/api/v1/organizations/${committee.id}/terms`, {
      ordinal: 13, startYear: 2020, endYear: 2025, congressOpenedOn: '2020-06-18', congressClosedOn: '2020-06-19',
    });
    expect(json(term1)).toMatchObject({ startsOn: '2020-06-20', endsOn: null, ordinalRoman: 'XIII' });
    const post = async (orgId: string, body: object) => json<{ id: string }>(await t.admin.post(`/api/v1/organizations/${orgId}/posts`, body));
    const secretary = await post(committee.id, { name: 'Bí thư', title: 'Bí thư Đảng ủy Cơ quan', sphere: 'party', precedence: 10, elected: true });
    const deputy = await post(committee.id, { name: 'Phó Bí thư', title: 'Phó Bí thư Đảng ủy Cơ quan', sphere: 'party', precedence: 20, elected: true });
    const viceChief = await post(agency.id, { name: 'Phó Chủ nhiệm', title: 'Phó Chủ nhiệm Văn phòng Quốc hội', sphere: 'agency', precedence: 210 });
    const hold = (postId: string, personId: string, startsOn: string) =>
      t.admin.post(`/api/v1/posts/${postId}/holdings`, { personId, startsOn, termId: json<{ id: string }>(term1).id });
    expect((await hold(viceChief.id, a.id, '2019-01-01')).statusCode).toBe(201);
    expect((await hold(deputy.id, a.id, '2020-06-20')).statusCode).toBe(201);
    expect((await hold(secretary.id, b.id, '2020-06-20')).statusCode).toBe(201);

    const title = async (id: string, date: string) => json<{ title: string }>(await t.admin.get(`/api/v1/people/${id}/title?date=${date}`)).title;
    expect(await title(a.id, '2024-01-10')).toBe('Phó Bí thư Đảng ủy Cơ quan, Phó Chủ nhiệm Văn phòng Quốc hội Nguyễn Văn A');

    // Term XIV: its congress closes 2025-07-04, so term XIII and its elected posts end that day.
    const term2 = await t.admin.post(`/api/v1/organizations/${committee.id}/terms`, {
      ordinal: 14, startYear: 2025, endYear: 2030, congressOpenedOn: '2025-07-03', congressClosedOn: '2025-07-04',
    });
    expect(term2.statusCode).toBe(201);
    expect(json(term2)).toMatchObject({ startsOn: '2025-07-05', label: 'Nhiệm kỳ 2025-2030 (Đại hội lần thứ XIV)' });
    const terms = json<{ data: { ordinal: number; endsOn: string | null }[] }>(await t.admin.get(`/api/v1/organizations/${committee.id}/terms`));
    expect(terms.data.map((x) => [x.ordinal, x.endsOn])).toEqual([[14, null], [13, '2025-07-04']]);
    const newTermId = json<{ id: string }>(term2).id;
    expect((await t.admin.post(`/api/v1/posts/${secretary.id}/holdings`, { personId: a.id, startsOn: '2025-07-05', termId: newTermId })).statusCode).toBe(201);

    expect(await title(a.id, '2025-07-04')).toBe('Phó Bí thư Đảng ủy Cơ quan, Phó Chủ nhiệm Văn phòng Quốc hội Nguyễn Văn A');
    expect(await title(a.id, '2025-07-05')).toBe('Bí thư Đảng ủy Cơ quan, Phó Chủ nhiệm Văn phòng Quốc hội Nguyễn Văn A');
    expect(await title(b.id, '2025-07-04')).toBe('Bí thư Đảng ủy Cơ quan Trần Thị B');
    expect(await title(b.id, '2025-07-05')).toBe('Trần Thị B');

    const bad = await t.admin.get(`/api/v1/people/${a.id}/title?date=2025-02-29`);
    expect(bad.statusCode).toBe(400);
    expect(json<{ errors: { field: string; message: string }[] }>(bad).errors[0]).toMatchObject({ field: 'querystring.date', message: 'Ngày không tồn tại.' });

    const wrongOrdinal = await t.admin.post(`/api/v1/organizations/${committee.id}/terms`, { ordinal: 16, startYear: 2030, endYear: 2035, congressClosedOn: '2030-07-01' });
    expect(json(wrongOrdinal)).toMatchObject({ status: 422, code: 'term.ordinal_not_next' });

    const timeline = json<{ data: { kind: string; label: string; endsOn: string | null }[] }>(await t.admin.get(`/api/v1/people/${a.id}/timeline`));
    expect(timeline.data.map((e) => [e.label, e.endsOn])).toEqual([
      ['Bí thư Đảng ủy Cơ quan', null],
      ['Phó Bí thư Đảng ủy Cơ quan', '2025-07-04'],
      ['Phó Chủ nhiệm Văn phòng Quốc hội', null],
    ]);
  });
});
