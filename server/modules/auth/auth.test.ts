import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, Client, type TestApp, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import { DEFAULT_THROTTLE } from './auth.throttle.ts';

let t: TestApp;
let orgId: string;
beforeAll(async () => {
  t = await startTestApp();
  orgId = (await makeOrganization(t.admin)).id;
});
afterAll(() => t.close());

describe('log in and sessions', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and answers who I am', async () => {
    const c = new Client(t.app);
    const res = await c.post('/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((k) => k.name === 'congtac_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(json(await c.get('/api/v1/auth/me'))).toMatchObject({ username: 'admin', isSystemAdmin: true });
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('lets a script log in without an Origin header, but not from a foreign origin', async () => {
    const script = await new Client(t.app).request('POST', '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD }, { origin: '' });
    expect(script.statusCode).toBe(200);
    const foreign = await new Client(t.app).request('POST', '/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD }, { origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
  });

  it('answers 401 in the requested language without a session', async () => {
    const vi = await t.anonymous().get('/api/v1/organizations');
    expect(vi.statusCode).toBe(401);
    expect(json(vi)).toMatchObject({ code: 'auth.required', title: 'Bạn cần đăng nhập.' });
    const en = await t.anonymous().get('/api/v1/organizations', { 'accept-language': 'en-US,en;q=0.9' });
    expect(json(en).title).toBe('You need to log in.');
  });

  it('refuses a cookie-borne write from a foreign origin and changes nothing', async () => {
    const before = json<{ meta: { total: number } }>(await t.admin.get('/api/v1/organizations?includeTotal=true')).meta.total;
    const res = await t.admin.request('POST', '/api/v1/organizations', { parentId: null, kind: 'agency', name: 'Cơ quan lạ' }, { origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(json(res).code).toBe('auth.origin_rejected');
    const after = json<{ meta: { total: number } }>(await t.admin.get('/api/v1/organizations?includeTotal=true')).meta.total;
    expect(after).toBe(before);
  });

  it('slows an account after repeated failures from one address instead of locking it', async () => {
    const u = await makeUser(t.admin, [{ role: 'member', organizationId: orgId }]);
    const c = new Client(t.app);
    for (let i = 0; i < DEFAULT_THROTTLE.pairFree; i++) {
      const bad = await c.post('/api/v1/auth/login', { username: u.username, password: 'wrong-password-1' });
      expect(bad.statusCode).toBe(401);
      expect(json(bad).code).toBe('auth.invalid_credentials');
    }
    // The next try from the same address waits a second (auth.throttle.test.ts: the delays, the other addresses).
    const slowed = await c.post('/api/v1/auth/login', { username: u.username, password: u.password });
    expect(slowed.statusCode).toBe(429);
    expect(json(slowed)).toMatchObject({ code: 'auth.throttled', retryAfter: 1 });
    expect(slowed.headers['retry-after']).toBe('1');
    // Another account from the same address is not slowed by this one's failures.
    expect((await c.post('/api/v1/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).statusCode).toBe(200);
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    const u = await makeUser(t.admin, [{ role: 'member', organizationId: orgId }]);
    const a = await new Client(t.app).login(u.username, u.password);
    const b = await new Client(t.app).login(u.username, u.password);
    const weak = await a.post('/api/v1/auth/password', { currentPassword: u.password, newPassword: 'short' });
    expect(json(weak).code).toBe('auth.weak_password');
    const wrong = await a.post('/api/v1/auth/password', { currentPassword: 'nope-nope-1', newPassword: 'mat-khau-moi-2026' });
    expect(json(wrong).code).toBe('auth.wrong_password');
    expect((await a.post('/api/v1/auth/password', { currentPassword: u.password, newPassword: 'mat-khau-moi-2026' })).statusCode).toBe(204);
    expect((await a.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await b.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await new Client(t.app).post('/api/v1/auth/login', { username: u.username, password: u.password })).statusCode).toBe(401);
    await new Client(t.app).login(u.username, 'mat-khau-moi-2026');
  });

  it('a disabled account cannot log in and its sessions end', async () => {
    const u = await makeUser(t.admin, [{ role: 'member', organizationId: orgId }]);
    const c = await new Client(t.app).login(u.username, u.password);
    expect((await t.admin.post(`/api/v1/users/${u.id}/disable`)).statusCode).toBe(200);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await new Client(t.app).post('/api/v1/auth/login', { username: u.username, password: u.password })).statusCode).toBe(401);
    expect((await t.admin.post(`/api/v1/users/${u.id}/enable`)).statusCode).toBe(200);
    await new Client(t.app).login(u.username, u.password);
  });
});

describe('personal API tokens', () => {
  it('authenticates a bearer token without Origin, shows the secret once, and stops after revocation', async () => {
    const created = await t.admin.post('/api/v1/auth/tokens', { name: 'Tích hợp thử', expiresOn: null });
    expect(created.statusCode).toBe(201);
    const { id, token } = json<{ id: string; token: string }>(created);
    expect(token).toMatch(/^ct_/);
    const bearer = new Client(t.app, undefined, { authorization: `Bearer ${token}`, origin: '' });
    expect(json(await bearer.get('/api/v1/auth/me')).username).toBe('admin');
    const write = await bearer.request('POST', '/api/v1/organizations', { parentId: null, kind: 'agency', name: 'Cơ quan qua API' }, { origin: 'https://elsewhere.example' });
    expect(write.statusCode).toBe(201);
    const listed = json<{ data: Record<string, unknown>[] }>(await t.admin.get('/api/v1/auth/tokens'));
    expect(listed.data.find((x) => x.id === id)).not.toHaveProperty('token');
    expect((await t.admin.delete(`/api/v1/auth/tokens/${id}`)).statusCode).toBe(204);
    expect((await bearer.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await t.anonymous().get('/api/v1/auth/me', { authorization: 'Bearer ct_forged' })).statusCode).toBe(401);
  });
});
