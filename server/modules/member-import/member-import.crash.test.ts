import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD_ADMIN_PASSWORD, type SharedDatabase, serverChild, sharedDatabase } from '../../../test/child.ts';
import { openDatabase } from '../../db/client.ts';
import { COLUMNS } from './member-import.columns.ts';
import { XLSX } from './member-import.schema.ts';

type Job = { id: string; status: string; failure: string | null; errors: { row: number; message: string }[] };

let shared: SharedDatabase;
beforeAll(async () => {
  shared = await sharedDatabase();
});
afterAll(() => shared.drop());

/** A file of `n` valid members of the cell named `cell`: enough rows for the import to take seconds. */
async function membersFile(cell: string, n: number, from = 0): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đảng viên');
  ws.addRow(COLUMNS.map((c) => c.header));
  for (let i = from; i < from + n; i++) {
    const row: Record<string, string> = {
      familyName: 'Lê', middleName: 'Thị', givenName: `Sập${i}`, gender: 'Nữ', birthDate: '02/09/1990', citizenId: String(1_090_000_000 + i).padStart(12, '0'),
      cell, status: 'Chính thức', admissionDecisionDate: '10/05/2015', ceremonyDate: '19/05/2015', officialRecognitionDate: '19/05/2016',
    };
    ws.addRow(COLUMNS.map((c) => row[c.key] ?? null));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A logged-in admin over real HTTP. */
async function session(baseUrl: string) {
  const send = (cookie: string, method: string, p: string, body?: Buffer | object, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}${p}`, {
      method,
      headers: { Origin: baseUrl, Cookie: cookie, ...(body && !Buffer.isBuffer(body) ? { 'Content-Type': 'application/json' } : {}), ...headers },
      ...(body ? { body: Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body) } : {}),
    });
  const login = await send('', 'POST', '/api/v1/auth/login', { username: 'admin', password: CHILD_ADMIN_PASSWORD });
  expect(login.status).toBe(200);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return (method: string, p: string, body?: Buffer | object, headers?: Record<string, string>) => send(cookie, method, p, body, headers);
}

describe('a member import whose server is killed with SIGKILL', () => {
  it('is shown failed, with the reason in Vietnamese and English, once a server starts again; nothing was written', async () => {
    const first = await serverChild(shared, { JOB_LEASE_SECONDS: '1' });
    let job: Job;
    try {
      const http = await session(first.baseUrl);
      const committee = (await (await http('POST', '/api/v1/organizations', { parentId: null, kind: 'grassroots_committee', name: 'Đảng bộ Sập nguồn' })).json()) as { id: string };
      expect((await http('POST', '/api/v1/organizations', { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Sập nguồn' })).status).toBe(201);
      const started = await http('POST', '/api/v1/member-import/jobs', await membersFile('Chi bộ Sập nguồn', 3000), { 'Content-Type': XLSX });
      expect(started.status).toBe(202);
      job = (await started.json()) as Job;
      expect(job.status).toBe('running');
    } finally {
      // At once: the import has just started its transaction over 3,000 rows.
      await first.kill9();
    }
    const second = await serverChild(shared, { JOB_LEASE_SECONDS: '1' });
    try {
      const http = await session(second.baseUrl);
      let seen: Job | null = null;
      for (let i = 0; i < 100 && seen?.status !== 'failed'; i++) {
        if (i > 0) await new Promise((r) => setTimeout(r, 200));
        seen = (await (await http('GET', `/api/v1/member-import/jobs/${job.id}`)).json()) as Job;
      }
      expect(seen).toMatchObject({ status: 'failed', failure: 'server_stopped' });
      expect(seen?.errors[0]?.message).toMatch(/^Máy chủ đã dừng khi đang nhập; chưa có dòng nào được ghi/);
      const en = (await (await http('GET', `/api/v1/member-import/jobs/${job.id}`, undefined, { 'Accept-Language': 'en' })).json()) as Job;
      expect(en.errors[0]?.message).toMatch(/^The server stopped while this import ran; nothing was written/);
    } finally {
      await second.stop();
    }
    const database = await openDatabase(shared.open);
    try {
      const members = await database.db.selectFrom('members').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(members.n)).toBe(0);
    } finally {
      await database.close();
    }
  }, 180_000);

  // Two instances on one PostgreSQL database: the second's sweeps must leave alone an import the first is
  // still running past its 1 s lease, which it renews.
  it.runIf(process.env.TEST_DB === 'postgres')('is left running, then succeeds, while its live server renews the lease and another instance sweeps', async () => {
    const [a, b] = await Promise.all([serverChild(shared, { JOB_LEASE_SECONDS: '1' }), serverChild(shared, { JOB_LEASE_SECONDS: '1' })]);
    try {
      const http = await session(a.baseUrl);
      const started = await http('POST', '/api/v1/member-import/jobs', await membersFile('Chi bộ Sập nguồn', 6000, 10_000), { 'Content-Type': XLSX });
      expect(started.status).toBe(202);
      const { id } = (await started.json()) as Job;
      let seen: Job | null = null;
      for (let i = 0; i < 300 && (!seen || seen.status === 'running'); i++) {
        await new Promise((r) => setTimeout(r, 200));
        seen = (await (await http('GET', `/api/v1/member-import/jobs/${id}`)).json()) as Job;
      }
      expect(seen).toMatchObject({ status: 'succeeded', failure: null });
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 180_000);
});
