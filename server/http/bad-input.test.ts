import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type TestApp, json, makeOrganization, startTestApp } from '../../test/app.ts';
import { latestSchemaVersion } from '../db/migrate.ts';
import { upload } from '../modules/documents/documents.fixtures.ts';

let t: TestApp;
let org: { id: string; version: number };
let auditRows: () => Promise<number>;

beforeAll(async () => {
  t = await startTestApp();
  org = await makeOrganization(t.admin, { name: 'Đảng bộ Kiểm thử' });
  auditRows = async () => (await t.database.db.selectFrom('auditLog').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
});
afterAll(() => t.close());

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  const body = JSON.parse(res.body) as { code: string; title: string; status: number };
  expect(body).toMatchObject({ status, code });
  expect(body.title.length).toBeGreaterThan(3);
  expect(res.body).not.toMatch(/at .*\.ts:\d+/); // never a stack trace
  return body;
}

describe('bad input answers 4xx problem+json and changes nothing', () => {
  it('names an invalid field in words, in the field error and in the detail', async () => {
    const res = await t.admin.patch(`/api/v1/organizations/${org.id}`, { version: 'một', name: 'Đảng bộ Mới' });
    const body = expectProblem(res, 400, 'request.invalid') as unknown as { detail: string; errors: { field: string; label?: string }[] };
    expect(body.errors[0]).toMatchObject({ field: 'body.version', label: 'Phiên bản' });
    expect(body.detail).toMatch(/^Dữ liệu gửi lên không hợp lệ\. Phiên bản: /);
    expect(body.detail).not.toContain('body.version');
    const en = json<{ detail: string; errors: { label?: string }[] }>(await t.admin.request('PATCH', `/api/v1/organizations/${org.id}`, { version: 'one' }, { 'accept-language': 'en' }));
    expect(en.errors[0]?.label).toBe('Version');
    expect(en.detail).toMatch(/^The request data is not valid\. Version: /);
  });

  it('covers malformed JSON, wrong types, unknown fields, long strings, size limit, bad ids and impossible dates', async () => {
    const before = await auditRows();
    const raw = (payload: string, headers: Record<string, string> = {}) =>
      t.admin.request('POST', '/api/v1/organizations', payload, { 'content-type': 'application/json', ...headers });

    expectProblem(await raw('{"name": "x",'), 400, 'request.malformed_json');
    expectProblem(await raw(''), 400, 'request.malformed_json');

    const wrongType = expectProblem(await t.admin.post('/api/v1/organizations', { parentId: null, kind: 'agency', name: 42 }), 400, 'request.invalid') as unknown as { errors: { field: string; message: string }[] };
    expect(wrongType.errors[0]).toMatchObject({ field: 'body.name' });
    expect(wrongType.errors[0]?.message).toMatch(/mong đợi/); // Vietnamese by default

    const unknown = expectProblem(await t.admin.post('/api/v1/organizations', { parentId: null, kind: 'agency', name: 'Cơ quan', secret: 1 }), 400, 'request.invalid') as unknown as { errors: { field: string; code: string }[] };
    expect(unknown.errors[0]).toMatchObject({ field: 'body.secret', code: 'unrecognized_keys' });

    expectProblem(await t.admin.post('/api/v1/organizations', { parentId: null, kind: 'agency', name: 'x'.repeat(301) }), 400, 'request.invalid');
    expectProblem(await t.admin.post('/api/v1/organizations', { parentId: null, kind: 'kingdom', name: 'Vương quốc' }), 400, 'request.invalid');
    expectProblem(await raw(JSON.stringify({ parentId: null, kind: 'agency', name: 'a'.repeat(2_000_000) })), 413, 'request.body_too_large');

    expectProblem(await t.admin.get('/api/v1/organizations/not-a-uuid'), 400, 'request.invalid');
    expectProblem(await t.admin.get('/api/v1/organizations/00000000-0000-4000-8000-000000000000'), 404, 'resource.not_found');
    const date = expectProblem(await t.admin.post('/api/v1/organizations', { parentId: org.id, kind: 'department', name: 'Vụ X', foundedOn: '2025-02-31' }), 400, 'request.invalid') as unknown as { errors: { field: string; message: string }[] };
    expect(date.errors[0]).toMatchObject({ field: 'body.foundedOn', message: 'Ngày không tồn tại.' });
    expectProblem(await t.admin.get('/api/v1/organizations?limit=0'), 400, 'request.invalid');
    expectProblem(await t.admin.get('/api/v1/organizations?cursor=garbage'), 400, 'request.malformed');
    expectProblem(await t.admin.get('/api/v1/organizations?sort=password'), 400, 'request.invalid');
    expectProblem(await t.admin.get('/api/v1/nothing-here'), 404, 'route.not_found');
    expectProblem(await raw('<xml/>', { 'content-type': 'application/xml' }), 415, 'request.unsupported_media_type');

    const en = await t.admin.request('POST', '/api/v1/organizations', { parentId: null, kind: 'agency', name: 42 }, { 'accept-language': 'en' });
    expect(json<{ title: string; errors: { message: string }[] }>(en)).toMatchObject({ title: 'The request data is not valid.' });
    expect(json<{ errors: { message: string }[] }>(en).errors[0]?.message).toMatch(/expected string/);

    expect(await auditRows()).toBe(before);
    const list = json<{ meta: { total: number } }>(await t.admin.get('/api/v1/organizations?includeTotal=true'));
    expect(list.meta.total).toBe(1);
  });

  it('answers 409 with the current record to a stale version', async () => {
    expect((await t.admin.patch(`/api/v1/organizations/${org.id}`, { version: org.version, shortName: 'ĐB KT' })).statusCode).toBe(200);
    const res = await t.admin.patch(`/api/v1/organizations/${org.id}`, { version: org.version, shortName: 'lost' });
    const body = expectProblem(res, 409, 'resource.version_conflict') as unknown as { current: { shortName: string; version: number } };
    expect(body.current).toMatchObject({ shortName: 'ĐB KT', version: org.version + 1 });
  });
});

describe('text the database cannot hold, days out of range, empty patches: 400, never 500', () => {
  it('refuses a NUL or a lone surrogate in a body, a query or a path, login included', async () => {
    const before = await auditRows();
    const login = await t.anonymous().post('/api/v1/auth/login', { username: 'adm\u0000in', password: ADMIN_PASSWORD });
    expectProblem(login, 400, 'request.nul_character');
    expectProblem(await t.anonymous().post('/api/v1/auth/login', { username: 'admin', password: 'x\u0000' }), 400, 'request.nul_character');
    expectProblem(await t.admin.post('/api/v1/organizations', { parentId: null, kind: 'agency', name: 'Cơ quan\u0000' }), 400, 'request.nul_character');
    expectProblem(await t.admin.patch(`/api/v1/organizations/${org.id}`, { version: 99, shortName: 'A\u0000B' }), 400, 'request.nul_character');
    expectProblem(await t.admin.get('/api/v1/people?q=an%00'), 400, 'request.nul_character');
    expectProblem(await t.admin.get('/api/v1/organizations/%00'), 400, 'request.nul_character');
    const surrogate = await t.admin.request('POST', '/api/v1/organizations', '{"parentId":null,"kind":"agency","name":"C\\ud800"}', { 'content-type': 'application/json' });
    expectProblem(surrogate, 400, 'request.invalid_unicode');
    expectProblem(await upload(t.admin, org.id, 'to\u0000trinh.txt', Buffer.from('Nội dung')), 400, 'request.nul_character');
    // A well-formed pair (an emoji) is text like any other.
    expect((await t.admin.post('/api/v1/organizations', { parentId: null, kind: 'agency', name: 'Cơ quan 😀' })).statusCode).toBe(201);
    expect(await auditRows()).toBe(before + 1);
  });

  it('refuses days outside 1900..2100 where a deadline would overflow, and an empty patch', async () => {
    const far = await t.admin.post('/api/v1/letters', { organizationId: org.id, receivedOn: '9999-12-31', senderName: 'Lê Văn C', kind: 'reflection', summary: 'Phản ánh' });
    const body = expectProblem(far, 400, 'request.invalid') as unknown as { errors: { field: string; message: string }[] };
    expect(body.errors[0]).toMatchObject({ field: 'body.receivedOn', message: 'Ngày phải trong khoảng 1900-01-01 đến 2100-12-31.' });
    expectProblem(await t.admin.get('/api/v1/meetings/calendar?from=9999-12-01&to=9999-12-31'), 400, 'request.invalid');
    expect((await t.admin.post('/api/v1/letters', { organizationId: org.id, receivedOn: '2100-12-31', senderName: 'Lê Văn C', kind: 'reflection', summary: 'Phản ánh' })).statusCode).toBeLessThan(500);

    const types = json<{ data: { id: string; name: string }[] }>(await t.admin.get('/api/v1/document-types'));
    const type = types.data[0];
    if (!type) throw new Error('no document type seeded');
    const empty = expectProblem(await t.admin.patch(`/api/v1/document-types/${type.id}`, {}), 400, 'request.invalid') as unknown as { errors: { message: string }[] };
    expect(empty.errors[0]?.message).toBe('Không có trường nào cần sửa.');
    expect((await t.admin.patch(`/api/v1/document-types/${type.id}`, { name: type.name })).statusCode).toBe(200);
  });
});

describe('every error the server sends is problem+json', () => {
  it('answers routing errors, unknown methods and oversized parameters as problems', async () => {
    expectProblem(await t.admin.get('/api/v1/people/%ZZ'), 400, 'request.malformed');
    expectProblem(await t.admin.get(`/api/v1/people/${'x'.repeat(300)}`), 414, 'request.uri_too_long');
    expectProblem(await t.admin.request('PUT', '/api/v1/healthz-not'), 404, 'route.not_found');
    expectProblem(await t.admin.request('DELETE', '/api/v1/organizations'), 404, 'route.not_found');
    expectProblem(await t.admin.request('PROPFIND' as 'GET', '/api/v1/organizations'), 404, 'route.not_found');
    // Percent-escapes of invalid UTF-8 (an encoded lone surrogate) in a query or a path.
    for (const url of ['/api/v1/people?q=%ED%A0%80', '/api/v1/people?q=%C0%80', '/api/v1/organizations/%ED%A0%80', '/api/v1/people?q=%00']) {
      const res = await t.admin.get(url);
      expect(res.statusCode, url).toBeLessThan(500);
      if (res.statusCode >= 400) expect(String(res.headers['content-type']), url).toContain('application/problem+json');
    }
    expectProblem(await t.admin.request('POST', '/api/v1/organizations', 'x=1', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'request.unsupported_media_type');
  });

  it("answers what Node's HTTP parser refuses as problem+json on the socket", async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(address.port, '127.0.0.1', () => socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'));
      let data = '';
      socket.on('data', (d) => (data += d.toString()));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400, code: 'request.malformed' });
  });
});

describe('system endpoints', () => {
  it('healthz names the database kind and schema version; the OpenAPI document lists the routes', async () => {
    const health = json(await t.anonymous().get('/healthz'));
    expect(health).toEqual({ status: 'ok', database: process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite', schemaVersion: latestSchemaVersion });
    const spec = json<{ openapi: string; paths: Record<string, unknown> }>(await t.anonymous().get('/api/openapi.json'));
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/v1/organizations', '/api/v1/people/{id}/title', '/api/v1/auth/login']));
    expect((await t.anonymous().get('/api/docs/')).statusCode).toBe(200);
  });
});
