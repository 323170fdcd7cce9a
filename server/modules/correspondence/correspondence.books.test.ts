import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, type TestApp, json, startTestApp } from '../../../test/app.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { type World, auditCount, makeWorld, registerIncoming, sheetRows } from '../documents/documents.fixtures.ts';
import type { IncomingBook, IncomingEntry } from './correspondence.schema.ts';

/**
 * The incoming register keeps its books apart: a book is one organization's arrival numbers of one year,
 * listed and printed in arrival order; a combined view names each entry's book. An incoming symbol is the
 * sender's, recorded as written, with a warning when its format is unusual.
 */

let t: TestApp;
let w: World;

type Saved = IncomingEntry & { warnings: Array<{ code: string; message: string }> };
type Listed = { data: IncomingEntry[]; links: { next: string | null }; meta: { sort: string } };

beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
  // The committee's book of 2026: five entries, the third one "hỏa tốc"; the cell's book: two; one of 2025.
  const entries: Array<[string, string, string]> = [
    [w.committee.id, '2026-03-02', 'thuong'], [w.cell.id, '2026-03-03', 'thuong'], [w.committee.id, '2026-03-03', 'thuong'],
    [w.committee.id, '2026-03-04', 'hoa_toc'], [w.cell.id, '2026-03-05', 'khan'], [w.committee.id, '2026-03-05', 'thuong'],
    [w.committee.id, '2026-04-01', 'thuong'], [w.committee.id, '2025-12-30', 'thuong'],
  ];
  for (const [i, [org, receivedOn, urgency]] of entries.entries()) {
    const res = await registerIncoming(w.clerk, org, { receivedOn, documentDate: receivedOn, urgency, symbol: `${i + 1}-CV/BTCTW`, summary: `Công văn ${i + 1}` });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
});
afterAll(() => t.close());

const list = async (client: Client, query: string) => {
  const res = await client.get(`/api/v1/incoming?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<Listed>(res);
};

describe('an incoming symbol is recorded as the sender wrote it', () => {
  it('takes "100000/TH" and other unusual symbols with a warning, in Vietnamese or English', async () => {
    const audits = await auditCount(t);
    const res = await registerIncoming(w.clerk, w.committee.id, { symbol: '100000/TH', receivedOn: '2026-05-04', documentDate: '2026-05-04' });
    expect(res.statusCode, res.body).toBe(201);
    const saved = json<Saved>(res);
    expect(saved.symbol).toBe('100000/TH');
    expect(saved.warnings).toEqual([{ code: 'incoming.symbol_unusual', message: expect.stringContaining('100000/TH') as string }]);
    expect(saved.warnings[0]?.message).toContain('đã ghi đúng như văn bản gửi đến');
    expect(await auditCount(t)).toBe(audits + 1);
    expect(json<IncomingEntry>(await w.clerk.get(`/api/v1/incoming/${saved.id}`)).symbol).toBe('100000/TH');

    const en = await registerIncoming(w.clerk, w.committee.id, { symbol: 'số 12 ngày 1/3', receivedOn: '2026-05-04', documentDate: '2026-05-04' });
    expect(en.statusCode).toBe(201);
    const usual = json<Saved>(await registerIncoming(w.clerk, w.committee.id, { symbol: '45-CT/TW', receivedOn: '2026-05-04', documentDate: '2026-05-04' }));
    expect(usual.warnings).toEqual([]);

    const fixed = await w.clerk.request('PATCH', `/api/v1/incoming/${usual.id}`, { version: usual.version, symbol: 'BC 20' }, { 'accept-language': 'en' });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(json<Saved>(fixed)).toMatchObject({ symbol: 'BC 20', warnings: [{ code: 'incoming.symbol_unusual', message: expect.stringContaining('recorded as the sender wrote it') as string }] });
  });
});

describe('one book at a time', () => {
  it('lists the books the user may read: organization, year, last arrival number', async () => {
    const books = json<{ data: IncomingBook[] }>(await w.clerk.get('/api/v1/incoming/books')).data;
    const mine = books.map((b) => [b.organizationName, b.year, b.lastNumber]);
    expect(mine).toContainEqual(['Chi bộ Vụ Tổng hợp', 2026, 2]);
    expect(mine).toContainEqual(['Đảng bộ Văn phòng Quốc hội', 2025, 1]);
    expect(books.map((b) => b.year)).toEqual([...books.map((b) => b.year)].sort((a, b) => b - a));
    // The cell secretary reads the cell's book only; the other committee none of these, only its own
    // book of this year, open before its first entry.
    expect(json<{ data: IncomingBook[] }>(await w.secretary.get('/api/v1/incoming/books')).data.map((b) => [b.organizationName, b.year])).toEqual([['Chi bộ Vụ Tổng hợp', 2026]]);
    expect(json<{ data: IncomingBook[] }>(await w.outsider.get('/api/v1/incoming/books')).data).toEqual([
      { organizationId: w.other.id, organizationName: 'Đảng bộ khác', year: Number(todayInVietnam().slice(0, 4)), lastNumber: 0 },
    ]);
    expect(mine).toContainEqual(['Đảng bộ Văn phòng Quốc hội', 2026, 8]);
  });

  it('shows one book in arrival order, newest first, urgent entries in their place', async () => {
    const book = await list(w.clerk, `organizationId=${w.committee.id}&month=2026-03`);
    expect(book.meta.sort).toBe('-arrival');
    expect(book.data.map((e) => [e.arrivalNumber, e.urgency])).toEqual([[4, 'thuong'], [3, 'hoa_toc'], [2, 'thuong'], [1, 'thuong']]);
    expect(new Set(book.data.map((e) => e.organizationId))).toEqual(new Set([w.committee.id]));
    // Urgency filters without reordering.
    expect((await list(w.clerk, `organizationId=${w.committee.id}&year=2026&urgency=hoa_toc`)).data.map((e) => e.arrivalNumber)).toEqual([3]);
    // The whole year, paged two at a time, walks the same order with nothing repeated or skipped.
    const whole = (await list(w.clerk, `organizationId=${w.committee.id}&year=2026&limit=100`)).data.map((e) => e.arrivalNumber);
    expect(whole.slice(0, 2)).toEqual([whole.length, whole.length - 1]);
    const walked: number[] = [];
    let next: string | null = '';
    while (next !== null) {
      const page: Listed = await list(w.clerk, `organizationId=${w.committee.id}&year=2026&limit=2${next ? `&cursor=${next}` : ''}`);
      walked.push(...page.data.map((e) => e.arrivalNumber));
      next = page.links.next;
    }
    expect(walked).toEqual(whole);
    expect(whole).toEqual([...whole].sort((a, b) => b - a));
  });

  it('shows the combined view only when asked (no organization), each entry naming its book', async () => {
    const all = await list(w.clerk, 'month=2026-03');
    expect(all.meta.sort).toBe('-receivedOn');
    expect(all.data.map((e) => [e.receivedOn, e.organizationName, e.arrivalNumber])).toEqual([
      ['2026-03-05', 'Đảng bộ Văn phòng Quốc hội', 4], ['2026-03-05', 'Chi bộ Vụ Tổng hợp', 2], ['2026-03-04', 'Đảng bộ Văn phòng Quốc hội', 3],
      ['2026-03-03', 'Đảng bộ Văn phòng Quốc hội', 2], ['2026-03-03', 'Chi bộ Vụ Tổng hợp', 1], ['2026-03-02', 'Đảng bộ Văn phòng Quốc hội', 1],
    ]);
  });

  it('prints one book titled with its organization, without a book column; the combined view with one', async () => {
    const one = await w.clerk.get(`/api/v1/incoming/export.xlsx?organizationId=${w.committee.id}&month=2026-03`);
    expect(one.statusCode).toBe(200);
    const rows = await sheetRows(one.rawPayload);
    expect(rows[0]?.[0]).toBe('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN - Đảng bộ Văn phòng Quốc hội - Tháng 03/2026');
    expect(rows[1]?.slice(0, 3)).toEqual(['Ngày đến', 'Số đến', 'Tác giả']);
    // Printed in the book's order: arrival numbers ascending, each once.
    expect(rows.slice(2).map((r) => r[1])).toEqual([1, 2, 3, 4]);

    const combined = await sheetRows((await w.clerk.get('/api/v1/incoming/export.xlsx?month=2026-03')).rawPayload);
    expect(combined[0]?.[0]).toBe('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN - Các sổ xem gộp - Tháng 03/2026');
    expect(combined[1]?.slice(0, 3)).toEqual(['Sổ của', 'Ngày đến', 'Số đến']);
    expect(combined.slice(2).map((r) => [r[0], r[2]])).toEqual([
      ['Đảng bộ Văn phòng Quốc hội', 1], ['Chi bộ Vụ Tổng hợp', 1], ['Đảng bộ Văn phòng Quốc hội', 2],
      ['Đảng bộ Văn phòng Quốc hội', 3], ['Chi bộ Vụ Tổng hợp', 2], ['Đảng bộ Văn phòng Quốc hội', 4],
    ]);

    const word = async (query: string) => (await mammoth.extractRawText({ buffer: (await w.clerk.get(`/api/v1/incoming/export.docx?${query}`)).rawPayload })).value;
    const oneWord = await word(`organizationId=${w.cell.id}&year=2026`);
    expect(oneWord).toContain('Chi bộ Vụ Tổng hợp');
    expect(oneWord).not.toContain('Sổ của');
    expect(oneWord).toContain('Công văn 5');
    expect(oneWord).not.toContain('Công văn 4');
    const combinedWord = await word('from=2026-03-01&to=2026-03-31');
    expect(combinedWord).toContain('Sổ của');
    expect(combinedWord).toContain('Các sổ xem gộp');
    // A book out of scope is not found.
    expect((await w.outsider.get(`/api/v1/incoming/export.xlsx?organizationId=${w.committee.id}&year=2026`)).statusCode).toBe(404);
  });
});

describe('an entry directed to a unit is read by that unit', () => {
  it("shows the cell secretary the committee's entries directed to her cell, by id and in the combined view, and lets her change none", async () => {
    const mine = json<IncomingEntry>(await registerIncoming(w.clerk, w.committee.id, { receivedOn: '2026-06-01', documentDate: '2026-06-01', summary: 'Giao chi bộ xử lý' }));
    const notMine = json<IncomingEntry>(await registerIncoming(w.clerk, w.committee.id, { receivedOn: '2026-06-01', documentDate: '2026-06-01', summary: 'Đảng ủy tự xử lý' }));
    expect((await w.secretary.get(`/api/v1/incoming/${mine.id}`)).statusCode).toBe(404);
    const directed = await w.clerk.post(`/api/v1/incoming/${mine.id}/direction`, { version: mine.version, leadOrganizationId: w.cell.id, deadline: '2026-06-15' });
    expect(directed.statusCode, directed.body).toBe(200);

    expect(json<IncomingEntry>(await w.secretary.get(`/api/v1/incoming/${mine.id}`)).summary).toBe('Giao chi bộ xử lý');
    expect((await w.secretary.get(`/api/v1/incoming/${notMine.id}`)).statusCode).toBe(404);
    const ids = (await list(w.secretary, 'year=2026&limit=100')).data.map((e) => e.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(notMine.id);
    // Reading only: the entry stays the committee's register's.
    const current = json<IncomingEntry>(await w.secretary.get(`/api/v1/incoming/${mine.id}`));
    const edit = await w.secretary.patch(`/api/v1/incoming/${mine.id}`, { version: current.version, summary: 'Sửa của chi bộ' });
    expect([403, 404]).toContain(edit.statusCode);
    expect(json<IncomingEntry>(await w.clerk.get(`/api/v1/incoming/${mine.id}`)).summary).toBe('Giao chi bộ xử lý');
    // Outside the tree nothing changes.
    expect((await w.outsider.get(`/api/v1/incoming/${mine.id}`)).statusCode).toBe(404);
  });
});
