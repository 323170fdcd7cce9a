import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, startTestApp } from '../../../test/app.ts';
import { json as jsonb } from '../../db/json.ts';
import type { SearchHit } from './search.schema.ts';
import { CANDIDATES, highlight } from './search.service.ts';
import { randomUUID } from 'node:crypto';
import { addDays } from '../../lib/dates.ts';
import { type World, makeDocument, makeWorld } from '../documents/documents.fixtures.ts';

let t: TestApp;
let w: World;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
  const kh = w.types['administrative.ke_hoach'];
  const admin = async (key: string, body: Record<string, unknown>) => {
    ids[key] = (await makeDocument(t.admin, { organizationId: w.committee.id, typeId: kh, ...body })).id;
  };
  await admin('plan', { summary: 'Kế hoạch tuyên truyền kỷ niệm ngày thành lập Đảng', body: 'Nội dung tuyên truyền' });
  await admin('report', { summary: 'Báo cáo sơ kết', body: 'Phần II. Triển khai kế hoạch năm 2026 của Đảng ủy' });
  await admin('secret', { summary: 'Kế hoạch bảo vệ bí mật', secrecy: 'toi_mat' });
  await admin('party', { summary: 'Kế hoạch kiểm tra giám sát', typeId: w.types['party.ke_hoach'], issuerCode: 'ĐU' });
  ids.other = (await makeDocument(w.outsider, { organizationId: w.other.id, typeId: kh, summary: 'Kế hoạch của đơn vị khác' })).id;
  const inc = await w.clerk.post('/api/v1/incoming', {
    organizationId: w.committee.id, receivedOn: '2026-03-05', sender: 'Ban Tuyên giáo Trung ương', symbol: '15-HD/BTGTW',
    documentDate: '2026-03-01', summary: 'Hướng dẫn tuyên truyền kế hoạch đại hội',
  });
  ids.incoming = json<{ id: string }>(inc).id;
});
afterAll(() => t.close());

const search = async (q: string, extra = '', client = w.clerk) =>
  json<{ data: SearchHit[] }>(await client.get(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`)).data;

describe('search over documents and registers', () => {
  it('finds words with or without diacritics, summary matches ranked first, with a highlighted snippet', async () => {
    const plain = await search('ke hoach');
    const accented = await search('Kế hoạch');
    expect(plain.map((h) => h.id)).toEqual(accented.map((h) => h.id));
    expect(plain.map((h) => h.id)).toEqual(expect.arrayContaining([ids.plan, ids.report, ids.party, ids.incoming]));
    expect(plain.findIndex((h) => h.id === ids.plan)).toBeLessThan(plain.findIndex((h) => h.id === ids.report));
    const hit = plain.find((h) => h.id === ids.report)!;
    const [start, end] = hit.highlights[0]!;
    expect(hit.snippet.slice(start, end).toLowerCase()).toBe('kế');
    expect(hit.highlights.map(([s, e]) => hit.snippet.slice(s, e))).toContain('hoạch');
    expect((await search('tuyen truyen ky niem')).map((h) => h.id)).toEqual([ids.plan]);
  });

  it('tolerates a typo through word similarity', async () => {
    expect((await search('tuyen truyan')).map((h) => h.id)).toContain(ids.plan);
  });

  it('filters by kind, regime, type, organization and date', async () => {
    expect((await search('ke hoach', '&kinds=incoming')).map((h) => h.id)).toEqual([ids.incoming]);
    expect((await search('ke hoach', '&regime=party')).map((h) => h.id)).toEqual([ids.party]);
    expect((await search('ke hoach', `&typeId=${w.types['party.ke_hoach']}`)).map((h) => h.id)).toEqual([ids.party]);
    expect((await search('ke hoach', '&from=2026-03-05&to=2026-03-05')).map((h) => h.id)).toEqual([ids.incoming]);
    expect((await search('ke hoach', `&organizationId=${w.other.id}`))).toEqual([]);
  });

  it('never shows classified records above the clearance, nor records out of scope', async () => {
    // The clerk is cleared for Mật only; the document is Tối mật: not in search, not by id either.
    expect((await search('bao ve bi mat')).map((h) => h.id)).toEqual([]);
    expect((await w.clerk.get(`/api/v1/documents/${ids.secret}`)).statusCode).toBe(404);
    expect((await search('bao ve bi mat', '', t.admin)).map((h) => h.id)).toEqual([ids.secret]);
    const high = await search('ke hoach', '', w.outsider);
    expect(high.map((h) => h.id)).toEqual([ids.other]);
  });

  it('ranks the newest matches of a common phrase, and every match of a narrower search', async () => {
    // More matches than are ranked: the best-scoring entry is the oldest one.
    const n = CANDIDATES + 30;
    const rows = Array.from({ length: n }, (_, i) => {
      const summary = i === 0 ? 'Sơ kết thi đua' : `Báo cáo sơ kết công tác thi đua khen thưởng của đơn vị số ${i} năm 2025`;
      return {
        id: randomUUID(), organizationId: w.committee.id, scopePath: w.committee.path, year: 2025, arrivalNumber: 10_000 + i,
        receivedOn: addDays('2025-01-02', i), sender: 'Ban Thi đua', documentDate: addDays('2025-01-02', i), summary,
        searchText: `Ban Thi đua ${summary}`, coOrganizationIds: jsonb([]),
      };
    });
    await t.database.db.insertInto('incomingDocuments').values(rows).execute();
    const hits = await search('so ket thi dua', '&kinds=incoming&limit=20', t.admin);
    expect(hits).toHaveLength(20);
    const newest: string[] = rows.slice(n - CANDIDATES).map((r) => r.id);
    expect(hits.every((h) => newest.includes(h.id))).toBe(true);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    // Narrowed by date, all of its matches are ranked and the closest one comes first.
    const early = await search('so ket thi dua', `&kinds=incoming&limit=5&to=${addDays('2025-01-02', 40)}`, t.admin);
    expect(early[0]?.id).toBe(rows[0]?.id);
  });

  it('refuses an empty query', async () => {
    expect((await w.clerk.get('/api/v1/search?q=')).statusCode).toBe(400);
  });
});

describe('highlight', () => {
  it('maps folded matches back onto the accented text', () => {
    const text = 'Đảng ủy ban hành Kế hoạch';
    expect(highlight(text, 'dang ke').map(([s, e]) => text.slice(s, e))).toEqual(['Đảng', 'Kế']);
    expect(highlight('aaa', 'aa')).toEqual([[0, 2]]);
  });
});
