import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type TestApp, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import { loadRules, ruleNumber } from './rules.ts';

let t: TestApp;
let office: Client;

type Rule = { id: string; key: string; value: unknown; validFrom: string; validTo: string | null; certainty: string; legalBasis: { symbol: string } | null };
const rules = async (client: Client) => json<{ data: Rule[] }>(await client.get('/api/v1/rules')).data;

beforeAll(async () => {
  t = await startTestApp();
  const committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  const u = await makeUser(t.admin, [{ role: 'committee_office', organizationId: committee.id }]);
  office = await new Client(t.app).login(u.username, u.password);
});
afterAll(() => t.close());

describe('rules as data', () => {
  it('lists every rule with its legal basis and certainty, seeded in every database', async () => {
    const list = await rules(office);
    const byKey = new Map(list.map((r) => [r.key, r]));
    expect(byKey.get('member.admission.introducers_count')).toMatchObject({ value: 2, certainty: 'S', legalBasis: { symbol: '24-QĐ/TW' } });
    expect(byKey.get('member.admission.resolution_share')?.value).toEqual({ numerator: 2, denominator: 3 });
    expect(byKey.get('member.discipline.cell_forms')).toMatchObject({ value: ['khien_trach', 'canh_cao'], legalBasis: { symbol: '296-QĐ/TW' } });
    expect(byKey.get('member.exemption_review_months')).toMatchObject({ certainty: 'U', legalBasis: null });
    expect(list.length).toBeGreaterThanOrEqual(12);
  });

  it('adds a new version from a date (system administrators only), closing the previous one', async () => {
    const body = { key: 'member.admission.introducers_count', value: 3, validFrom: '2030-01-01', certainty: 'U', note: 'thử' };
    expect((await office.post('/api/v1/rules', body)).statusCode).toBe(403);
    expect(json(await t.admin.post('/api/v1/rules', { ...body, value: 'ba' }))).toMatchObject({ status: 422, code: 'rule.invalid' });
    expect(json(await t.admin.post('/api/v1/rules', { ...body, key: 'no.such.rule' }))).toMatchObject({ status: 422, code: 'rule.invalid' });
    const res = await t.admin.post('/api/v1/rules', body);
    expect(res.statusCode).toBe(201);
    const versions = (await rules(t.admin)).filter((r) => r.key === body.key);
    expect(versions.map((v) => [v.value, v.validFrom, v.validTo])).toEqual([[2, '1900-01-01', '2029-12-31'], [3, '2030-01-01', null]]);
    const audit = json<{ data: { action: string }[] }>(await t.admin.get('/api/v1/audit?action=rule.created'));
    expect(audit.data).toHaveLength(1);
  });
});

describe('rules of other modules through the same mechanism', () => {
  it('versions a dues rate, which dues then read for the months from that date', async () => {
    const bad = await t.admin.post('/api/v1/rules', { key: 'dues.salary_percent', value: { basisPoints: 'một' }, validFrom: '2031-01-01', certainty: 'U' });
    expect(json(bad)).toMatchObject({ status: 422, code: 'rule.invalid' });
    const res = await t.admin.post('/api/v1/rules', { key: 'dues.salary_percent', value: { basisPoints: 150 }, validFrom: '2031-01-01', certainty: 'U' });
    expect(res.statusCode).toBe(201);
    const loaded = await loadRules(t.database.db, ['dues.salary_percent']);
    expect(ruleNumber(loaded, 'dues.salary_percent', 'basisPoints', '2030-12-01')).toBe(100);
    expect(ruleNumber(loaded, 'dues.salary_percent', 'basisPoints', '2031-01-01')).toBe(150);
  });
});

describe('holidays', () => {
  it('holds the official days off: Tết 2025 from 25 January to 2 February, the second Quốc khánh day', async () => {
    const days = json<{ data: { day: string; name: string }[] }>(await office.get('/api/v1/holidays?year=2025')).data.map((d) => d.day);
    for (const d of ['2025-01-01', '2025-01-25', '2025-01-29', '2025-02-02', '2025-04-07', '2025-04-30', '2025-05-01', '2025-09-01', '2025-09-02']) {
      expect(days).toContain(d);
    }
    expect(days).not.toContain('2025-02-03');
    for (const year of [2020, 2021, 2022, 2023, 2024, 2026, 2027]) {
      const names = json<{ data: { name: string }[] }>(await office.get(`/api/v1/holidays?year=${year}`)).data.map((d) => d.name);
      expect(new Set(names).size, String(year)).toBe(5);
    }
  });

  it('lets system administrators add and remove a day off', async () => {
    expect((await office.post('/api/v1/holidays', { day: '2027-12-24', name: 'Nghỉ bù' })).statusCode).toBe(403);
    expect((await t.admin.post('/api/v1/holidays', { day: '2027-12-24', name: 'Nghỉ bù' })).statusCode).toBe(201);
    expect((await t.admin.post('/api/v1/holidays', { day: '2027-12-24', name: 'Nghỉ bù' })).statusCode).toBe(409);
    expect((await office.delete('/api/v1/holidays/2027-12-24')).statusCode).toBe(403);
    expect((await t.admin.delete('/api/v1/holidays/2027-12-24')).statusCode).toBe(204);
    expect((await t.admin.delete('/api/v1/holidays/2027-12-24')).statusCode).toBe(404);
  });
});
