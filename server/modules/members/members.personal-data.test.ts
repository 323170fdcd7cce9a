import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, makeOrganization, startTestApp } from '../../../test/app.ts';
import { reader, textOf, wholeAudit } from '../audit/audit.clearance.fixtures.ts';
import { makeLinkedUser } from '../notifications/notifications.fixtures.ts';
import type { Member } from './members.schema.ts';

/**
 * Issue 12, item 2: personal data by need to know. The emulation officer (and any reader without
 * members.personal_data over the member's cell) gets the citizen ID, birth date, phone and contact masked
 * through every path; the committee office, the member's own cell secretary and the member themself see
 * them. Exporting the register needs a reason, and is audited with it.
 */

let t: TestApp;
type User = Awaited<ReturnType<typeof reader>>;
let office: User;
let secretary: User;
let otherSecretary: User;
let emulation: User;
let inspector: User;
let self: User;
let member: Member;
const RAW = { citizenId: '001085012323', phone: '0912345678', birthDate: '1985-04-12', contact: 'Số 5 ngõ 12 phố Huế' };
const MASKED = { citizenId: '0010******23', phone: '*******678', birthDate: '1985-**-**', contact: '******' };
const raws = Object.values(RAW);

beforeAll(async () => {
  t = await startTestApp();
  const committee = await makeOrganization(t.admin, { name: 'Đảng bộ Dữ liệu' });
  const cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Một' });
  const cellB = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Hai' });
  office = await reader(t, committee.id, 'committee_office', 'Vanphong');
  secretary = await reader(t, cell.id, 'cell_secretary', 'Bithu');
  otherSecretary = await reader(t, cellB.id, 'cell_secretary', 'Bithukhac');
  emulation = await reader(t, committee.id, 'emulation_officer', 'Thidua');
  inspector = await reader(t, committee.id, 'inspector', 'Kiemtra');
  self = await makeLinkedUser(t, cell.id, 'member', 'ban.than@example.org', 'Banthan');
  await t.admin.patch(`/api/v1/people/${self.person.id}`, { version: 1, birthDate: RAW.birthDate, phone: RAW.phone });
  const res = await secretary.client.post('/api/v1/members', {
    personId: self.person.id, cellId: cell.id, origin: 'record', status: 'official', admissionDecisionDate: '2010-03-01',
    ceremonyDate: '2010-03-20', officialRecognitionDate: '2011-03-25', citizenId: RAW.citizenId, contact: RAW.contact,
  });
  expect(res.statusCode, res.body).toBe(201);
  member = json<Member>(res);
  expect((await secretary.client.patch(`/api/v1/members/${member.id}`, { version: member.version, occupation: 'Chuyên viên' })).statusCode).toBe(200);
});
afterAll(() => t.close());

const exportRows = () => t.database.db.selectFrom('auditLog').select(['actorUserId', 'after']).where('action', '=', 'member.export').orderBy('seq').execute();

describe('personal data by need to know', () => {
  it('is masked for the emulation officer and the inspector in the record, the list and the directory', async () => {
    for (const u of [emulation, inspector]) {
      const one = json<Member>(await u.client.get(`/api/v1/members/${member.id}`));
      expect(one).toMatchObject({ citizenId: MASKED.citizenId, birthDate: MASKED.birthDate, contact: MASKED.contact, occupation: 'Chuyên viên' });
      const list = await u.client.get('/api/v1/members?limit=200');
      expect(json<{ data: Member[] }>(list).data.find((m) => m.id === member.id)).toMatchObject({ citizenId: MASKED.citizenId });
      const person = await u.client.get(`/api/v1/people/${self.person.id}`);
      expect(json(person)).toMatchObject({ phone: MASKED.phone, birthDate: MASKED.birthDate });
      for (const body of [one, json(list), json(person), json(await u.client.get('/api/v1/people?limit=200')), json(await u.client.get(`/api/v1/members/${member.id}/events`))]) {
        for (const raw of raws) expect(JSON.stringify(body)).not.toContain(raw);
      }
    }
  });

  it('is masked in the audit snapshots for a reader of the log without the right; the officer has no log', async () => {
    expect((await emulation.client.get('/api/v1/audit')).statusCode).toBe(403);
    const log = await wholeAudit(inspector.client, '&entity=member') + await wholeAudit(inspector.client, '&entity=person');
    expect(log).toContain(MASKED.citizenId);
    for (const raw of raws) expect(log).not.toContain(raw);
    expect(await wholeAudit(office.client, '&entity=member')).toContain(RAW.citizenId);
  });

  it('is shown to the committee office, the member\'s own cell secretary and the member themself', async () => {
    for (const u of [office, secretary, self]) {
      const one = json<Member>(await u.client.get(`/api/v1/members/${member.id}`));
      expect(one).toMatchObject({ citizenId: RAW.citizenId, birthDate: RAW.birthDate, contact: RAW.contact });
      expect(json(await u.client.get(`/api/v1/people/${self.person.id}`))).toMatchObject({ phone: RAW.phone, birthDate: RAW.birthDate });
    }
    expect(json<Member>(await self.client.get('/api/v1/members/me')).citizenId).toBe(RAW.citizenId);
    expect((await otherSecretary.client.get(`/api/v1/members/${member.id}`)).statusCode).toBe(404);
    const scopes = async (u: User) => json<{ scopes: Record<string, string[]> }>(await u.client.get('/api/v1/auth/me')).scopes['members.personal_data'];
    expect(await scopes(emulation)).toEqual([]);
    expect((await scopes(office))?.length).toBe(1);
  });

  it('refuses an export without a reason, and changes nothing', async () => {
    const before = await exportRows();
    for (const q of ['', '?reason=', '?reason=%20%20']) {
      const res = await emulation.client.get(`/api/v1/members/export.xlsx${q}`);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(json(res)).toMatchObject({ code: 'member.export_reason_required' });
    }
    expect(await exportRows()).toEqual(before);
  });

  it('exports with a reason, masked for the officer and whole for the office, and logs who, what and why', async () => {
    const reason = 'Tổng hợp danh sách khen thưởng năm 2026';
    const masked = await emulation.client.get(`/api/v1/members/export.xlsx?status=official&reason=${encodeURIComponent(reason)}`);
    expect(masked.statusCode).toBe(200);
    const maskedText = await textOf(masked);
    expect(maskedText).toContain(MASKED.citizenId);
    for (const raw of [RAW.citizenId, '12/04/1985']) expect(maskedText).not.toContain(raw);
    const whole = await office.client.get(`/api/v1/members/export.xlsx?reason=${encodeURIComponent('Rà soát hồ sơ')}`);
    expect(await textOf(whole)).toContain(RAW.citizenId);
    const rows = (await exportRows()).slice(-2);
    expect(rows.map((r) => r.actorUserId)).toEqual([emulation.userId, office.userId]);
    expect(rows[0]?.after).toMatchObject({ reason, filter: { statuses: ['official'] }, rows: 1, unmaskedRows: 0 });
    expect(rows[1]?.after).toMatchObject({ reason: 'Rà soát hồ sơ', rows: 1, unmaskedRows: 1 });
    const seen = await wholeAudit(office.client, '&action=member.export');
    expect(seen).toContain(reason);
  });
});
