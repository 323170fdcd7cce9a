import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json } from '../../../test/app.ts';
import type { SearchHit } from '../search/index.ts';
import { BOUNDARY, type World, makeDocument, multipart, pdfWith, startWithFiles, upload } from '../documents/documents.fixtures.ts';

const MAX = 20_000;
let filesRoot: string;
let t: TestApp;
let w: World;
let close: () => Promise<void>;

beforeAll(async () => {
  const started = await startWithFiles('congtac-files-', { FILE_MAX_BYTES: String(MAX) });
  ({ t, w, close } = started);
  filesRoot = path.join(started.dataDir, 'files');
});
afterAll(() => close());

const fileRows = async () => Number((await t.database.db.selectFrom('files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const tmpLeft = () => (existsSync(path.join(filesRoot, 'tmp')) ? readdirSync(path.join(filesRoot, 'tmp')) : []);

describe('files', () => {
  it('stores a Word file by its hash, detects its type from content and extracts its text for search', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Phương án bảo đảm an ninh hội nghị')] }] }));
    const res = await upload(w.clerk, w.committee.id, 'phuong-an.bin', docx);
    expect(res.statusCode, res.body).toBe(201);
    const f = json<{ id: string; sha256: string; size: number; mime: string; hasText: boolean }>(res);
    expect(f).toMatchObject({ size: docx.length, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', hasText: true });
    expect(existsSync(path.join(filesRoot, f.sha256.slice(0, 2), f.sha256.slice(2, 4), f.sha256))).toBe(true);
    const d = await makeDocument(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.phuong_an'], summary: 'Phương án', fileIds: [f.id] });
    expect(d.files.map((x) => x.id)).toEqual([f.id]);
    const hits = json<{ data: SearchHit[] }>(await w.clerk.get('/api/v1/search?q=an ninh hoi nghi')).data;
    expect(hits.map((h) => h.id)).toEqual([d.id]);
    const content = await w.clerk.get(`/api/v1/files/${f.id}/content`);
    expect(content.rawPayload.equals(docx)).toBe(true);
    expect((await w.outsider.get(`/api/v1/files/${f.id}`)).statusCode).toBe(404);
  });

  it('extracts the text of a PDF', async () => {
    const res = await upload(w.clerk, w.committee.id, 'nghi-quyet.pdf', pdfWith('Nghi quyet ve cong tac kiem tra'));
    expect(json(res)).toMatchObject({ mime: 'application/pdf', hasText: true });
    const row = await t.database.db.selectFrom('files').select('text').where('id', '=', json<{ id: string }>(res).id).executeTakeFirstOrThrow();
    expect(row.text).toContain('Nghi quyet ve cong tac kiem tra');
  });

  it('keeps one copy of the same content uploaded twice', async () => {
    const body = Buffer.from('Danh sách đảng viên dự hội nghị\n', 'utf8');
    const a = json<{ id: string; sha256: string; mime: string }>(await upload(w.clerk, w.committee.id, 'a.txt', body));
    const b = json<{ id: string; sha256: string }>(await upload(w.clerk, w.committee.id, 'b.txt', body));
    expect(a.mime).toBe('text/plain');
    expect(a.id).not.toBe(b.id);
    expect(readdirSync(path.join(filesRoot, a.sha256.slice(0, 2), a.sha256.slice(2, 4)))).toEqual([a.sha256]);
  });

  it('refuses programs, scripts and web pages, and files over the limit, leaving no row and no file', async () => {
    const rows = await fileRows();
    const cases: Array<[string, Buffer, number, string]> = [
      ['setup.exe', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]), 415, 'file.type_refused'],
      ['hoso.pdf', Buffer.concat([Buffer.from('\x7fELF'), Buffer.alloc(200, 2)]), 415, 'file.type_refused'],
      ['trang.txt', Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'), 415, 'file.type_refused'],
      ['chay.sh', Buffer.from('echo hello\n'), 415, 'file.type_refused'],
      ['nen.zip', Buffer.from('PK\x03\x04\x14\x00\x00\x00\x00\x00' + 'x'.repeat(100), 'latin1'), 415, 'file.type_refused'],
      ['lon.txt', Buffer.alloc(MAX + 5000, 'a'), 413, 'file.too_large'],
    ];
    for (const [name, content, status, code] of cases) {
      const res = await upload(w.clerk, w.committee.id, name, content);
      expect([res.statusCode, json(res).code], name).toEqual([status, code]);
    }
    const en = await w.clerk.request('POST', `/api/v1/files?organizationId=${w.committee.id}`, multipart('lon.txt', Buffer.alloc(MAX + 1, 'a')), {
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'accept-language': 'en',
    });
    expect(json<{ detail: string }>(en).detail).toBe(`The file is too large: at most ${MAX} bytes.`);
    expect(await fileRows()).toBe(rows);
    expect(tmpLeft()).toEqual([]);
  });

  it('refuses an upload to an organization out of scope, and a request without a file', async () => {
    expect((await upload(w.clerk, w.other.id, 'a.txt', Buffer.from('x'))).statusCode).toBe(404);
    const none = await w.clerk.request('POST', `/api/v1/files?organizationId=${w.committee.id}`, Buffer.from(`--${BOUNDARY}--\r\n`), { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` });
    expect(json(none).code).toBe('file.missing');
    expect(tmpLeft()).toEqual([]);
  });
});
