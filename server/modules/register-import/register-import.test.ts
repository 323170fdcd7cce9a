import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { type Client, Client as HttpClient, type TestApp, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import { XLSX } from '../member-import/member-import.schema.ts';
import { AUGUST_2023, type FileRow, monthRows, rowsUpTo, toCsv, toXlsx } from './register-import.fixtures.ts';
import { CSV } from './register-import.schema.ts';

let t: TestApp;
let clerk: Client;
let committee: { id: string };
let cell: { id: string };
let other: { id: string };

type RowError = { row: number; column: string | null; message: string };
type Job = { id: string; status: string; total: number; processed: number; errors: RowError[]; summary: { imported: number; byYear: Record<string, unknown> } | null };
type Kind = 'incoming' | 'outgoing' | 'letters';

/**
 * The full month on PostgreSQL (about 25 s); a tenth of it on PGlite, whose single WebAssembly process takes
 * about 60 s for the full month (REGISTER_IMPORT_SCALE=1 runs it there too).
 */
const scale = Number(process.env.REGISTER_IMPORT_SCALE ?? (process.env.TEST_DB === 'postgres' ? 1 : 0.1));
const VOLUME = { incoming: Math.round(AUGUST_2023.incoming * scale), outgoing: Math.round(AUGUST_2023.outgoing * scale), letters: Math.round(AUGUST_2023.letters * scale) };

const send = (client: Client, kind: Kind, step: 'dry-run' | 'jobs', org: string, file: Buffer, type: string, lang = 'vi') =>
  client.request('POST', `/api/v1/register-import/${kind}/${step}?organizationId=${org}`, file, { 'content-type': type, 'accept-language': lang });
const count = async (table: 'incomingDocuments' | 'outgoingRegister' | 'letters' | 'documents') =>
  Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const counts = () => Promise.all([count('incomingDocuments'), count('outgoingRegister'), count('letters'), count('documents')]);

async function waitFor(client: Client, id: string): Promise<Job> {
  for (let i = 0; i < 3000; i++) {
    const job = json<Job>(await client.get(`/api/v1/register-import/jobs/${id}`));
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('import job did not finish');
}

async function importFile(kind: Kind, file: Buffer, type: string, org = committee.id) {
  const dry = await send(clerk, kind, 'dry-run', org, file, type);
  expect(dry.statusCode, dry.body).toBe(200);
  expect(json<{ errors: RowError[] }>(dry).errors).toEqual([]);
  const res = await send(clerk, kind, 'jobs', org, file, type);
  expect(res.statusCode, res.body).toBe(202);
  return waitFor(clerk, json<Job>(res).id);
}

beforeAll(async () => {
  t = await startTestApp();
  committee = await makeOrganization(t.admin, { name: 'Đảng ủy Cơ quan' });
  cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Văn phòng' });
  other = await makeOrganization(t.admin, { name: 'Đảng bộ khác' });
  const u = await makeUser(t.admin, [{ role: 'committee_office', organizationId: committee.id }]);
  clerk = await new HttpClient(t.app).login(u.username, u.password);
}, 60_000);
afterAll(() => t.close());

describe('register import: checks that write nothing', () => {
  it('the dry run lists each bad row with its column in Vietnamese and English, and writes nothing', async () => {
    const before = await counts();
    const rows: FileRow[] = monthRows('incoming', 6, 2023, 8, 'd');
    rows[1] = { ...rows[1], receivedOn: '31/02/2023' }; // row 3: no such date
    rows[2] = { ...rows[2], sender: '' }; // row 4: sender missing
    rows[3] = { ...rows[3], secrecy: 'Mật' }; // row 5: above the clerk's clearance
    rows[4] = { ...rows[4], symbol: rows[0]?.symbol ?? '', sender: rows[0]?.sender ?? '' }; // row 6: same symbol and sender as row 2
    rows[5] = { ...rows[5], urgency: 'Rất gấp' }; // row 7: unknown urgency
    const file = toCsv('incoming', rows);
    const res = await send(clerk, 'incoming', 'dry-run', committee.id, file, CSV);
    expect(res.statusCode, res.body).toBe(200);
    const r = json<{ total: number; valid: number; errors: RowError[] }>(res);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[3, 'receivedOn'], [4, 'sender'], [5, 'secrecy'], [6, 'symbol'], [7, 'urgency']]);
    expect(r.errors[0]?.message).toContain('31/02/2023');
    expect(r).toMatchObject({ total: 6, valid: 1 });
    const en = json<{ errors: RowError[] }>(await send(clerk, 'incoming', 'dry-run', committee.id, file, CSV, 'en'));
    expect(en.errors[1]?.message).toBe('Sender is missing.');
    expect(await counts()).toEqual(before);
  });

  it('refuses the whole file when one row is bad, naming the row: nothing is written (XLSX)', async () => {
    const before = await counts();
    const rows = monthRows('outgoing', 50, 2023, 7);
    rows[40] = { ...rows[40], typeName: 'Bản tin' };
    const res = await send(clerk, 'outgoing', 'jobs', committee.id, await toXlsx('outgoing', rows), XLSX);
    expect(res.statusCode).toBe(422);
    const body = json<{ code: string; rowErrors: RowError[] }>(res);
    expect(body.code).toBe('import.rows_invalid');
    expect(body.rowErrors).toMatchObject([{ row: 42, column: 'typeName' }]);
    expect(await counts()).toEqual(before);
  });

  it('imports only into books in the importer\'s write scope', async () => {
    const file = toCsv('letters', monthRows('letters', 3));
    expect((await send(clerk, 'letters', 'dry-run', other.id, file, CSV)).statusCode).toBe(404);
    expect((await send(clerk, 'letters', 'jobs', other.id, file, CSV)).statusCode).toBe(404);
    const u = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: cell.id }]);
    const secretary = await new HttpClient(t.app).login(u.username, u.password);
    expect((await send(secretary, 'incoming', 'jobs', cell.id, toCsv('incoming', monthRows('incoming', 2)), CSV)).statusCode).toBe(404);
    expect(await count('letters')).toBe(0);
  });
});

describe('register import: arrival numbers', () => {
  it('takes numbers from the file, draws the others after them, and the next entry registered by hand gets the next', async () => {
    const rows = monthRows('incoming', 3, 2024, 5, 'n').map((r, i) => ({ ...r, arrivalNumber: i === 1 ? null : [5, 0, 7][i] ?? null }));
    const job = await importFile('incoming', toCsv('incoming', rows), CSV);
    expect(job).toMatchObject({ status: 'succeeded', processed: 3, summary: { imported: 3, byYear: { 2024: { first: 5, last: 8, count: 3 } } } });
    const numbers = await t.database.db.selectFrom('incomingDocuments').select(['symbol', 'arrivalNumber']).where('year', '=', 2024).orderBy('arrivalNumber').execute();
    expect(numbers.map((n) => n.arrivalNumber)).toEqual([5, 7, 8]);
    const again = json<{ errors: RowError[] }>(await send(clerk, 'incoming', 'dry-run', committee.id, toCsv('incoming', [{ ...monthRows('incoming', 1, 2024, 6, 'm')[0], arrivalNumber: 7 }]), CSV));
    expect(again.errors).toMatchObject([{ row: 2, column: 'arrivalNumber' }]);
    const next = await clerk.post('/api/v1/incoming', {
      organizationId: committee.id, receivedOn: '2024-06-03', sender: 'Sở Nội vụ', symbol: null, documentDate: '2024-06-01', typeName: 'Công văn', summary: 'Sau khi nhập',
    });
    expect(next.statusCode, next.body).toBe(201);
    expect(json<{ arrivalNumber: number }>(next).arrivalNumber).toBe(9);
  });
});

describe('the month of August 2023 from three files, and the consolidated report of its window', () => {
  it(`imports ${VOLUME.incoming} / ${VOLUME.outgoing} / ${VOLUME.letters} rows (CSV, XLSX, CSV), one audit row per file, and a calendar-month schedule counts exactly them`, async () => {
    const started = Date.now();
    const incoming = await importFile('incoming', toCsv('incoming', monthRows('incoming', VOLUME.incoming)), CSV);
    const incomingMs = Date.now() - started;
    const outgoing = await importFile('outgoing', await toXlsx('outgoing', monthRows('outgoing', VOLUME.outgoing)), XLSX);
    const letters = await importFile('letters', toCsv('letters', monthRows('letters', VOLUME.letters)), CSV);
    console.log(`[register-import] ${VOLUME.incoming} incoming on ${process.env.TEST_DB ?? 'pglite'}: ${incomingMs} ms (dry run + import); all three: ${Date.now() - started} ms`);
    expect([incoming, outgoing, letters].map((j) => [j.status, j.processed])).toEqual([['succeeded', VOLUME.incoming], ['succeeded', VOLUME.outgoing], ['succeeded', VOLUME.letters]]);
    expect(incoming.summary?.byYear).toEqual({ 2023: { first: 1, last: VOLUME.incoming, count: VOLUME.incoming } });
    const audit = await t.database.db.selectFrom('auditLog').select('after').where('action', '=', 'register.imported').execute();
    expect(audit).toHaveLength(4);
    const imported = await t.database.db.selectFrom('outgoingRegister').select((eb) => eb.fn.countAll<number>().as('n')).where('importJobId', '=', outgoing.id).executeTakeFirstOrThrow();
    expect(Number(imported.n)).toBe(VOLUME.outgoing);
    // The imported entries read like any other: in the outgoing register, and each as an issued document.
    const register = json<{ data: Array<{ documentId: string; symbol: string; number: number }>; meta: { total: number } }>(
      await clerk.get(`/api/v1/outgoing-register?organizationId=${committee.id}&month=2023-08&includeTotal=true&limit=5`));
    expect(register.meta.total).toBe(VOLUME.outgoing);
    const first = register.data[0];
    const doc = await clerk.get(`/api/v1/documents/${first?.documentId ?? ''}`);
    expect(doc.statusCode, doc.body).toBe(200);
    expect(json<{ state: string; number: number; symbol: string }>(doc)).toMatchObject({ state: 'issued', number: first?.number, symbol: first?.symbol });
    const letterList = json<{ meta: { total: number } }>(await clerk.get(`/api/v1/letters?organizationId=${committee.id}&from=2023-08-01&to=2023-08-31&includeTotal=true&limit=1`));
    expect(letterList.meta.total).toBe(VOLUME.letters);

    const consolidated = async (periodWindow: string, year: number) => {
      const s = await clerk.post('/api/v1/reports/schedules', {
        recipientOrganizationId: committee.id, name: `Báo cáo tháng (${periodWindow})`, kind: 'monthly', periodWindow,
        template: { figures: [], sections: [] }, reporterOrganizationIds: [cell.id],
      });
      expect(s.statusCode, s.body).toBe(201);
      const p = await clerk.post(`/api/v1/reports/schedules/${json<{ id: string }>(s).id}/periods`, { year, index: 8 });
      expect(p.statusCode, p.body).toBe(201);
      const c = await clerk.post(`/api/v1/reports/periods/${json<{ id: string }>(p).id}/consolidated`, { organizationId: committee.id });
      expect(c.statusCode, c.body).toBe(200);
      return json<{ id: string; content: { periodStart: string; periodEnd: string; window: unknown; records: { correspondence: Record<string, number>; documents: Record<string, number> } } }>(c);
    };
    const calendar = await consolidated('calendar_month', 2023);
    expect(calendar.content).toMatchObject({ periodStart: '2023-08-01', periodEnd: '2023-08-31', window: { rule: 'calendar_month', applied: 'calendar_month' } });
    expect(calendar.content.records.correspondence).toMatchObject({ incoming: VOLUME.incoming, outgoing: VOLUME.outgoing, letters: VOLUME.letters });
    const word = await clerk.get(`/api/v1/reports/consolidated/${calendar.id}/export.docx`);
    expect(word.statusCode).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: word.rawPayload })).value;
    expect(text).toContain('từ ngày 01/08/2023 đến ngày 31/08/2023, theo tháng dương lịch');
    expect(text).toContain(`Văn bản đến ${VOLUME.incoming}, văn bản đi ${VOLUME.outgoing}`);

    // The Decree 09 window of the same month: 15 July to 14 August, so only the rows of 1-14 August.
    const decree = await consolidated('decree_09', 2023);
    expect(decree.content).toMatchObject({ periodStart: '2023-07-15', periodEnd: '2023-08-14', window: { rule: 'decree_09', applied: 'cutoff', cutoffDay: 14 } });
    expect(decree.content.records.correspondence).toMatchObject({ incoming: rowsUpTo(VOLUME.incoming, 14), letters: rowsUpTo(VOLUME.letters, 14) });
    // Before Decree 09 took effect, the same schedule's period is the calendar month.
    const old = await consolidated('decree_09', 2016);
    expect(old.content).toMatchObject({ periodStart: '2016-08-01', periodEnd: '2016-08-31', window: { rule: 'decree_09', applied: 'calendar_month' } });
  }, 600_000);
});
