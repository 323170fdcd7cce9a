import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, makeOrganization, startTestApp } from '../../../test/app.ts';
import { act, eventsOf, expectRefused, makeApplicant, makeOfficial, prepareAdmission } from './members.fixtures.ts';
import type { Member } from './members.schema.ts';

let t: TestApp;
let cell: { id: string; path: string };
let introducers: string[];

beforeAll(async () => {
  t = await startTestApp();
  const committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Tổng hợp' });
  introducers = [(await makeOfficial(t.admin, cell.id)).id, (await makeOfficial(t.admin, cell.id)).id];
});
afterAll(() => t.close());

describe('the path from applicant to official member, then out', () => {
  it('admits, recognizes, transfers out and confirms receipt, with one event and one version per step', async () => {
    const applicant = await makeApplicant(t.admin, cell.id);
    expect(applicant).toMatchObject({ status: 'applicant', version: 1, probationEndsOn: null, partyAgeYears: null });
    await prepareAdmission(t.admin, applicant.id, introducers);
    const decided = await act(t.admin, applicant.id, 'admission-decision', {
      decidedOn: '2024-04-15', decision: { number: '45', symbol: 'QĐ/ĐU', issuer: 'Đảng ủy Cơ quan' },
    });
    expect(decided.member).toMatchObject({ status: 'applicant', admissionDecisionDate: '2024-04-15', admissionDecisionNumber: '45-QĐ/ĐU' });
    expect(decided.event).toMatchObject({ kind: 'admission_decision', decisionNumber: '45', decisionSymbol: 'QĐ/ĐU' });

    const ceremony = await act(t.admin, applicant.id, 'ceremony', { heldOn: '2024-05-10' });
    expect(ceremony.member).toMatchObject({ status: 'probationary', ceremonyDate: '2024-05-10', probationEndsOn: '2025-05-10' });

    const official = await act(t.admin, applicant.id, 'official-recognition', { decidedOn: '2025-05-12', decision: { number: '12' } });
    expect(official.member).toMatchObject({ status: 'official', officialRecognitionDate: '2025-05-12', probationEndsOn: null });
    expect(official.member.partyAgeYears).toBeGreaterThanOrEqual(1);
    expect(official.event.details).toMatchObject({ late: false, probationEndsOn: '2025-05-10' });

    const out = await act(t.admin, applicant.id, 'transfer-out', { kind: 'official', leftOn: '2025-06-02', letterNumber: '07', toOrganization: 'Đảng bộ Bộ Tư pháp' });
    expect(out.member.status).toBe('transferred_out');
    // 60 working days from Monday 2 June 2025: twelve weeks, no holiday in between.
    expect(out.event.details).toMatchObject({ kind: 'official', dueOn: '2025-08-25' });
    const receipt = await act(t.admin, applicant.id, 'transfer-receipt', { receivedOn: '2025-06-20', reference: 'Giấy báo 15' });
    expect(receipt.member).toMatchObject({ status: 'transferred_out', version: 9 });

    const kinds = (await eventsOf(t.admin, applicant.id)).map((e) => e.kind);
    // Oldest first by the day each happened: the certificate predates the application.
    expect(kinds.slice(0, 2)).toEqual(['course_certificate', 'application']);
    expect([...kinds].sort()).toEqual([
      'admission_decision', 'application', 'cell_resolution', 'ceremony', 'course_certificate', 'introducers',
      'official_recognition', 'transfer_out', 'transfer_receipt',
    ]);
    const audit = json<{ data: { action: string }[] }>(await t.admin.get(`/api/v1/audit?entity=member&entityId=${applicant.id}`));
    expect(audit.data.map((a) => a.action)).toEqual(expect.arrayContaining(['member.created', 'member.ceremony', 'member.transfer-receipt']));
    expect(await expectRefusedReceipt(applicant.id)).toBe(true);
  });
});

async function expectRefusedReceipt(id: string) {
  await expectRefused(t.admin, id, 'transfer-receipt', { receivedOn: '2025-07-01' }, 'member.no_open_transfer');
  return true;
}

describe('admission rules: each refusal answers 409 with its code and changes nothing', () => {
  it('introducers: exactly the rule count, official members, known for 12 months by the application date', async () => {
    const a = await makeApplicant(t.admin, cell.id);
    const other = await makeApplicant(t.admin, cell.id);
    const known = (memberId: string, knownSince = '2022-01-01') => ({ memberId, knownSince });
    await expectRefused(t.admin, a.id, 'introducers', { introducers: [known(introducers[0] ?? '')] }, 'member.introducers_invalid');
    await expectRefused(t.admin, a.id, 'introducers', { introducers: [known(introducers[0] ?? ''), known(other.id)] }, 'member.introducers_invalid');
    await expectRefused(t.admin, a.id, 'introducers', { introducers: [known(introducers[0] ?? ''), known(introducers[0] ?? '')] }, 'member.introducers_invalid');
    await expectRefused(t.admin, a.id, 'introducers', { introducers: [known(introducers[0] ?? ''), known(introducers[1] ?? '', '2023-06-01')] }, 'member.introducers_invalid');
    const ok = await act(t.admin, a.id, 'introducers', { introducers: [known(introducers[0] ?? ''), known(introducers[1] ?? '', '2023-03-01')] });
    expect(ok.event.details).toMatchObject({ applicationDate: '2024-03-01' });
  });

  it("cell resolution: at least 2/3 of the official members in favour", async () => {
    const a = await makeApplicant(t.admin, cell.id);
    await expectRefused(t.admin, a.id, 'cell-resolution', { resolvedOn: '2024-04-01', votesFor: 6, officialMembers: 10 }, 'member.resolution_share_too_low');
    expect((await act(t.admin, a.id, 'cell-resolution', { resolvedOn: '2024-04-01', votesFor: 2, officialMembers: 3 })).member.version).toBe(2);
  });

  it('admission decision: needs every earlier step, a certificate valid 60 months, the age 18 to 60', async () => {
    const a = await makeApplicant(t.admin, cell.id);
    const decide = { decidedOn: '2024-04-15' };
    await expectRefused(t.admin, a.id, 'admission-decision', decide, 'member.introducers_invalid');
    await act(t.admin, a.id, 'introducers', { introducers: introducers.map((memberId) => ({ memberId, knownSince: '2020-01-01' })) });
    await expectRefused(t.admin, a.id, 'admission-decision', decide, 'member.certificate_missing');
    await act(t.admin, a.id, 'course-certificate', { issuedOn: '2019-04-01' });
    await expectRefused(t.admin, a.id, 'admission-decision', decide, 'member.certificate_expired');
    await act(t.admin, a.id, 'course-certificate', { issuedOn: '2023-04-01' });
    await expectRefused(t.admin, a.id, 'admission-decision', decide, 'member.resolution_missing');
    await act(t.admin, a.id, 'cell-resolution', { resolvedOn: '2024-04-01', votesFor: 9, officialMembers: 10 });
    expect((await act(t.admin, a.id, 'admission-decision', decide)).member.admissionDecisionDate).toBe('2024-04-15');

    const young = await makeApplicant(t.admin, cell.id, '2006-05-01');
    await prepareAdmission(t.admin, young.id, introducers);
    await expectRefused(t.admin, young.id, 'admission-decision', decide, 'member.age_out_of_range');
    const old = await makeApplicant(t.admin, cell.id, '1964-03-14');
    await prepareAdmission(t.admin, old.id, introducers);
    await expectRefused(t.admin, old.id, 'admission-decision', decide, 'member.age_out_of_range');
  });

  it('ceremony: not before the decision, within 30 working days of it (holidays skipped)', async () => {
    const a = await makeApplicant(t.admin, cell.id);
    await prepareAdmission(t.admin, a.id, introducers);
    await expectRefused(t.admin, a.id, 'ceremony', { heldOn: '2024-05-10' }, 'member.invalid_transition');
    await act(t.admin, a.id, 'admission-decision', { decidedOn: '2024-04-15' });
    await expectRefused(t.admin, a.id, 'ceremony', { heldOn: '2024-04-14' }, 'member.ceremony_before_decision');
    // 30 working days from 15 April 2024 skip Giỗ Tổ (18/4) and 29/4 to 1/5: the last day is 31 May.
    await expectRefused(t.admin, a.id, 'ceremony', { heldOn: '2024-06-03' }, 'member.ceremony_too_late');
    expect((await act(t.admin, a.id, 'ceremony', { heldOn: '2024-05-31' })).member.status).toBe('probationary');
  });
});

describe('probation, transfers, discipline', () => {
  async function probationary(heldOn = '2024-05-10') {
    const a = await makeApplicant(t.admin, cell.id);
    await prepareAdmission(t.admin, a.id, introducers);
    await act(t.admin, a.id, 'admission-decision', { decidedOn: '2024-04-15' });
    return (await act(t.admin, a.id, 'ceremony', { heldOn })).member;
  }

  it('recognition: probationary only, not before probation ends, late after 30 working days but allowed', async () => {
    const p = await probationary();
    await expectRefused(t.admin, p.id, 'official-recognition', { decidedOn: '2025-05-09' }, 'member.probation_not_ended');
    const late = await act(t.admin, p.id, 'official-recognition', { decidedOn: '2025-07-01' });
    expect(late.event.details).toMatchObject({ late: true, probationEndsOn: '2025-05-10' });
    await expectRefused(t.admin, p.id, 'official-recognition', { decidedOn: '2025-07-02' }, 'member.not_probationary');
    await expectRefused(t.admin, p.id, 'probation-removal', { decidedOn: '2025-07-02' }, 'member.not_probationary');
  });

  it('probation removal ends the membership; a removed member accepts no action', async () => {
    const p = await probationary();
    expect((await act(t.admin, p.id, 'probation-removal', { decidedOn: '2024-12-01', reason: 'Vi phạm' })).member.status).toBe('removed');
    await expectRefused(t.admin, p.id, 'exemption', { from: '2025-01-01' }, 'member.invalid_transition');
    await expectRefused(t.admin, p.id, 'transfer-out', { kind: 'temporary', leftOn: '2025-01-01', toOrganization: 'X' }, 'member.transfer_not_allowed');
  });

  it('temporary transfer keeps the record; transfer in brings the member back to another cell', async () => {
    const m = await makeOfficial(t.admin, cell.id);
    const away = await act(t.admin, m.id, 'transfer-out', { kind: 'temporary', leftOn: '2025-02-03', toOrganization: 'Chi bộ Học viện' });
    expect(away.member.status).toBe('temporarily_elsewhere');
    await expectRefused(t.admin, m.id, 'transfer-out', { kind: 'official', leftOn: '2025-03-03', toOrganization: 'X' }, 'member.transfer_not_allowed');
    const other = await makeOrganization(t.admin, { parentId: cell.path.split('/')[1] ?? null, kind: 'cell_under_committee', name: 'Chi bộ Vụ Hành chính' });
    const back = await act(t.admin, m.id, 'transfer-in', { kind: 'temporary', arrivedOn: '2025-08-01', cellId: other.id });
    expect(back.member).toMatchObject({ status: 'official', cellId: other.id, cellName: 'Chi bộ Vụ Hành chính' });
  });

  it('deceased and expelled members cannot be transferred', async () => {
    const m = await makeOfficial(t.admin, cell.id);
    await act(t.admin, m.id, 'death', { on: '2025-01-05' });
    await expectRefused(t.admin, m.id, 'transfer-out', { kind: 'official', leftOn: '2025-03-03', toOrganization: 'X' }, 'member.transfer_not_allowed');
  });

  it('exemption and its end return to the previous status', async () => {
    const m = await makeOfficial(t.admin, cell.id);
    expect((await act(t.admin, m.id, 'exemption', { from: '2025-01-01', grounds: 'Tuổi cao' })).member.status).toBe('exempt');
    expect((await act(t.admin, m.id, 'exemption-end', { on: '2025-06-01' })).member.status).toBe('official');
    await expectRefused(t.admin, m.id, 'exemption-end', { on: '2025-07-01' }, 'member.invalid_transition');
  });

  it('discipline: a cell decides only the forms in its rule; expulsion ends the membership', async () => {
    const m = await makeOfficial(t.admin, cell.id);
    await expectRefused(t.admin, m.id, 'discipline', { decidedOn: '2025-09-01', form: 'cach_chuc', decidingBody: 'cell' }, 'member.discipline_not_cell_level');
    expect((await act(t.admin, m.id, 'discipline', { decidedOn: '2025-09-01', form: 'canh_cao', decidingBody: 'cell' })).member.status).toBe('official');
    const expelled = await act(t.admin, m.id, 'discipline', { decidedOn: '2025-10-01', form: 'khai_tru', decidingBody: 'standing_committee' });
    expect(expelled.member.status).toBe('expelled');
    await expectRefused(t.admin, m.id, 'retirement', { on: '2025-11-01' }, 'member.invalid_transition');
  });

  it('a stale version on an action answers 409 with the current record', async () => {
    const m = await makeOfficial(t.admin, cell.id);
    const res = await t.admin.post(`/api/v1/members/${m.id}/actions/retirement`, { on: '2025-01-01', version: m.version + 1 });
    expect(res.statusCode).toBe(409);
    expect(json<{ code: string; current: Member }>(res)).toMatchObject({ code: 'resource.version_conflict', current: { id: m.id, version: 1 } });
  });
});
