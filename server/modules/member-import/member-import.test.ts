import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, Client as HttpClient, type TestApp, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import { insertMembers } from '../dues/dues.fixtures.ts';
import { COLUMNS } from './member-import.columns.ts';
import { XLSX } from './member-import.schema.ts';

let t: TestApp;
let secretary: Client;
let cellA: { id: string };

type Row = Partial<Record<(typeof COLUMNS)[number]['key'], string | number>>;
type RowError = { row: number; column: string | null; message: string };
type Job = { id: string; status: string; total: number; processed: number; errors: RowError[]; summary: { imported: number } | null };

async function xlsx(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đảng viên');
  ws.addRow(COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(COLUMNS.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const good = (i: number): Row => ({
  familyName: 'Nguyễn', middleName: 'Văn', givenName: `Nhập${i}`, gender: i % 2 ? 'Nam' : 'Nữ', birthDate: '15/03/1985',
  citizenId: String(1_085_000_000 + i).padStart(12, '0'), cell: 'CBA', status: 'Chính thức', admissionDecisionDate: '10/05/2010',
  ceremonyDate: '19/05/2010', officialRecognitionDate: '19/05/2011',
});

const raw = (client: Client, url: string, file: Buffer) => client.request('POST', url, file, { 'content-type': XLSX });
const count = async (table: 'people' | 'members' | 'memberEvents') =>
  Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

async function waitFor(client: Client, id: string): Promise<Job> {
  for (let i = 0; i < 600; i++) {
    const job = json<Job>(await client.get(`/api/v1/member-import/jobs/${id}`));
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import job did not finish');
}

beforeAll(async () => {
  t = await startTestApp();
  const committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  cellA = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ A' });
  await t.database.db.updateTable('organizations').set({ code: 'CBA' }).where('id', '=', cellA.id).execute();
  await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ B' });
  await insertMembers(t.database, cellA.id, ['Trần Văn Có']);
  await t.database.db.updateTable('members').set({ citizenId: '001099000001' }).execute();
  const u = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: cellA.id }]);
  secretary = await new HttpClient(t.app).login(u.username, u.password);
});
afterAll(() => t.close());

describe('member import', () => {
  it('serves a template whose headers are the documented columns', async () => {
    const res = await secretary.get('/api/v1/member-import/template.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(COLUMNS.map((c) => c.header));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đảng viên', 'Hướng dẫn']);
  });

  it('dry run lists every bad row with its column, and writes nothing', async () => {
    const before = await count('members');
    const file = await xlsx([
      good(1),
      { ...good(2), birthDate: '31/02/1990' }, // row 3: no such date
      { ...good(3), cell: 'Chi bộ B' }, // row 4: a cell outside the secretary's scope
      { ...good(4), status: 'Đang ngủ' }, // row 5: unknown status
      { ...good(5), ceremonyDate: '01/05/2010' }, // row 6: ceremony before the decision
      { ...good(6), citizenId: good(1).citizenId as string }, // row 7: duplicate in the file
      { ...good(7), citizenId: '001099000001' }, // row 8: already in the database
      { ...good(8), familyName: 'Trần', middleName: 'Văn', givenName: 'Có', citizenId: '', birthDate: '' }, // row 9: fine (no birth date to match)
    ]);
    const res = await raw(secretary, '/api/v1/member-import/dry-run', file);
    expect(res.statusCode).toBe(200);
    const r = json<{ total: number; valid: number; errors: RowError[] }>(res);
    expect(r.total).toBe(8);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'birthDate'], [4, 'cell'], [5, 'status'], [6, 'ceremonyDate'], [7, 'citizenId'], [8, 'citizenId'],
    ]);
    expect(r.errors[0]!.message).toContain('31/02/1990');
    expect(r.valid).toBe(2);
    const en = await secretary.request('POST', '/api/v1/member-import/dry-run', file, { 'content-type': XLSX, 'accept-language': 'en' });
    expect(json<{ errors: RowError[] }>(en).errors[1]!.message).toBe('No cell "Chi bộ B" within your scope.');
    expect(await count('members')).toBe(before);
  });

  it('refuses the whole import when one row is bad, naming the row; nothing is written', async () => {
    const before = await Promise.all([count('people'), count('members'), count('memberEvents')]);
    const file = await xlsx([good(10), good(11), { ...good(12), officialRecognitionDate: '01/01/2009' }]);
    const res = await secretary.post('/api/v1/member-import/jobs', { fileBase64: file.toString('base64') });
    expect(res.statusCode).toBe(422);
    const body = json<{ code: string; rowErrors: RowError[] }>(res);
    expect(body.code).toBe('import.rows_invalid');
    expect(body.rowErrors).toMatchObject([{ row: 4, column: 'officialRecognitionDate' }]);
    expect(await Promise.all([count('people'), count('members'), count('memberEvents')])).toEqual(before);
  });

  it('imports a good file: people, members, an "imported" event each and one audit row', async () => {
    const file = await xlsx([good(20), good(21), { ...good(22), status: 'probationary', officialRecognitionDate: '' }]);
    const res = await raw(secretary, '/api/v1/member-import/jobs', file);
    expect(res.statusCode).toBe(202);
    const job = await waitFor(secretary, json<Job>(res).id);
    expect(job).toMatchObject({ status: 'succeeded', total: 3, processed: 3, summary: { imported: 3 } });
    const imported = await t.database.db
      .selectFrom('memberEvents as e')
      .innerJoin('members as m', 'm.id', 'e.memberId')
      .select(['m.status', 'm.cellId', 'm.ceremonyDate'])
      .where('e.kind', '=', 'imported')
      .execute();
    expect(imported).toHaveLength(3);
    expect(imported.every((m) => m.cellId === cellA.id && m.ceremonyDate === '2010-05-19')).toBe(true);
    const audit = await t.database.db.selectFrom('auditLog').select(['action', 'scopePath']).where('action', '=', 'member.imported').execute();
    expect(audit).toHaveLength(1);
    // The same file again: every row is now in the database.
    const again = json<{ errors: RowError[] }>(await raw(secretary, '/api/v1/member-import/dry-run', file));
    expect(again.errors.map((e) => e.row)).toEqual([2, 3, 4]);
  });

  it('imports 10,000 rows in one job within seconds', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ ...good(100_000 + i), birthDate: '' }));
    const file = await xlsx(rows);
    const started = Date.now();
    const res = await raw(secretary, '/api/v1/member-import/jobs', file);
    expect(res.statusCode).toBe(202);
    const job = await waitFor(secretary, json<Job>(res).id);
    const ms = Date.now() - started;
    console.log(`[import] 10,000 rows on ${process.env.TEST_DB ?? 'pglite'}: ${ms} ms`);
    expect(job).toMatchObject({ status: 'succeeded', processed: 10_000 });
    expect(ms).toBeLessThan(60_000);
  }, 120_000);
});
