import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, makeOrganization, startTestApp } from '../../test/app.ts';
import { latestSchemaVersion } from '../db/migrate.ts';

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
