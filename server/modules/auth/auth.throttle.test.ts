import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, ORIGIN, type TestApp, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import { buildApp } from '../../app.ts';
import { ConfigError, loadConfig } from '../../config.ts';
import { DEFAULT_THROTTLE } from './auth.throttle.ts';

let t: TestApp;
let orgId: string;
beforeAll(async () => {
  t = await startTestApp();
  orgId = (await makeOrganization(t.admin)).id;
});
afterAll(() => t.close());

/** A log-in from a given TCP peer, with optional extra headers (X-Forwarded-For). */
function attempt(username: string, password: string, remoteAddress: string, headers: Record<string, string> = {}, app: FastifyInstance = t.app) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    headers: { host: 'localhost:80', origin: ORIGIN, ...headers },
    payload: { username, password },
  });
}

/** Moves every recorded attempt of the account back in time, as if the client had waited. */
async function wait(username: string, seconds: number) {
  await t.database.db
    .updateTable('loginAttempts')
    .set({ at: sql<string>`at - make_interval(secs => ${seconds})` })
    .where(sql<string>`lower(username)`, '=', username.toLowerCase())
    .execute();
}

function expectThrottled(res: LightMyRequestResponse, seconds: number) {
  expect(res.statusCode).toBe(429);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  expect(json(res)).toMatchObject({ code: 'auth.throttled', retryAfter: seconds });
  expect(res.headers['retry-after']).toBe(String(seconds));
}

const member = () => makeUser(t.admin, [{ role: 'member', organizationId: orgId }]);

describe('log-in throttling per (account, address) with growing delays', () => {
  it('makes the failing pair wait 1 s, 2 s, 4 s while the real user logs in from elsewhere', async () => {
    const u = await member();
    const attacker = '203.0.113.7';
    for (let i = 0; i < DEFAULT_THROTTLE.pairFree; i++) expect((await attempt(u.username, 'sai-mat-khau', attacker)).statusCode).toBe(401);
    // Within its delay even the right password is not tried: guessing gains nothing by hammering.
    expectThrottled(await attempt(u.username, u.password, attacker), 1);
    await wait(u.username, 1);
    expect((await attempt(u.username, 'sai-mat-khau', attacker)).statusCode).toBe(401);
    expectThrottled(await attempt(u.username, 'sai-mat-khau', attacker), 2);
    await wait(u.username, 2);
    expect((await attempt(u.username, 'sai-mat-khau', attacker)).statusCode).toBe(401);
    expectThrottled(await attempt(u.username, 'sai-mat-khau', attacker), 4);

    expect((await attempt(u.username, u.password, '198.51.100.20')).statusCode).toBe(200);
    // A user who mistyped from that address gets in once the delay has passed, and the slate is clean.
    await wait(u.username, 4);
    expect((await attempt(u.username, u.password, attacker)).statusCode).toBe(200);
    expect((await attempt(u.username, 'sai-mat-khau', attacker)).statusCode).toBe(401);
  });

  it('caps the delay of a pair', async () => {
    const u = await member();
    const rows = Array.from({ length: 20 }, () => ({ username: u.username, ip: '203.0.113.8', success: false }));
    await t.database.db.insertInto('loginAttempts').values(rows).execute();
    expectThrottled(await attempt(u.username, u.password, '203.0.113.8'), DEFAULT_THROTTLE.pairCap);
  });
});

describe('the account limit across addresses lets the real user in', () => {
  it('slows unknown addresses after many failures but never the addresses the user logs in from', async () => {
    const u = await member();
    expect((await attempt(u.username, u.password, '192.0.2.10')).statusCode).toBe(200);
    for (let i = 0; i < DEFAULT_THROTTLE.accountFree; i++) {
      expect((await attempt(u.username, 'sai-mat-khau', `203.0.114.${i + 1}`)).statusCode).toBe(401);
    }
    // A new address, right password: a short wait (1 s here), then it is let in.
    expectThrottled(await attempt(u.username, u.password, '198.51.100.30'), 1);
    expect((await attempt(u.username, u.password, '192.0.2.10')).statusCode).toBe(200);
    await wait(u.username, 1);
    expect((await attempt(u.username, u.password, '198.51.100.30')).statusCode).toBe(200);
  });

  it('does not let strangers lock the administrator out', async () => {
    for (let i = 0; i < 40; i++) {
      const res = await attempt('admin', 'doan-mo-mat-khau', `203.0.115.${(i % 20) + 1}`);
      expect([401, 429]).toContain(res.statusCode);
    }
    const fresh = await attempt('admin', ADMIN_PASSWORD, '198.51.100.40');
    expect(fresh.statusCode).toBe(429);
    expect(Number(fresh.headers['retry-after'])).toBeLessThanOrEqual(DEFAULT_THROTTLE.accountCap);
    await wait('admin', DEFAULT_THROTTLE.accountCap);
    expect((await attempt('admin', ADMIN_PASSWORD, '198.51.100.40')).statusCode).toBe(200);
    for (let i = 0; i < 40; i++) await attempt('admin', 'doan-mo-mat-khau', `203.0.116.${(i % 20) + 1}`);
    // The test harness logged in as admin from app.inject's default peer, 127.0.0.1: a known address, never slowed.
    expect((await attempt('admin', ADMIN_PASSWORD, '127.0.0.1')).statusCode).toBe(200);
  });
});

describe('the address limit across accounts (an office behind one NAT address)', () => {
  it('slows the address that sprays accounts, never a user there who has not failed', async () => {
    const nat = '100.64.0.1';
    const victims = await Promise.all([member(), member()]);
    for (let i = 0; i < DEFAULT_THROTTLE.addressFree; i++) {
      expect((await attempt(`khong-co-${i}`, 'sai-mat-khau', nat)).statusCode).toBe(401);
    }
    const [a, b] = victims;
    if (!a || !b) throw new Error('no users');
    expect((await attempt(a.username, 'sai-mat-khau', nat)).statusCode).toBe(401);
    // Over the address limit, one failure of a pair is enough to make it wait.
    expectThrottled(await attempt(a.username, a.password, nat), 1);
    // A colleague behind the same address who has not failed logs in.
    expect((await attempt(b.username, b.password, nat)).statusCode).toBe(200);
  });
});

describe('the recorded address: X-Forwarded-For only from a trusted proxy', () => {
  async function recorded(res: LightMyRequestResponse) {
    expect(res.statusCode).toBe(200);
    const userId = json<{ userId: string }>(res).userId;
    const session = await t.database.db.selectFrom('sessions').select('ip').where('userId', '=', userId).orderBy('createdAt', 'desc').executeTakeFirstOrThrow();
    const audit = await t.database.db.selectFrom('auditLog').select('after').where('action', '=', 'auth.login').where('entityId', '=', userId).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect((audit.after as { ip: string }).ip).toBe(session.ip);
    return session.ip;
  }

  it('keeps the peer address when the peer is not trusted, and takes the header from a trusted proxy', async () => {
    const u = await member();
    const spoof = { 'x-forwarded-for': '8.8.8.8' };
    expect(await recorded(await attempt(u.username, u.password, '192.0.2.50', spoof))).toBe('192.0.2.50');

    const env = { ...process.env, LOG_LEVEL: 'silent', SEED_DEMO: 'never', PUBLIC_URL: 'https://congtac.example' };
    // PUBLIC_URL alone does not make any peer a proxy.
    const publicOnly = await buildApp(loadConfig(env), t.database);
    try {
      expect(await recorded(await attempt(u.username, u.password, '192.0.2.51', spoof, publicOnly))).toBe('192.0.2.51');
    } finally {
      await publicOnly.close();
    }
    const proxied = await buildApp(loadConfig({ ...env, TRUST_PROXY: '10.0.0.0/8, 192.0.2.60' }), t.database);
    try {
      expect(await recorded(await attempt(u.username, u.password, '10.1.2.3', { 'x-forwarded-for': '198.51.100.77' }, proxied))).toBe('198.51.100.77');
      expect(await recorded(await attempt(u.username, u.password, '192.0.2.60', { 'x-forwarded-for': '198.51.100.78' }, proxied))).toBe('198.51.100.78');
      expect(await recorded(await attempt(u.username, u.password, '192.0.2.61', spoof, proxied))).toBe('192.0.2.61');
    } finally {
      await proxied.close();
    }
  });

  it('refuses a TRUST_PROXY that is not a list of addresses', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(ConfigError);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.1 , ::1, fd00::/8 ' }).trustedProxies).toEqual(['10.0.0.1', '::1', 'fd00::/8']);
    expect(loadConfig({}).trustedProxies).toEqual([]);
  });
});
