import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, Client as HttpClient, type TestApp, json, makeUser } from '../../../test/app.ts';
import { type World, makeDocument, pdfWith, startWithFiles, upload } from '../documents/documents.fixtures.ts';
import { XLSX } from '../member-import/member-import.schema.ts';
import { docxBomb, xlsxBomb } from './files.bomb.fixtures.ts';

/**
 * Decompression bombs through the real API: a Word file of 300 KB that inflates to 300 MB is stored at
 * once without text, three at a time do not stall /healthz, one that lies about its size is stopped in
 * its worker thread, and an Excel bomb is refused by the member import. Ordinary files keep their text.
 */

type Stored = { id: string; hasText: boolean; textStatus: string };
let t: TestApp;
let w: World;
let importer: Client;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ t, w, close } = await startWithFiles('congtac-bomb-', { EXTRACT_MEMORY_MB: '128', EXTRACT_TIMEOUT_MS: '25000' }));
  const u = await makeUser(t.admin, [{ role: 'cell_secretary', organizationId: w.cell.id }]);
  importer = await new HttpClient(t.app).login(u.username, u.password);
});
afterAll(() => close());

/**
 * Runs `work` while /healthz is asked every 50 ms; returns its result and the slowest health answer.
 * Parsing on the event loop stalled it for 24 s; 2 s leaves room for a busy test machine.
 */
async function whileHealthPolled<T>(work: () => Promise<T>) {
  let done = false;
  let slowest = 0;
  let answered = 0;
  const poll = (async () => {
    while (!done) {
      const t0 = performance.now();
      const res = await t.app.inject({ method: 'GET', url: '/healthz' });
      expect(res.statusCode).toBe(200);
      slowest = Math.max(slowest, performance.now() - t0);
      answered++;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const t0 = performance.now();
  try {
    const result = await work();
    return { result, took: performance.now() - t0, slowest, answered };
  } finally {
    done = true;
    await poll;
  }
}

describe('decompression bombs', () => {
  it('stores three Word bombs at once without text, answering quickly, while /healthz keeps answering', async () => {
    const bomb = docxBomb(300);
    expect(bomb.length).toBeLessThan(400_000);
    const { result, took, slowest, answered } = await whileHealthPolled(() =>
      Promise.all([1, 2, 3].map((i) => upload(w.clerk, w.committee.id, `bom-${i}.docx`, bomb))));
    for (const res of result) {
      expect(res.statusCode, res.body).toBe(201);
      expect(json<Stored>(res)).toMatchObject({ hasText: false, textStatus: 'too_large' });
    }
    expect(took).toBeLessThan(5000);
    expect(slowest).toBeLessThan(2000);
    expect(answered).toBeGreaterThan(0);
    const id = json<Stored>(result[0]!).id;
    expect(json<Stored>(await w.clerk.get(`/api/v1/files/${id}`)).textStatus).toBe('too_large');
    const row = await t.database.db.selectFrom('files').select(['text', 'textStatus']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ text: null, textStatus: 'too_large' });
    // The file itself is kept, as sent: it is the record.
    expect((await w.clerk.get(`/api/v1/files/${id}/content`)).rawPayload.equals(bomb)).toBe(true);
    const d = await makeDocument(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.phuong_an'], summary: 'Phương án có tệp lớn', fileIds: [id] });
    expect(d.files).toEqual([expect.objectContaining({ id, textStatus: 'too_large' })]);
  });

  it('stops in its worker a Word file that lies about its size, and the server keeps answering', { timeout: 60_000 }, async () => {
    // The headers declare 1 KB: the guard lets it through, the worker's limits stop it.
    const liar = docxBomb(200, 1000);
    const { result, slowest } = await whileHealthPolled(() => upload(w.clerk, w.committee.id, 'noi-doi.docx', liar));
    expect(result.statusCode, result.body).toBe(201);
    expect(['too_large', 'timeout', 'failed']).toContain(json<Stored>(result).textStatus);
    expect(slowest).toBeLessThan(2000);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('still extracts the text of ordinary Word and PDF files', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo tổng kết công tác kiểm tra')] }] }));
    const word = await upload(w.clerk, w.committee.id, 'bao-cao.docx', docx);
    expect(json<Stored>(word)).toMatchObject({ hasText: true, textStatus: 'extracted' });
    const pdf = await upload(w.clerk, w.committee.id, 'nghi-quyet.pdf', pdfWith('Nghi quyet ve cong tac kiem tra'));
    expect(json<Stored>(pdf)).toMatchObject({ hasText: true, textStatus: 'extracted' });
    const image = await upload(w.clerk, w.committee.id, 'anh.png', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f20000000049454e44ae426082', 'hex'));
    expect(json<Stored>(image)).toMatchObject({ hasText: false, textStatus: 'none' });
  });

  it('refuses an Excel bomb in the member import with 422 import.file_too_large, writing nothing', async () => {
    const bomb = xlsxBomb(300);
    const jobs = async () => Number((await t.database.db.selectFrom('importJobs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await jobs();
    const { result, took, slowest } = await whileHealthPolled(() => Promise.all([
      importer.request('POST', '/api/v1/member-import/dry-run', bomb, { 'content-type': XLSX }),
      importer.request('POST', '/api/v1/member-import/jobs', bomb, { 'content-type': XLSX }),
      importer.post('/api/v1/member-import/jobs', { fileBase64: bomb.toString('base64') }),
    ]));
    for (const res of result) {
      expect(res.statusCode, res.body).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(json(res)).toMatchObject({ code: 'import.file_too_large' });
    }
    expect(took).toBeLessThan(5000);
    expect(slowest).toBeLessThan(2000);
    expect(await jobs()).toBe(before);
  });
});
