import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, Client as HttpClient, type TestApp, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import { insertMembers } from '../dues/dues.fixtures.ts';
import type { Round } from './ratings.schema.ts';

let t: TestApp;
let secretary: Client;
let office: Client;
let cell: { id: string };
let otherCell: { id: string };
const YEAR = 2026;

beforeAll(async () => {
  t = await startTestApp();
  const committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ A' });
  otherCell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ B' });
  await insertMembers(t.database, cell.id, Array.from({ length: 10 }, (_, i) => `Nguyễn Văn Người${i}`));
  await insertMembers(t.database, cell.id, ['Lê Thị Xin'], { status: 'applicant' });
  await insertMembers(t.database, otherCell.id, ['Phạm Văn Khác']);
  const s = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: cell.id }]);
  secretary = await new HttpClient(t.app).login(s.username, s.password);
  const o = await makeUser(t.admin, [{ role: 'committee_office', organizationId: committee.id }]);
  office = await new HttpClient(t.app).login(o.username, o.password);
});
afterAll(() => t.close());

const getRound = async (client: Client, orgId = cell.id) => json<Round>(await client.get(`/api/v1/ratings/rounds?organizationId=${orgId}&year=${YEAR}`));

describe('yearly quality rating', () => {
  it('the cell opens a round with its official and probationary members and the cell itself', async () => {
    const res = await secretary.post('/api/v1/ratings/rounds', { organizationId: cell.id, year: YEAR });
    expect(res.statusCode).toBe(201);
    const round = json<Round>(res);
    expect(round.entries).toHaveLength(11);
    expect(round.entries[0]).toMatchObject({ memberId: null, subjectName: 'Chi bộ A' });
    expect(round).toMatchObject({ canPropose: true, canDecide: false });
    expect((await secretary.post('/api/v1/ratings/rounds', { organizationId: cell.id, year: YEAR })).statusCode).toBe(409);
    expect((await secretary.post('/api/v1/ratings/rounds', { organizationId: otherCell.id, year: YEAR })).statusCode).toBe(404);
  });

  it('self-assessment takes the level from the score band and refuses a level above it', async () => {
    const e = (await getRound(secretary)).entries[1]!;
    const ok = await secretary.request('PUT', `/api/v1/ratings/entries/${e.id}/self`, { version: e.version, score: 92, note: 'Tự đánh giá' });
    expect(json(ok)).toMatchObject({ selfScore: 92, selfLevel: 'hoan_thanh_xuat_sac', version: e.version + 1 });
    const above = await secretary.request('PUT', `/api/v1/ratings/entries/${e.id}/self`, { version: e.version + 1, score: 75, level: 'hoan_thanh_xuat_sac' });
    expect(above.statusCode).toBe(422);
    expect(json(above)).toMatchObject({ code: 'rating.level_above_score' });
    const stale = await secretary.request('PUT', `/api/v1/ratings/entries/${e.id}/self`, { version: e.version, score: 80 });
    expect(stale.statusCode).toBe(409);
  });

  it('the cell proposes; only the committee decides', async () => {
    const e = (await getRound(secretary)).entries[1]!;
    const proposed = await secretary.request('PUT', `/api/v1/ratings/entries/${e.id}/proposal`, { version: e.version, level: 'hoan_thanh_xuat_sac' });
    expect(proposed.statusCode).toBe(200);
    const v = json<{ version: number }>(proposed).version;
    expect((await secretary.request('PUT', `/api/v1/ratings/entries/${e.id}/decision`, { version: v, level: 'hoan_thanh_tot' })).statusCode).toBe(403);
    const decided = await office.request('PUT', `/api/v1/ratings/entries/${e.id}/decision`, { version: v, level: 'hoan_thanh_tot' });
    expect(json(decided)).toMatchObject({ decidedLevel: 'hoan_thanh_tot', proposedLevel: 'hoan_thanh_xuat_sac' });
  });

  it('warns with the numbers when a decision would exceed the quota of excellent ratings', async () => {
    const entries = (await getRound(office)).entries.filter((e) => e.memberId);
    // Five rated good or above allow one excellent (20%): entries[0] is already 'tốt'.
    for (const e of entries.slice(1, 4)) {
      const r = await office.request('PUT', `/api/v1/ratings/entries/${e.id}/decision`, { version: e.version, level: 'hoan_thanh_tot' });
      expect(r.statusCode).toBe(200);
    }
    const fifth = entries[4]!;
    const first = await office.request('PUT', `/api/v1/ratings/entries/${fifth.id}/decision`, { version: fifth.version, level: 'hoan_thanh_xuat_sac' });
    expect(first.statusCode).toBe(200);
    const sixth = entries[5]!;
    const over = await office.request('PUT', `/api/v1/ratings/entries/${sixth.id}/decision`, { version: sixth.version, level: 'hoan_thanh_xuat_sac' });
    expect(over.statusCode).toBe(409);
    expect(json(over)).toMatchObject({ code: 'rating.quota_exceeded', quota: { excellent: 2, goodOrAbove: 6, max: 1, exceeded: true } });
    expect(json<{ title: string }>(over).title).toContain('2');
    expect((await getRound(office)).quota).toMatchObject({ excellent: 1, goodOrAbove: 5, max: 1, exceeded: false });
    const forced = await office.request('PUT', `/api/v1/ratings/entries/${sixth.id}/decision`, { version: sixth.version, level: 'hoan_thanh_xuat_sac', overrideQuota: true });
    expect(forced.statusCode).toBe(200);
    expect((await getRound(office)).quota.exceeded).toBe(true);
  });

  it("keeps a member's history across years, and keeps other cells' rounds out of reach", async () => {
    const member = (await getRound(office)).entries[1]!;
    const history = await secretary.get(`/api/v1/ratings/members/${member.memberId}`);
    expect(json(history)).toMatchObject({ data: [{ year: YEAR, decidedLevel: 'hoan_thanh_tot', selfScore: 92 }] });
    await office.post('/api/v1/ratings/rounds', { organizationId: otherCell.id, year: YEAR });
    expect((await secretary.get(`/api/v1/ratings/rounds?organizationId=${otherCell.id}&year=${YEAR}`)).statusCode).toBe(404);
    const foreign = (await getRound(office, otherCell.id)).entries[1]!;
    expect((await secretary.request('PUT', `/api/v1/ratings/entries/${foreign.id}/proposal`, { version: 1, level: 'hoan_thanh' })).statusCode).toBe(404);
  });
});
