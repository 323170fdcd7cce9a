import { todayInVietnam } from '../../lib/dates.ts';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, startTestApp } from '../../../test/app.ts';
import type { MonthStatistics } from './correspondence.schema.ts';
import { type World, issue, makeSigned, makeWorld, sheetRows } from '../documents/documents.fixtures.ts';

let t: TestApp;
let w: World;

beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
  const qd = w.types['administrative.quyet_dinh'];
  for (const [day, secrecy] of [['2026-03-02', 'none'], ['2026-03-20', 'none'], ['2026-04-01', 'mat']] as const) {
    await issue(w.clerk, await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: qd, secrecy, summary: `Quyết định ngày ${day}`, recipients: ['Các vụ'] }, day), day);
  }
  const reg = (body: Record<string, unknown>) => w.clerk.post('/api/v1/incoming', {
    organizationId: w.committee.id, sender: 'Văn phòng Trung ương Đảng', documentDate: '2026-03-01', summary: 'Công văn đôn đốc', ...body,
  });
  const a = json<{ id: string; version: number }>(await reg({ receivedOn: '2026-03-03', symbol: '11-CV/VPTW', urgency: 'khan' }));
  const b = json<{ id: string; version: number }>(await reg({ receivedOn: '2026-03-04', symbol: '12-CV/VPTW' }));
  await w.clerk.post(`/api/v1/incoming/${b.id}/direction`, { version: b.version, deadline: '2026-03-20' });
  const directed = json<{ version: number }>(await w.clerk.post(`/api/v1/incoming/${a.id}/direction`, { version: a.version, leadOrganizationId: w.cell.id, deadline: '2026-03-10' }));
  await w.clerk.post(`/api/v1/incoming/${a.id}/done`, { version: directed.version, doneOn: '2026-03-12', note: 'Đã báo cáo' });
  await w.clerk.post('/api/v1/letters', { organizationId: w.committee.id, receivedOn: '2026-04-02', senderName: 'Lê Văn C', kind: 'reflection', summary: 'Phản ánh' });
});
afterAll(() => t.close());

describe('registers printed and monthly statistics', () => {
  it('exports the outgoing register to Excel with every column, in register order, by month', async () => {
    const res = await w.clerk.get('/api/v1/outgoing-register/export.xlsx?month=2026-03');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0]?.[0]).toBe('SỔ ĐĂNG KÝ VĂN BẢN ĐI - Tháng 03/2026');
    expect(rows[1]).toEqual(['Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung', 'Người ký', 'Nơi nhận văn bản',
      'Đơn vị, người nhận bản lưu', 'Số lượng bản', 'Ngày chuyển', 'Ký nhận', 'Ghi chú']);
    expect(rows.slice(2).map((r) => [r[0], r[1]])).toEqual([['01/QĐ-VPQH', '02/03/2026'], ['02/QĐ-VPQH', '20/03/2026']]);
  });

  it('exports the incoming register to Excel and Word; secret entries only within clearance', async () => {
    const rows = await sheetRows((await w.clerk.get(`/api/v1/incoming/export.xlsx?organizationId=${w.committee.id}&year=2026`)).rawPayload);
    expect(rows.slice(2).map((r) => [1, 3, 6, 9, 10].map((i) => r[i] ?? ''))).toEqual([
      [1, '11-CV/VPTW', 'Chi bộ Vụ Tổng hợp', 'Khẩn; Đã báo cáo', '10/03/2026'],
      [2, '12-CV/VPTW', '', '', '20/03/2026'],
    ]);
    const docx = await w.clerk.get('/api/v1/incoming/export.docx?from=2026-03-01&to=2026-03-31');
    const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
    for (const s of ['SỔ ĐĂNG KÝ VĂN BẢN ĐẾN', 'Từ 01/03/2026 đến 31/03/2026', 'Số đến', '11-CV/VPTW', 'Văn phòng Trung ương Đảng']) expect(text).toContain(s);
    const out = (await mammoth.extractRawText({ buffer: (await w.secretary.get('/api/v1/outgoing-register/export.docx?year=2026')).rawPayload })).value;
    expect(out).not.toContain('QĐ-VPQH'); // the cell secretary reads only the cell's register
    const all = (await mammoth.extractRawText({ buffer: (await w.clerk.get('/api/v1/outgoing-register/export.docx?year=2026')).rawPayload })).value;
    expect(all).toContain('01/QĐ-VPQH');
    expect(all).toContain('Mật');
  });

  it('counts per month: in, handled, late, overdue, out, letters', async () => {
    const stats = json<{ months: MonthStatistics[] }>(await w.clerk.get('/api/v1/correspondence/statistics?year=2026')).months;
    expect(stats).toHaveLength(12);
    expect(stats[2]).toEqual({ month: '2026-03', incoming: 2, incomingHandled: 1, incomingHandledLate: 1, incomingOverdue: 1, outgoing: 2, letters: 0, lettersAnswered: 0, lettersAnsweredLate: 0 });
    // Still open past its deadline at the end of every later month; not yet overdue before March; months
    // still to come have nothing overdue yet.
    const today = todayInVietnam();
    const expected = [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1].map((n, i) => (`2026-${String(i + 1).padStart(2, '0')}-01` <= today ? n : 0));
    expect(stats.map((m) => m.incomingOverdue)).toEqual(expected);
    expect(stats[3]).toMatchObject({ month: '2026-04', outgoing: 1, letters: 1 });
    const other = json<{ months: MonthStatistics[] }>(await w.outsider.get('/api/v1/correspondence/statistics?year=2026')).months;
    expect(other.every((m) => m.incoming === 0 && m.outgoing === 0)).toBe(true);
  });
});
