import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, Client as HttpClient, type TestApp, json, makeUser, startTestApp } from '../../../test/app.ts';
import type { Letter } from './letters.schema.ts';
import type { SearchHit } from '../search/index.ts';
import { type World, makeWorld } from '../documents/documents.fixtures.ts';

let t: TestApp;
let w: World;
let inspector: Client;

beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
  const u = await makeUser(t.admin, [{ role: 'inspector', organizationId: w.committee.id }]);
  inspector = await new HttpClient(t.app).login(u.username, u.password);
});
afterAll(() => t.close());

type Detail = Letter & { steps: Array<{ note: string }> };
const create = (client: Client, body: Record<string, unknown>) => client.post('/api/v1/letters', {
  organizationId: w.committee.id, receivedOn: '2026-03-02', senderName: 'Trần Văn Bình', kind: 'complaint', summary: 'Khiếu nại về việc xét nâng lương', ...body,
});

describe("citizens' letters", () => {
  it('lists the kinds with their deadlines and legal bases', async () => {
    const kinds = json<{ data: Array<{ kind: string; deadlineDays: number; legalBasis: string | null }> }>(await w.clerk.get('/api/v1/letter-kinds')).data;
    expect(kinds.find((k) => k.kind === 'complaint')).toMatchObject({ deadlineDays: 30, legalBasis: '02/2011/QH13' });
    expect(kinds.find((k) => k.kind === 'denunciation')).toMatchObject({ deadlineDays: 30, legalBasis: '25/2018/QH14' });
  });

  it('numbers letters per year, sets the deadline by kind, and records steps and the answer', async () => {
    const a = json<Detail>(await create(w.clerk, {}));
    const b = json<Detail>(await create(w.clerk, { kind: 'recommendation', summary: 'Kiến nghị về giờ tiếp công dân' }));
    expect([a.arrivalNumber, a.deadline, a.handler, a.state]).toEqual([1, '2026-04-01', 'office', 'received']);
    expect([b.arrivalNumber, b.deadline]).toEqual([2, '2026-03-17']);
    const stepped = json<Detail>(await w.clerk.post(`/api/v1/letters/${a.id}/steps`, { note: 'Chuyển Vụ Tổ chức cán bộ xác minh', onDay: '2026-03-04' }));
    expect([stepped.state, stepped.steps.map((s) => s.note)]).toEqual(['in_progress', ['Chuyển Vụ Tổ chức cán bộ xác minh']]);
    const early = await w.clerk.post(`/api/v1/letters/${a.id}/answer`, { version: stepped.version, answer: 'x', answeredOn: '2026-03-01' });
    expect(json(early).code).toBe('letter.answered_before_received');
    const answered = json<Detail>(await w.clerk.post(`/api/v1/letters/${a.id}/answer`, { version: stepped.version, answer: 'Đã trả lời bằng văn bản', answeredOn: '2026-03-20' }));
    expect(answered).toMatchObject({ state: 'answered', answeredOn: '2026-03-20' });
    const again = await w.clerk.post(`/api/v1/letters/${a.id}/answer`, { version: answered.version, answer: 'x' });
    expect([again.statusCode, json(again).code]).toEqual([409, 'letter.already_answered']);
    const overdue = json<{ data: Letter[] }>(await w.clerk.get('/api/v1/letters?overdue=true'));
    expect(overdue.data.map((l) => l.id)).toEqual([b.id]);
    expect((await create(w.clerk, { kind: 'rumour' })).statusCode).toBe(400);
    expect((await create(w.secretary, { organizationId: w.cell.id })).statusCode).toBe(404);
  });

  it('routes a letter about a party member to the inspection committee, hidden from the office', async () => {
    const res = await create(w.clerk, { kind: 'denunciation', concernsMember: true, summary: 'Tố cáo đảng viên vi phạm quy định về đất đai' });
    expect(res.statusCode).toBe(201);
    const id = json<Detail>(res).id;
    expect((await w.clerk.get(`/api/v1/letters/${id}`)).statusCode).toBe(404);
    expect(json<{ data: Letter[] }>(await w.clerk.get('/api/v1/letters?handler=inspection_committee')).data).toEqual([]);
    const seen = json<Detail>(await inspector.get(`/api/v1/letters/${id}`));
    expect(seen).toMatchObject({ handler: 'inspection_committee', kind: 'denunciation', deadline: '2026-04-01' });
    const search = (c: Client) => c.get('/api/v1/search?q=to cao dat dai&kinds=letter').then((r) => json<{ data: SearchHit[] }>(r).data.map((h) => h.id));
    expect(await search(inspector)).toEqual([id]);
    expect(await search(w.clerk)).toEqual([]);
    const step = await inspector.post(`/api/v1/letters/${id}/steps`, { note: 'Ủy ban Kiểm tra thụ lý' });
    expect(step.statusCode).toBe(201);
  });

  it('keeps the attachment of a routed letter from the office too', async () => {
    const fileId = randomUUID();
    await t.database.db.insertInto('files').values({
      id: fileId, sha256: 'a'.repeat(64), size: 3, mime: 'text/plain', name: 'don.txt', text: 'đơn', organizationId: w.committee.id, scopePath: w.committee.path, createdBy: null,
    }).execute();
    expect((await w.clerk.get(`/api/v1/files/${fileId}`)).statusCode).toBe(200);
    await create(w.clerk, { kind: 'denunciation', concernsMember: true, fileId });
    expect((await w.clerk.get(`/api/v1/files/${fileId}`)).statusCode).toBe(404);
    expect((await inspector.get(`/api/v1/files/${fileId}`)).statusCode).toBe(200);
    expect(json(await create(w.clerk, { fileId: randomUUID() })).code).toBe('resource.reference_invalid');
  });
});
