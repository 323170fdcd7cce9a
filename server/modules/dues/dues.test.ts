import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import { Client as HttpClient } from '../../../test/app.ts';
import { insertMembers } from './dues.fixtures.ts';
import type { Grid } from './dues.schema.ts';

let t: TestApp;
let cellA: { id: string };
let cellB: { id: string };
let secretaryA: Client;
let members: Awaited<ReturnType<typeof insertMembers>>;
const YEAR = 2026;

beforeAll(async () => {
  t = await startTestApp();
  const committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cellA = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ A' });
  cellB = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ B' });
  members = await insertMembers(t.database, cellA.id, ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'], {
    basis: { kind: 'salary_percent', baseAmount: 12_345_000, validFrom: '2026-01-01' },
  });
  await insertMembers(t.database, cellB.id, ['Phạm Văn Dũng'], { basis: { kind: 'fixed', baseAmount: 5000, validFrom: '2026-01-01' } });
  const u = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: cellA.id }]);
  secretaryA = await new HttpClient(t.app).login(u.username, u.password);
});
afterAll(() => t.close());

const grid = async (client: Client, cellId: string) => client.get(`/api/v1/dues/grid?cellId=${cellId}&year=${YEAR}`);
const save = (client: Client, cellId: string, changes: unknown[]) => client.request('PUT', '/api/v1/dues/payments', { cellId, year: YEAR, changes });
const m = (i: number) => members[i]?.id ?? '';

describe('dues grid', () => {
  it('computes the expected amount from the basis and the rate of the month, rounded to the đồng', async () => {
    const g = json<Grid>(await grid(secretaryA, cellA.id));
    expect(g.rows.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);
    // 1% of 12,345,000 = 123,450 đồng; a cell under a committee remits 70%.
    expect(g.rows[0]?.months[0]?.expected).toBe(123_450);
    expect(g.remitShareBasisPoints).toBe(7000);
    expect(g.totals.expected).toBe(123_450 * 12 * 3);
  });

  it('saves changed months all at once, and computes paid-up-to and the remitted share', async () => {
    const changes = [1, 2, 3].flatMap((month) => [0, 1].map((i) => ({ memberId: m(i), month, amount: 123_450, paidOn: `2026-0${month}-10` })));
    const res = await save(secretaryA, cellA.id, [...changes, { memberId: m(2), month: 1, amount: 100_001 }]);
    expect(res.statusCode).toBe(200);
    const g = json<Grid>(res);
    expect(g.rows.map((r) => r.paidUpTo)).toEqual(['2026-03', '2026-03', '2026-01']);
    expect(g.months[0]).toMatchObject({ collected: 123_450 * 2 + 100_001, remitted: 242_831, kept: 104_070 });
    expect(g.months[0]!.remitted + g.months[0]!.kept).toBe(g.months[0]!.collected);
  });

  it('is all or nothing: one stale version refuses the whole save with 409', async () => {
    const g = json<Grid>(await grid(secretaryA, cellA.id));
    const paid = g.rows[0]!.months[0]!.payment!;
    const res = await save(secretaryA, cellA.id, [
      { memberId: m(2), month: 2, amount: 123_450 },
      { memberId: m(0), month: 1, amount: 1, version: paid.version + 5 },
    ]);
    expect(res.statusCode).toBe(409);
    expect(json<{ code: string; current: { month: number } }>(res)).toMatchObject({ code: 'resource.version_conflict', current: { month: 1 } });
    const after = json<Grid>(await grid(secretaryA, cellA.id));
    expect(after.rows[2]!.months[1]!.payment).toBeNull();
    expect(after.rows[0]!.months[0]!.payment!.amount).toBe(123_450);
    // A month someone else filled meanwhile is also stale for a save that thought it empty.
    const clash = await save(secretaryA, cellA.id, [{ memberId: m(0), month: 1, amount: 5 }]);
    expect(clash.statusCode).toBe(409);
  });

  it('edits with the current version and removes a payment with amount null', async () => {
    const g = json<Grid>(await grid(secretaryA, cellA.id));
    const p = g.rows[2]!.months[0]!.payment!;
    const edited = json<Grid>(await save(secretaryA, cellA.id, [{ memberId: m(2), month: 1, amount: 123_450, version: p.version }]));
    expect(edited.rows[2]!.months[0]!.payment).toMatchObject({ amount: 123_450, version: p.version + 1 });
    const removed = json<Grid>(await save(secretaryA, cellA.id, [{ memberId: m(2), month: 1, amount: null, version: p.version + 1 }]));
    expect(removed.rows[2]!.months[0]!.payment).toBeNull();
    expect(removed.rows[2]!.paidUpTo).toBeNull();
  });

  it("keeps a cell secretary out of another cell's dues: 404 on read, write and statement", async () => {
    expect((await grid(secretaryA, cellB.id)).statusCode).toBe(404);
    expect((await save(secretaryA, cellB.id, [{ memberId: m(0), month: 4, amount: 1 }])).statusCode).toBe(404);
    expect((await secretaryA.get(`/api/v1/dues/statement.xlsx?cellId=${cellB.id}&year=${YEAR}`)).statusCode).toBe(404);
    // Nor can a foreign member be slipped into one's own cell's grid.
    const other = await t.database.db.selectFrom('members').select('id').where('cellId', '=', cellB.id).executeTakeFirstOrThrow();
    expect((await save(secretaryA, cellA.id, [{ memberId: other.id, month: 4, amount: 1 }])).statusCode).toBe(404);
  });

  it('sets a basis from a month on, and validates amounts as whole đồng', async () => {
    const res = await secretaryA.request('PUT', `/api/v1/dues/members/${m(2)}/bases`, { kind: 'pension_percent', baseAmount: 8_000_001, validFrom: '2026-07' });
    expect(res.statusCode).toBe(200);
    const g = json<Grid>(await grid(secretaryA, cellA.id));
    expect(g.rows[2]!.months[5]!.expected).toBe(123_450);
    expect(g.rows[2]!.months[6]!.expected).toBe(40_000); // 0.5% of 8,000,001 rounds to 40,000
    const bad = await save(secretaryA, cellA.id, [{ memberId: m(0), month: 5, amount: 10.5 }]);
    expect(bad.statusCode).toBe(400);
  });
});

describe('yearly statement', () => {
  it('is an Excel file whose every total equals the payments recorded in the database', async () => {
    const res = await secretaryA.get(`/api/v1/dues/statement.xlsx?cellId=${cellA.id}&year=${YEAR}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const num = (row: number, col: number) => Number(ws.getRow(row).getCell(col).value ?? 0);
    const sums = await t.database.db
      .selectFrom('duesPayments as d')
      .innerJoin('members as mm', 'mm.id', 'd.memberId')
      .innerJoin('people as p', 'p.id', 'mm.personId')
      .select(['p.fullName', 'd.month', sql<number>`sum(d.amount)::bigint`.as('amount')])
      .where('d.cellId', '=', cellA.id)
      .where('d.year', '=', YEAR)
      .groupBy(['p.fullName', 'd.month'])
      .execute();
    const total = sums.reduce((s, r) => s + Number(r.amount), 0);
    expect(total).toBeGreaterThan(0);
    const firstMemberRow = 4;
    const rows = json<Grid>(await grid(secretaryA, cellA.id)).rows.length;
    for (let i = 0; i < rows; i++) {
      const row = firstMemberRow + i;
      const name = String(ws.getRow(row).getCell(2).value);
      let rowSum = 0;
      for (let month = 1; month <= 12; month++) {
        const expected = sums.filter((s) => s.fullName === name && s.month === month).reduce((a, s) => a + Number(s.amount), 0);
        expect(num(row, 2 + month), `${name} T${month}`).toBe(expected);
        rowSum += expected;
      }
      expect(num(row, 15)).toBe(rowSum);
    }
    const totalRow = firstMemberRow + rows;
    for (let month = 1; month <= 12; month++) {
      const col = sums.filter((s) => s.month === month).reduce((a, s) => a + Number(s.amount), 0);
      expect(num(totalRow, 2 + month)).toBe(col);
      // remitted + kept = collected, month by month
      expect(num(totalRow + 2, 2 + month) + num(totalRow + 3, 2 + month)).toBe(col);
    }
    expect(num(totalRow, 15)).toBe(total);
    expect(num(totalRow + 2, 15) + num(totalRow + 3, 15)).toBe(total);
  });
});
