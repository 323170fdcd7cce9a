import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type TestApp, json, makeUser } from '../../../test/app.ts';
import { addDays, todayInVietnam } from '../../lib/dates.ts';
import { type World, auditCount, pdfWith, registerIncoming, startWithFiles, upload } from '../documents/documents.fixtures.ts';
import type { IncomingEntry, Sender } from './correspondence.schema.ts';

let t: TestApp;
let close: () => Promise<void>;
let w: World;
/** A clerk of the committee without clearance for classified entries. */
let plainClerk: Client;

const today = todayInVietnam();

beforeAll(async () => {
  ({ t, w, close } = await startWithFiles('congtac-incoming-'));
  const u = await makeUser(t.admin, [{ role: 'committee_office', organizationId: w.committee.id }], { clearance: 0 });
  plainClerk = await new Client(t.app).login(u.username, u.password);
  const entries: Array<[Client, string, string, Record<string, unknown>]> = [
    [w.clerk, w.committee.id, 'Ban Tổ chức Trung ương', {}],
    [w.clerk, w.committee.id, 'Ban Tổ chức Trung ương', {}],
    [w.clerk, w.committee.id, 'ban to chuc trung uong', {}],
    [w.clerk, w.committee.id, 'Ban Tuyên giáo Trung ương', {}],
    [w.clerk, w.committee.id, 'Ban Tuyên giáo Trung ương', {}],
    [w.clerk, w.committee.id, 'Văn phòng Quốc hội', {}],
    [w.clerk, w.committee.id, 'Cục Bảo vệ an ninh', { secrecy: 'mat' }],
    [w.clerk, w.committee.id, 'Ủy ban Kiểm tra cũ', { receivedOn: addDays(today, -800), documentDate: addDays(today, -800) }],
    [w.clerk, w.cell.id, 'Đảng ủy Khối', {}],
    [w.outsider, w.other.id, 'Tỉnh ủy Bình Định', {}],
  ];
  for (const [client, org, sender, extra] of entries) {
    const res = await registerIncoming(client, org, { sender, receivedOn: today, documentDate: today, ...extra });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
});
afterAll(() => close());

const senders = async (client: Client, query = '') => {
  const res = await client.get(`/api/v1/incoming/senders${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return json<{ data: Sender[] }>(res).data;
};

describe('issuing bodies for the sender field', () => {
  it('matches words without diacritics, counts spellings that differ only by diacritics as one, most frequent first', async () => {
    expect(await senders(w.clerk, '?q=to%20chuc')).toEqual([{ name: 'Ban Tổ chức Trung ương', count: 3, lastReceivedOn: today }]);
    expect((await senders(w.clerk, '?q=TRUNG%20%C6%AF%C6%A0NG')).map((s) => [s.name, s.count])).toEqual([
      ['Ban Tổ chức Trung ương', 3], ['Ban Tuyên giáo Trung ương', 2],
    ]);
    expect(await senders(w.clerk, '?q=khong%20co%20ai')).toEqual([]);
    // A literal % is a character to find, not a wildcard.
    expect(await senders(w.clerk, '?q=%25')).toEqual([]);
  });

  it('without words: the most frequent bodies of the last two years, up to the limit', async () => {
    const all = await senders(w.clerk);
    expect(all.map((s) => s.name)).toEqual(['Ban Tổ chức Trung ương', 'Ban Tuyên giáo Trung ương', 'Cục Bảo vệ an ninh', 'Đảng ủy Khối', 'Văn phòng Quốc hội']);
    expect(all.map((s) => s.name)).not.toContain('Ủy ban Kiểm tra cũ');
    expect((await senders(w.clerk, '?limit=2')).map((s) => s.name)).toEqual(['Ban Tổ chức Trung ương', 'Ban Tuyên giáo Trung ương']);
    expect((await senders(w.clerk, `?organizationId=${w.cell.id}`)).map((s) => s.name)).toEqual(['Đảng ủy Khối']);
  });

  it('shows only bodies of entries the user may see: scope and clearance', async () => {
    expect((await senders(w.secretary)).map((s) => s.name)).toEqual(['Đảng ủy Khối']);
    expect((await senders(w.outsider)).map((s) => s.name)).toEqual(['Tỉnh ủy Bình Định']);
    expect((await senders(w.clerk, '?q=binh%20dinh'))).toEqual([]);
    expect((await senders(plainClerk)).map((s) => s.name)).not.toContain('Cục Bảo vệ an ninh');
    expect((await senders(plainClerk, '?q=an%20ninh'))).toEqual([]);
    expect((await senders(w.clerk, '?q=an%20ninh')).map((s) => s.name)).toEqual(['Cục Bảo vệ an ninh']);
    expect((await t.anonymous().get('/api/v1/incoming/senders')).statusCode).toBe(401);
  });

  it('refuses bad input with problem+json', async () => {
    for (const query of ['?limit=0', '?limit=51', '?limit=abc', '?organizationId=abc', '?other=1', `?q=${'x'.repeat(201)}`]) {
      const res = await w.clerk.get(`/api/v1/incoming/senders${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.headers['content-type'], query).toContain('application/problem+json');
      expect(json<{ errors: unknown[] }>(res).errors.length, query).toBeGreaterThan(0);
    }
  });
});

describe('correcting an entry', () => {
  it('refuses a stale version with 409 and the entry as it is now, changing nothing', async () => {
    const entry = json<IncomingEntry>(await registerIncoming(w.clerk, w.committee.id, { symbol: '31-HD/BTCTW', receivedOn: today, documentDate: today }));
    const first = await w.clerk.patch(`/api/v1/incoming/${entry.id}`, { version: entry.version, summary: 'Hướng dẫn đã đính chính' });
    expect(first.statusCode, first.body).toBe(200);
    const audits = await auditCount(t);
    const stale = await w.clerk.patch(`/api/v1/incoming/${entry.id}`, { version: entry.version, summary: 'Sửa đè' });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ code: 'resource.version_conflict', current: { id: entry.id, summary: 'Hướng dẫn đã đính chính', version: entry.version + 1 } });
    expect(await auditCount(t)).toBe(audits);
    expect(json<IncomingEntry>(await w.clerk.get(`/api/v1/incoming/${entry.id}`)).summary).toBe('Hướng dẫn đã đính chính');
    const empty = await w.clerk.patch(`/api/v1/incoming/${entry.id}`, { version: entry.version + 1, summary: '  ' });
    expect([empty.statusCode, json<{ errors: Array<{ field: string }> }>(empty).errors[0]?.field]).toEqual([400, 'body.summary']);
  });
});

describe('the scan of an incoming entry', () => {
  it('is linked at registration or by a correction, and its text is searched', async () => {
    const scan = json<{ id: string }>(await upload(w.clerk, w.committee.id, 'cong-van.pdf', pdfWith('Cong van ve viec kiem ke tai san')));
    const entry = json<IncomingEntry>(await registerIncoming(w.clerk, w.committee.id, { fileId: scan.id, receivedOn: today, documentDate: today }));
    expect(entry.fileId).toBe(scan.id);
    expect(json<{ data: IncomingEntry[] }>(await w.clerk.get('/api/v1/incoming?q=kiem ke tai san')).data.map((e) => e.id)).toEqual([entry.id]);

    const other = json<{ id: string }>(await upload(w.clerk, w.committee.id, 'ban-chup.pdf', pdfWith('Ban chup lai')));
    const fixed = json<IncomingEntry>(await w.clerk.patch(`/api/v1/incoming/${entry.id}`, { version: entry.version, fileId: other.id }));
    expect(fixed.fileId).toBe(other.id);
    // Someone else's upload, out of the clerk's scope, cannot be linked.
    const foreign = json<{ id: string }>(await upload(w.outsider, w.other.id, 'khac.pdf', pdfWith('Khac')));
    const audits = await auditCount(t);
    const refused = await w.clerk.patch(`/api/v1/incoming/${entry.id}`, { version: fixed.version, fileId: foreign.id });
    expect([refused.statusCode, json(refused).code]).toEqual([422, 'resource.reference_invalid']);
    expect(await auditCount(t)).toBe(audits);
    // A classified entry keeps its scan from readers without clearance.
    const secret = json<IncomingEntry>(await registerIncoming(w.clerk, w.committee.id, { fileId: other.id, secrecy: 'mat', receivedOn: today, documentDate: today }));
    expect((await w.clerk.get(`/api/v1/files/${secret.fileId ?? ''}`)).statusCode).toBe(200);
    expect((await plainClerk.get(`/api/v1/files/${other.id}`)).statusCode).toBe(404);
  });
});
