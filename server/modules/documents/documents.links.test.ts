import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json } from '../../../test/app.ts';
import { type World, auditCount, issue, makeDocument, makeSigned, pdfWith, startWithFiles, upload } from './documents.fixtures.ts';
import type { DocumentDetail, DocumentRelation } from './documents.schema.ts';

let t: TestApp;
let w: World;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ t, w, close } = await startWithFiles('congtac-links-'));
});
afterAll(() => close());

type Relations = { data: DocumentRelation[] };
type Files = { data: Array<{ id: string; name: string; size: number; mime: string }> };
const plan = (summary: string) => ({ organizationId: w.committee.id, typeId: w.types['administrative.ke_hoach'], issuerCode: 'VPQH', summary });

describe('relations between documents', () => {
  it('adds, lists in both directions and removes a relation, each audited', async () => {
    const old = json<DocumentDetail>(await issue(w.clerk, await makeSigned(w.clerk, plan('Kế hoạch kiểm tra năm 2025'))));
    const next = await makeDocument(w.clerk, plan('Kế hoạch kiểm tra năm 2026'));
    const audits = await auditCount(t);
    const added = await w.clerk.post(`/api/v1/documents/${next.id}/relations`, { documentId: old.id, kind: 'replaces' });
    expect(added.statusCode, added.body).toBe(201);
    expect(json<Relations>(added).data).toEqual([
      { direction: 'to', kind: 'replaces', documentId: old.id, symbol: old.symbol, summary: old.summary, typeName: old.typeName, state: 'issued', issuedOn: old.issuedOn },
    ]);
    expect(await auditCount(t)).toBe(audits + 1);
    // Seen from the older plan: it is replaced by the new one; the detail lists it too.
    expect(json<Relations>(await w.clerk.get(`/api/v1/documents/${old.id}/relations`)).data).toMatchObject([{ direction: 'from', kind: 'replaces', documentId: next.id }]);
    expect(json<DocumentDetail>(await w.clerk.get(`/api/v1/documents/${next.id}`)).relations.map((r) => r.documentId)).toEqual([old.id]);

    const removed = await w.clerk.delete(`/api/v1/documents/${next.id}/relations/replaces/${old.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(json<Relations>(removed).data).toEqual([]);
    expect(json<Relations>(await w.clerk.get(`/api/v1/documents/${old.id}/relations`)).data).toEqual([]);
    const actions = await t.database.db.selectFrom('auditLog').select('action').where('entityId', '=', next.id).orderBy('seq').execute();
    expect(actions.map((a) => a.action).slice(-2)).toEqual(['document.relation_added', 'document.relation_removed']);
  });

  it('refuses a relation to itself, to an unknown or invisible document, twice or in a circle, changing nothing', async () => {
    const a = await makeDocument(w.clerk, plan('Kế hoạch A'));
    const b = await makeDocument(w.clerk, plan('Kế hoạch B'));
    const foreign = await makeDocument(w.outsider, { organizationId: w.other.id, typeId: w.types['party.ke_hoach'], issuerCode: 'ĐU', summary: 'Kế hoạch của đơn vị khác' });
    expect((await w.clerk.post(`/api/v1/documents/${a.id}/relations`, { documentId: b.id, kind: 'amends' })).statusCode).toBe(201);
    const audits = await auditCount(t);
    const cases: Array<[string, unknown, number, string]> = [
      [a.id, { documentId: a.id, kind: 'amends' }, 422, 'document.relation_self'],
      [a.id, { documentId: '00000000-0000-4000-8000-000000000000', kind: 'amends' }, 422, 'document.relation_invalid'],
      [a.id, { documentId: foreign.id, kind: 'implements' }, 422, 'document.relation_invalid'],
      [a.id, { documentId: b.id, kind: 'amends' }, 409, 'document.relation_exists'],
      [b.id, { documentId: a.id, kind: 'amends' }, 422, 'document.relation_circular'],
      [foreign.id, { documentId: a.id, kind: 'amends' }, 404, 'resource.not_found'],
    ];
    for (const [id, body, status, code] of cases) {
      const res = await w.clerk.post(`/api/v1/documents/${id}/relations`, body);
      expect([res.statusCode, json(res).code], code).toEqual([status, code]);
    }
    const bad = await w.clerk.post(`/api/v1/documents/${a.id}/relations`, { documentId: b.id, kind: 'cancels' });
    expect([bad.statusCode, json<{ errors: Array<{ field: string }> }>(bad).errors[0]?.field]).toEqual([400, 'body.kind']);
    const unknown = await w.clerk.delete(`/api/v1/documents/${a.id}/relations/replaces/${b.id}`);
    expect([unknown.statusCode, json(unknown).code]).toEqual([404, 'document.relation_unknown']);
    // Another unit's clerk cannot see the relation, nor remove it.
    expect((await w.outsider.delete(`/api/v1/documents/${a.id}/relations/amends/${b.id}`)).statusCode).toBe(404);
    expect(await auditCount(t)).toBe(audits);
    expect(json<Relations>(await w.clerk.get(`/api/v1/documents/${a.id}/relations`)).data.map((r) => r.documentId)).toEqual([b.id]);
    // A document out of sight is left out of the other side's list.
    expect((await w.outsider.get(`/api/v1/documents/${a.id}/relations`)).statusCode).toBe(404);
  });
});

describe('files attached to a document', () => {
  it('attaches an upload in any state, lists it with the document, searches its text and detaches only from a draft', async () => {
    const d = await makeDocument(w.clerk, plan('Kế hoạch có tệp đính kèm'));
    const pdf = json<{ id: string }>(await upload(w.clerk, w.committee.id, 'phu-luc.pdf', pdfWith('Phu luc danh muc tai san')));
    const attached = await w.clerk.post(`/api/v1/documents/${d.id}/files`, { fileId: pdf.id });
    expect(attached.statusCode, attached.body).toBe(201);
    expect(json<Files>(attached).data).toMatchObject([{ id: pdf.id, name: 'phu-luc.pdf', mime: 'application/pdf' }]);
    expect(json<DocumentDetail>(await w.clerk.get(`/api/v1/documents/${d.id}`)).files.map((f) => f.id)).toEqual([pdf.id]);
    expect(json<{ data: Array<{ id: string }> }>(await w.clerk.get('/api/v1/search?q=danh muc tai san')).data.map((h) => h.id)).toContain(d.id);

    const foreign = json<{ id: string }>(await upload(w.outsider, w.other.id, 'khac.pdf', pdfWith('Khac')));
    const audits = await auditCount(t);
    const again = await w.clerk.post(`/api/v1/documents/${d.id}/files`, { fileId: pdf.id });
    expect([again.statusCode, json(again).code]).toEqual([409, 'document.file_already_attached']);
    const refused = await w.clerk.post(`/api/v1/documents/${d.id}/files`, { fileId: foreign.id });
    expect([refused.statusCode, json(refused).code]).toEqual([422, 'resource.reference_invalid']);
    expect(await auditCount(t)).toBe(audits);

    const detached = await w.clerk.delete(`/api/v1/documents/${d.id}/files/${pdf.id}`);
    expect(json<Files>(detached).data).toEqual([]);

    // The signed scan of an issued document is attached after issue, and stays.
    const issued = json<DocumentDetail>(await issue(w.clerk, await makeSigned(w.clerk, plan('Kế hoạch đã ban hành'))));
    const scan = json<{ id: string }>(await upload(w.clerk, w.committee.id, 'ban-ky.pdf', pdfWith('Ban ky')));
    expect((await w.clerk.post(`/api/v1/documents/${issued.id}/files`, { fileId: scan.id })).statusCode).toBe(201);
    const frozen = await w.clerk.delete(`/api/v1/documents/${issued.id}/files/${scan.id}`);
    expect([frozen.statusCode, json(frozen).code]).toEqual([409, 'document.state_forbids']);
    expect(json<DocumentDetail>(await w.clerk.get(`/api/v1/documents/${issued.id}`)).files.map((f) => f.id)).toEqual([scan.id]);
  });
});
