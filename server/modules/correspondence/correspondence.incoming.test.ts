import { describe, expect, it } from 'vitest';
import { json, testWorld } from '../../../test/app.ts';
import { addDays, todayInVietnam } from '../../lib/dates.ts';
import type { IncomingEntry } from './correspondence.schema.ts';
import { issue, makeSigned, makeWorld } from '../documents/documents.fixtures.ts';
import type { DocumentDetail } from '../documents/documents.schema.ts';

const { t, w } = testWorld(makeWorld);

type Detail = IncomingEntry & { progress: Array<{ note: string }> };
const incomingCount = async () => Number((await t.database.db.selectFrom('incomingDocuments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

async function register(body: Record<string, unknown> = {}) {
  return w.clerk.post('/api/v1/incoming', {
    organizationId: w.committee.id, receivedOn: '2026-03-05', sender: 'Ban Tổ chức Trung ương', symbol: '12-HD/BTCTW',
    documentDate: '2026-03-01', typeName: 'Hướng dẫn', summary: 'Hướng dẫn tổ chức đại hội chi bộ', ...body,
  });
}

describe('incoming register', () => {
  it('numbers arrivals consecutively within the year and restarts in January', async () => {
    const numbers: number[] = [];
    for (const [i, receivedOn] of ['2026-03-05', '2026-03-06', '2026-12-31', '2027-01-02'].entries()) {
      const res = await register({ receivedOn, symbol: `${i + 1}/KH-VPQH`, sender: 'Văn phòng Quốc hội', documentDate: '2026-03-01' });
      expect(res.statusCode, res.body).toBe(201);
      numbers.push(json<Detail>(res).arrivalNumber);
    }
    expect(numbers).toEqual([1, 2, 3, 1]);
  });

  it('refuses a date received before the document date, writing nothing', async () => {
    const before = await incomingCount();
    const early = await register({ receivedOn: '2026-02-28' });
    expect([early.statusCode, json(early).code]).toEqual([422, 'incoming.received_before_document']);
    const en = await w.clerk.post('/api/v1/incoming', { organizationId: w.committee.id, receivedOn: '2026-02-28', sender: 'X', documentDate: '2026-03-01', summary: 'x' }, { 'accept-language': 'en' });
    expect(json<{ detail: string }>(en).detail).toBe('The date received cannot be before the document date (2026-03-01).');
    expect(await incomingCount()).toBe(before);
  });

  it('warns of a possible duplicate (same symbol and sender, diacritics aside) until confirmed', async () => {
    const first = json<Detail>(await register({ symbol: '45-CT/TW', sender: 'Ban Bí thư' }));
    const again = await register({ symbol: '45-CT/TW', sender: 'ban bi thu' });
    expect(again.statusCode).toBe(409);
    expect(json(again)).toMatchObject({ code: 'incoming.possible_duplicate', existing: { id: first.id, arrivalNumber: first.arrivalNumber } });
    const confirmed = await register({ symbol: '45-CT/TW', sender: 'ban bi thu', confirmDuplicate: true });
    expect(confirmed.statusCode).toBe(201);
    expect(json<Detail>(confirmed).arrivalNumber).toBe(first.arrivalNumber + 1);
  });

  it('records the direction, progress, and the reply; refuses a reply that is not related', async () => {
    const entry = json<Detail>(await register({ symbol: '07/CV-VPTW', sender: 'Văn phòng Trung ương Đảng', urgency: 'khan' }));
    const early = await w.clerk.post(`/api/v1/incoming/${entry.id}/direction`, { version: entry.version, deadline: '2026-03-01' });
    expect(json(early).code).toBe('incoming.deadline_before_received');
    const directed = json<Detail>(await w.clerk.post(`/api/v1/incoming/${entry.id}/direction`, {
      version: entry.version, leadOrganizationId: w.cell.id, coOrganizationIds: [w.other.id], deadline: '2026-03-20', note: 'Chi bộ Vụ Tổng hợp chủ trì',
    }));
    expect(directed).toMatchObject({ state: 'directed', leadOrganizationName: 'Chi bộ Vụ Tổng hợp', deadline: '2026-03-20', coOrganizationIds: [w.other.id] });
    const progressed = await w.clerk.post(`/api/v1/incoming/${entry.id}/progress`, { note: 'Đã xin ý kiến các chi bộ', onDay: '2026-03-10' });
    expect(json<Detail>(progressed).progress.map((p) => p.note)).toEqual(['Đã xin ý kiến các chi bộ']);

    const otherOrg = await makeSigned(w.outsider, { organizationId: w.other.id, typeId: w.types['administrative.bao_cao'] });
    const before = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.bao_cao'] }, '2026-03-01');
    const issuedBefore = json<DocumentDetail>(await issue(w.clerk, before, '2026-03-01'));
    const draft = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.bao_cao'] });
    await issue(w.outsider, otherOrg, '2026-03-12');
    for (const unrelated of [otherOrg.id, issuedBefore.id, draft.id]) {
      const res = await w.clerk.post(`/api/v1/incoming/${entry.id}/reply`, { version: directed.version, documentId: unrelated });
      expect([res.statusCode, json(res).code]).toEqual([422, 'incoming.reply_unrelated']);
    }
    const reply = json<DocumentDetail>(await issue(w.clerk, draft, '2026-03-12'));
    const done = json<Detail>(await w.clerk.post(`/api/v1/incoming/${entry.id}/reply`, { version: directed.version, documentId: reply.id }));
    expect(done).toMatchObject({ state: 'done', replySymbol: reply.symbol, doneOn: '2026-03-12' });
  });

  it('lists urgent first on request, filters by month, unit, state and words, and shows the follow-up view', async () => {
    const today = todayInVietnam();
    const base = { receivedOn: today, documentDate: today, sender: 'Ủy ban Kiểm tra Trung ương' };
    const late = json<Detail>(await register({ ...base, symbol: '01-TB/UBKTTW', urgency: 'hoa_toc', summary: 'Thông báo kết luận kiểm tra' }));
    await w.clerk.post(`/api/v1/incoming/${late.id}/direction`, { version: late.version, leadOrganizationId: w.cell.id, deadline: today });
    const overdue = json<Detail>(await register({ ...base, symbol: '02-TB/UBKTTW', summary: 'Kế hoạch giám sát' }));
    // Received today but dated earlier: a deadline already past is recorded as it was given.
    await t.database.db.updateTable('incomingDocuments').set({ deadline: addDays(today, -1), state: 'directed' }).where('id', '=', overdue.id).execute();

    const list = json<{ data: Detail[] }>(await w.clerk.get(`/api/v1/incoming?month=${today.slice(0, 7)}&sort=-priority`));
    expect(list.data[0]?.urgency).toBe('hoa_toc');
    const byUnit = json<{ data: Detail[] }>(await w.clerk.get(`/api/v1/incoming?unitId=${w.cell.id}&state=directed`));
    expect(byUnit.data.map((d) => d.symbol)).toContain('01-TB/UBKTTW');
    const words = json<{ data: Detail[] }>(await w.clerk.get('/api/v1/incoming?q=ke hoach giam sat'));
    expect(words.data.map((d) => d.id)).toEqual([overdue.id]);
    const od = json<{ data: Detail[] }>(await w.clerk.get('/api/v1/incoming?followUp=overdue'));
    expect(od.data.map((d) => d.id)).toEqual([overdue.id]);
    const counts = json<{ due: number; overdue: number; done: number }>(await w.clerk.get('/api/v1/incoming/follow-up'));
    expect(counts).toMatchObject({ overdue: 1, done: 1 });
    expect(counts.due).toBeGreaterThanOrEqual(1);
    const paged = json<{ data: Detail[]; links: { next: string | null } }>(await w.clerk.get('/api/v1/incoming?limit=2'));
    const page2 = json<{ data: Detail[] }>(await w.clerk.get(`/api/v1/incoming?limit=2&cursor=${paged.links.next ?? ''}`));
    expect(page2.data[0]?.id).not.toBe(paged.data[1]?.id);
    // Paging two at a time walks the same order as one page, with nothing repeated or skipped.
    for (const sort of ['-priority', 'priority', '-receivedOn', 'receivedOn', '-arrival', 'arrival']) {
      const whole = json<{ data: Detail[] }>(await w.clerk.get(`/api/v1/incoming?limit=100&sort=${sort}`)).data.map((d) => d.id);
      const walked: string[] = [];
      let next: string | null = '';
      while (next !== null) {
        const page: { data: Detail[]; links: { next: string | null } } = json(await w.clerk.get(`/api/v1/incoming?limit=2&sort=${sort}${next ? `&cursor=${next}` : ''}`));
        walked.push(...page.data.map((d) => d.id));
        next = page.links.next;
      }
      expect(walked).toEqual(whole);
      expect(whole.length).toBeGreaterThan(2);
    }
  });

  it('keeps entries within scope and clearance: by id, in lists', async () => {
    const secret = json<Detail>(await register({ symbol: '03-CV/TW', secrecy: 'mat', summary: 'Văn bản mật' }));
    expect((await w.outsider.get(`/api/v1/incoming/${secret.id}`)).statusCode).toBe(404);
    const s = await w.secretary.get(`/api/v1/incoming/${secret.id}`);
    expect(s.statusCode).toBe(404);
    expect((await w.clerk.get(`/api/v1/incoming/${secret.id}`)).statusCode).toBe(200);
    const tooSecret = await register({ symbol: '04-CV/TW', secrecy: 'toi_mat' });
    expect(json(tooSecret).code).toBe('document.clearance_exceeded');
    const cellEntry = json<Detail>(await register({ organizationId: w.cell.id, symbol: '05-CV/TW' }));
    expect((await w.secretary.get(`/api/v1/incoming/${cellEntry.id}`)).statusCode).toBe(200);
    const direct = await w.secretary.post(`/api/v1/incoming/${cellEntry.id}/direction`, { version: cellEntry.version, deadline: '2026-03-20' });
    expect([direct.statusCode, json(direct).code]).toEqual([403, 'register.no_permission']);
    expect((await w.secretary.post(`/api/v1/incoming/${cellEntry.id}/progress`, { note: 'x' })).statusCode).toBe(403);
  });

  it('lets the clerk correct an entry under the same checks, and only the clerk', async () => {
    const entry = json<Detail>(await register({ symbol: '20/BC-VPQH', sender: 'Văn phòng Quốc hội', summary: 'Bao cao thang' }));
    const late = await w.clerk.patch(`/api/v1/incoming/${entry.id}`, { version: entry.version, documentDate: '2026-03-09' });
    expect(json(late).code).toBe('incoming.received_before_document');
    const fixed = json<Detail>(await w.clerk.patch(`/api/v1/incoming/${entry.id}`, { version: entry.version, summary: 'Báo cáo tháng 3', urgency: 'thuong_khan' }));
    expect(fixed).toMatchObject({ summary: 'Báo cáo tháng 3', urgency: 'thuong_khan', arrivalNumber: entry.arrivalNumber, version: entry.version + 1 });
    expect(json<{ data: Detail[] }>(await w.clerk.get('/api/v1/incoming?q=bao cao thang 3')).data.map((d) => d.id)).toEqual([entry.id]);
    expect((await w.secretary.patch(`/api/v1/incoming/${entry.id}`, { version: fixed.version, summary: 'x' })).statusCode).toBe(404);
    const since = new Date(Date.now() - 60_000).toISOString();
    expect(json<{ data: Detail[] }>(await w.clerk.get(`/api/v1/incoming?modifiedSince=${encodeURIComponent(since)}&q=bao cao thang 3`)).data).toHaveLength(1);
    expect(json<{ data: Detail[] }>(await w.clerk.get(`/api/v1/incoming?modifiedSince=${encodeURIComponent('2099-01-01T00:00:00Z')}`)).data).toEqual([]);
  });

  it('closes the entry when the document drafted in reply to it is issued', async () => {
    const entry = json<Detail>(await register({ symbol: '21-CV/BTCTW', receivedOn: '2026-04-01', documentDate: '2026-03-30' }));
    const reply = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.cong_van'], unitCode: 'TH', inReplyToIncomingId: entry.id });
    const issued = json<DocumentDetail>(await issue(w.clerk, reply, '2026-04-03'));
    const closed = json<Detail>(await w.clerk.get(`/api/v1/incoming/${entry.id}`));
    expect(closed).toMatchObject({ state: 'done', doneOn: '2026-04-03', replyDocumentId: issued.id, replySymbol: issued.symbol });
  });
});
