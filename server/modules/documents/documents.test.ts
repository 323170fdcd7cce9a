import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { json, testWorld } from '../../../test/app.ts';
import { issue, makeDocument, makeSigned, makeTerm, makeWorld } from './documents.fixtures.ts';
import type { DocumentDetail } from './documents.schema.ts';

const { t, w } = testWorld(makeWorld);

const auditCount = async () => Number((await t.database.db.selectFrom('auditLog').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const docCount = async () => Number((await t.database.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('document types and numbering rules as data', () => {
  it('seeds both regimes with their abbreviations, case kept, and legal bases', async () => {
    const admin = json<{ data: Array<{ key: string; abbreviation: string | null; legalBasis: string | null; certainty: string }> }>(
      await w.clerk.get('/api/v1/document-types?regime=administrative'));
    const abbr = Object.fromEntries(admin.data.map((x) => [x.key, x.abbreviation]));
    expect(abbr).toMatchObject({ quy_dinh: 'QyĐ', chuong_trinh: 'CTr', to_trinh: 'TTr', de_an: 'ĐA', du_an: 'DA', cong_van: null, thu_cong: null });
    expect(admin.data).toHaveLength(29);
    expect(admin.data.every((x) => x.legalBasis === '30/2020/NĐ-CP' && x.certainty === 'V')).toBe(true);
    const party = json<{ data: Array<{ key: string; abbreviation: string | null; certainty: string }> }>(await w.clerk.get('/api/v1/document-types?regime=party'));
    expect(party.data.find((x) => x.key === 'quy_dinh')?.abbreviation).toBe('QĐi');
    expect(party.data.find((x) => x.key === 'bien_ban')?.certainty).toBe('U');
    const rules = json<{ data: Array<{ regime: string; period: string; secretSeparate: boolean; legalBasis: string }> }>(await w.clerk.get('/api/v1/numbering-rules'));
    expect(rules.data).toEqual(expect.arrayContaining([
      expect.objectContaining({ regime: 'administrative', period: 'year', secretSeparate: true, legalBasis: '30/2020/NĐ-CP' }),
      expect.objectContaining({ regime: 'party', period: 'term', secretSeparate: false, legalBasis: '36-HD/VPTW' }),
    ]));
  });
});

describe('drafts, versions and the state machine', () => {
  it('keeps each changed text as a version and diffs two of them by paragraph', async () => {
    const d = await makeDocument(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.ke_hoach'], body: 'Điều 1. Mục đích\nĐiều 2. Yêu cầu' });
    expect(d).toMatchObject({ state: 'draft', regime: 'administrative', typeAbbreviation: 'KH', versions: [{ versionNo: 1 }], printedNumber: null });
    const edited = json<DocumentDetail>(await w.clerk.patch(`/api/v1/documents/${d.id}`, { version: d.version, body: 'Điều 1. Mục đích\nĐiều 2. Yêu cầu cụ thể\nĐiều 3. Tổ chức', versionNote: 'Sau góp ý' }));
    expect(edited.versions.map((v) => v.versionNo)).toEqual([1, 2]);
    const same = json<DocumentDetail>(await w.clerk.patch(`/api/v1/documents/${d.id}`, { version: edited.version, summary: 'Kế hoạch tổ chức hội nghị' }));
    expect(same.versions).toHaveLength(2);
    const diff = json(await w.clerk.get(`/api/v1/documents/${d.id}/diff?from=1&to=2`));
    expect(diff).toMatchObject({ added: 2, removed: 1, unchanged: 1, parts: [{ op: 'equal' }, { op: 'removed', lines: ['Điều 2. Yêu cầu'] }, { op: 'added' }] });
    expect(json(await w.clerk.get(`/api/v1/documents/${d.id}/versions/1`))).toMatchObject({ body: 'Điều 1. Mục đích\nĐiều 2. Yêu cầu' });
    expect((await w.clerk.get(`/api/v1/documents/${d.id}/diff?from=1&to=9`)).statusCode).toBe(404);
    const stale = await w.clerk.patch(`/api/v1/documents/${d.id}`, { version: d.version, summary: 'x' });
    expect(stale.statusCode).toBe(409);
  });

  it('moves draft -> submitted -> signed, returns with a reason, and refuses edits outside draft', async () => {
    const d = await makeDocument(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.bao_cao'] });
    const sub = json<DocumentDetail>(await w.clerk.post(`/api/v1/documents/${d.id}/transitions`, { version: d.version, action: 'submit' }));
    expect(sub.state).toBe('submitted');
    const edit = await w.clerk.patch(`/api/v1/documents/${d.id}`, { version: sub.version, summary: 'x' });
    expect(json(edit)).toMatchObject({ code: 'document.state_forbids' });
    expect((await w.clerk.post(`/api/v1/documents/${d.id}/transitions`, { version: sub.version, action: 'return' })).statusCode).toBe(400);
    const back = json<DocumentDetail>(await w.clerk.post(`/api/v1/documents/${d.id}/transitions`, { version: sub.version, action: 'return', note: 'Bổ sung số liệu' }));
    expect(back.state).toBe('draft');
    expect(back.events.map((e) => e.kind)).toEqual(['created', 'submit', 'return']);
  });

  it('refuses bad input with stable codes and writes nothing', async () => {
    const [docs, audits] = [await docCount(), await auditCount()];
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ typeId: w.types['administrative.cong_van'] }, 422, 'document.unit_code_required'],
      [{ typeId: w.types['administrative.quyet_dinh'], issuerCode: 'VP QH' }, 422, 'document.code_invalid'],
      [{ typeId: w.types['administrative.quyet_dinh'], secrecy: 'toi_mat' }, 422, 'document.clearance_exceeded'],
      [{ typeId: '00000000-0000-4000-8000-000000000000' }, 422, 'document.type_unknown'],
      [{ typeId: w.types['administrative.quyet_dinh'], relations: [{ documentId: '00000000-0000-4000-8000-000000000000', kind: 'amends' }] }, 422, 'document.relation_invalid'],
      [{ typeId: w.types['administrative.quyet_dinh'], urgency: 'rat_khan' }, 400, 'request.invalid'],
    ];
    for (const [body, status, code] of cases) {
      const res = await w.clerk.post('/api/v1/documents', { organizationId: w.committee.id, summary: 'x', issuerCode: 'VPQH', ...body }, { 'accept-language': 'en' });
      expect([res.statusCode, json(res).code], JSON.stringify(body)).toEqual([status, code]);
      expect(json<{ title: string }>(res).title).toMatch(/[a-z]/);
    }
    const vi = await w.clerk.post('/api/v1/documents', { organizationId: w.committee.id, summary: 'x', issuerCode: 'VPQH', typeId: w.types['administrative.cong_van'] });
    expect(json<{ title: string }>(vi).title).toContain('Công văn cần');
    expect([await docCount(), await auditCount()]).toEqual([docs, audits]);
  });

  it('keeps abbreviations in one Unicode form, whatever the keyboard sent', async () => {
    const d = await makeDocument(w.clerk, { organizationId: w.committee.id, typeId: w.types['party.thong_bao'], issuerCode: 'ĐUK'.normalize('NFD') + 'Ơ'.normalize('NFD') });
    expect(d.issuerCode).toBe('ĐUKƠ');
  });
});

describe('issuing: number and symbol by the rules, the outgoing register', () => {
  it('numbers administrative documents per type and year from 01, secret ones apart, công văn with the unit', async () => {
    const qd = w.types['administrative.quyet_dinh'];
    const symbols: string[] = [];
    for (const secrecy of ['none', 'none', 'mat', 'none']) {
      const d = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: qd, secrecy });
      symbols.push(json<DocumentDetail>(await issue(w.clerk, d)).symbol ?? '');
    }
    expect(symbols).toEqual(['01/QĐ-VPQH', '02/QĐ-VPQH', '01/QĐ-VPQH', '03/QĐ-VPQH']);
    const cv = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.cong_van'], unitCode: 'TH' });
    const issued = json<DocumentDetail>(await issue(w.clerk, cv));
    expect(issued).toMatchObject({ symbol: '01/VPQH-TH', printedNumber: 'Số: 01/VPQH-TH', state: 'issued', issuedOn: '2026-03-02' });
    const nextYear = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: qd });
    expect(json<DocumentDetail>(await issue(w.clerk, nextYear, '2027-01-04')).symbol).toBe('01/QĐ-VPQH');
  });

  it('numbers party documents per type over the term; secret ones continue the sequence; a new term restarts', async () => {
    const qd = w.types['party.quyet_dinh'];
    const noTerm = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: qd, issuerCode: 'ĐU' });
    const refused = await issue(w.clerk, noTerm);
    expect([refused.statusCode, json(refused).code]).toEqual([422, 'document.term_missing']);
    await makeTerm(t.admin, w.committee.id, 1, '2020-06-30', 2020);
    const a = json<DocumentDetail>(await issue(w.clerk, json<DocumentDetail>(await w.clerk.get(`/api/v1/documents/${noTerm.id}`))));
    const secret = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: qd, issuerCode: 'ĐU', secrecy: 'mat', authority: 'TM', authorityFor: 'ĐẢNG ỦY' });
    const b = json<DocumentDetail>(await issue(w.clerk, secret, '2026-05-02'));
    expect([a.symbol, b.symbol, b.printedNumber, b.authorityLabel]).toEqual(['01-QĐ/ĐU', '02-QĐ/ĐU', 'Số 02-QĐ/ĐU', 'T/M']);
    await makeTerm(t.admin, w.committee.id, 2, '2026-06-30', 2025);
    const c = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: qd, issuerCode: 'ĐU' });
    expect(json<DocumentDetail>(await issue(w.clerk, c, '2026-07-15')).symbol).toBe('01-QĐ/ĐU');
  });

  it('refuses a second issue, keeps the number, and records recall and correction without deleting', async () => {
    const d = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.thong_bao'] });
    const first = json<DocumentDetail>(await issue(w.clerk, d));
    const again = await issue(w.clerk, first);
    expect([again.statusCode, json(again).code]).toEqual([409, 'document.already_issued']);
    const stale = await issue(w.clerk, d);
    expect(stale.statusCode).toBe(409);
    const corrected = json<DocumentDetail>(await w.clerk.post(`/api/v1/documents/${d.id}/transitions`, { version: first.version, action: 'correct', note: 'Đính chính ngày họp' }));
    const recalled = json<DocumentDetail>(await w.clerk.post(`/api/v1/documents/${d.id}/transitions`, { version: corrected.version, action: 'recall', note: 'Thu hồi' }));
    expect(recalled).toMatchObject({ state: 'recalled', symbol: first.symbol });
    expect(recalled.events.map((e) => e.kind)).toEqual(['created', 'submit', 'sign', 'issued', 'correct', 'recall']);
    const reissue = await issue(w.clerk, recalled);
    expect(json(reissue).code).toBe('document.already_issued');
    const unsigned = await makeDocument(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.thong_bao'] });
    expect(json(await issue(w.clerk, unsigned)).code).toBe('document.state_forbids');
  });

  it('writes the outgoing register, which only the clerk may complete', async () => {
    const d = await makeSigned(w.secretary, { organizationId: w.cell.id, typeId: w.types['party.bao_cao'], issuerCode: 'CB', recipients: ['Đảng ủy', 'Lưu'] });
    await makeTerm(t.admin, w.cell.id, 1, '2025-05-10', 2025);
    expect(json<DocumentDetail>(await issue(w.secretary, d, '2026-03-02')).symbol).toBe('01-BC/CB');
    const page = json<{ data: Array<{ id: string; symbol: string; recipients: string; version: number; signerName: string }> }>(
      await w.clerk.get(`/api/v1/outgoing-register?organizationId=${w.cell.id}&year=2026`));
    expect(page.data).toEqual([expect.objectContaining({ symbol: '01-BC/CB', recipients: 'Đảng ủy; Lưu', signerName: 'Nguyễn Văn A' })]);
    const entry = page.data[0]!;
    const bySecretary = await w.secretary.patch(`/api/v1/outgoing-register/${entry.id}`, { version: entry.version, copies: 3 });
    // The cell secretary reads the register but does not keep it.
    expect([bySecretary.statusCode, json(bySecretary).code]).toEqual([403, 'register.no_permission']);
    const ok = await w.clerk.patch(`/api/v1/outgoing-register/${entry.id}`, { version: entry.version, copies: 3, sentOn: '2026-03-02', fileCopyHolder: 'Văn phòng Đảng ủy' });
    expect(json(ok)).toMatchObject({ copies: 3, sentOn: '2026-03-02', version: entry.version + 1 });
    expect((await w.outsider.patch(`/api/v1/outgoing-register/${entry.id}`, { version: entry.version + 1, copies: 4 })).statusCode).toBe(404);
    const month = json<{ data: unknown[] }>(await w.clerk.get('/api/v1/outgoing-register?month=2026-03'));
    expect(month.data.length).toBeGreaterThan(3);
  });
});

describe('printing', () => {
  it('prints a document in the layout of its regime', async () => {
    const d = await makeSigned(w.clerk, {
      organizationId: w.cell.id, typeId: w.types['party.nghi_quyet'], issuerCode: 'CB', summary: 'về nhiệm vụ năm 2026', body: 'Chi bộ quyết nghị:\nThực hiện tốt nhiệm vụ.',
      recipients: ['Đảng ủy cơ quan', 'Lưu chi bộ'], authority: 'TM', authorityFor: 'Chi bộ', signerTitle: 'Bí thư', urgency: 'khan', secrecy: 'mat',
    });
    const issued = json<DocumentDetail>(await issue(w.clerk, d, '2026-03-02'));
    const res = await w.clerk.get(`/api/v1/documents/${issued.id}/print.docx`);
    expect(res.statusCode).toBe(200);
    const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
    for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'CHI BỘ VỤ TỔNG HỢP', 'Số 01-NQ/CB', 'ngày 02 tháng 3 năm 2026', 'MẬT', 'KHẨN', 'NGHỊ QUYẾT',
      'Thực hiện tốt nhiệm vụ.', 'Nơi nhận:', '- Lưu chi bộ.', 'T/M CHI BỘ', 'BÍ THƯ', 'Nguyễn Văn A']) {
      expect(text, s).toContain(s);
    }
    const cv = await makeDocument(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.cong_van'], unitCode: 'TH', summary: 'đôn đốc báo cáo' });
    const draft = (await mammoth.extractRawText({ buffer: (await w.clerk.get(`/api/v1/documents/${cv.id}/print.docx`)).rawPayload })).value;
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'V/v đôn đốc báo cáo']) expect(draft, s).toContain(s);
  });
});

describe('clearance and scope', () => {
  it('hides classified documents above the clearance in lists and by id, and out-of-scope ones', async () => {
    const secret = await makeDocument(t.admin, { organizationId: w.committee.id, typeId: w.types['administrative.de_an'], secrecy: 'toi_mat', summary: 'Đề án tối mật về nhân sự' });
    const normal = await makeDocument(t.admin, { organizationId: w.committee.id, typeId: w.types['administrative.de_an'], summary: 'Đề án công khai về nhân sự' });
    expect((await w.clerk.get(`/api/v1/documents/${secret.id}`)).statusCode).toBe(404);
    expect((await w.clerk.get(`/api/v1/documents/${normal.id}`)).statusCode).toBe(200);
    const list = json<{ data: Array<{ id: string }> }>(await w.clerk.get('/api/v1/documents?q=de an&limit=200'));
    expect(list.data.map((d) => d.id)).toEqual([normal.id]);
    expect((await w.outsider.get(`/api/v1/documents/${normal.id}`)).statusCode).toBe(404);
    expect((await w.secretary.get(`/api/v1/documents/${normal.id}`)).statusCode).toBe(404);
  });

  it('publishes every route of the module in the API description', async () => {
    const doc = json<{ paths: Record<string, unknown> }>(await t.admin.get('/api/openapi.json'));
    for (const p of ['/api/v1/documents', '/api/v1/documents/{id}/issue', '/api/v1/incoming', '/api/v1/outgoing-register', '/api/v1/search', '/api/v1/files', '/api/v1/letters', '/api/v1/comment-rounds/{id}/table.docx', '/api/v1/correspondence/statistics']) {
      expect(doc.paths, p).toHaveProperty([p]);
    }
  });
});

describe('rules kept by the administrator', () => {
  it('adds a type, and a numbering rule from a date that closes the previous one', async () => {
    const body = { regime: 'administrative', key: 'giay_xac_nhan', abbreviation: 'GXN', name: 'Giấy xác nhận', certainty: 'U' };
    expect((await w.clerk.post('/api/v1/document-types', body)).statusCode).toBe(403);
    expect((await t.admin.post('/api/v1/document-types', { ...body, abbreviation: 'G X' })).statusCode).toBe(400);
    const type = json<{ id: string }>(await t.admin.post('/api/v1/document-types', body));
    const gxn = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: type.id });
    expect(json<DocumentDetail>(await issue(w.clerk, gxn)).symbol).toBe('01/GXN-VPQH');
    expect((await t.admin.post('/api/v1/document-types', body)).statusCode).toBe(409);

    const rule = { regime: 'administrative', period: 'year', perType: false, secretSeparate: true, padWidth: 2, validFrom: '2028-01-01', certainty: 'V', note: 'Một dãy số chung' };
    expect((await t.admin.post('/api/v1/numbering-rules', rule)).statusCode).toBe(201);
    const rules = json<{ data: Array<{ regime: string; validFrom: string; validTo: string | null }> }>(await w.clerk.get('/api/v1/numbering-rules')).data;
    expect(rules.filter((r) => r.regime === 'administrative').map((r) => [r.validFrom, r.validTo])).toEqual([['2020-03-05', '2027-12-31'], ['2028-01-01', null]]);
    const symbols: string[] = [];
    for (const key of ['quyet_dinh', 'thong_bao']) {
      const d = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: w.types[`administrative.${key}`] });
      symbols.push(json<DocumentDetail>(await issue(w.clerk, d, '2028-01-05')).symbol ?? '');
    }
    expect(symbols).toEqual(['01/QĐ-VPQH', '02/TB-VPQH']);
    const kind = await t.admin.request('PUT', '/api/v1/letter-kinds/reflection', { deadlineDays: 10, certainty: 'U', note: 'Quy chế mới' });
    expect(json(kind)).toMatchObject({ kind: 'reflection', deadlineDays: 10 });
  });
});

