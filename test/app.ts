import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { Database } from '../server/db/client.ts';
import { hashPassword } from '../server/lib/secrets.ts';
import { fullName, personSortKey } from '../common/vietnamese.ts';
import type { Role } from '../server/lib/roles.ts';
import type { OrganizationKind } from '../common/enums.ts';
import { ensureAdmin } from '../server/modules/users/index.ts';
import { freshDatabase } from './db.ts';

export const ADMIN_PASSWORD = 'admin-test-password-1';
export const ORIGIN = 'http://localhost:80';

/** A logged-in HTTP client over app.inject: cookie kept, same-origin header sent on writes. */
export class Client {
  constructor(
    private readonly app: FastifyInstance,
    private cookie: string | undefined = undefined,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await this.app.inject({
      method,
      url,
      headers: {
        host: 'localhost:80',
        origin: ORIGIN,
        ...(this.cookie ? { cookie: `congtac_session=${this.cookie}` } : {}),
        ...this.headers,
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
    });
    const set = res.cookies.find((c) => c.name === 'congtac_session');
    if (set) this.cookie = set.value || undefined;
    return res;
  }
  get = (url: string, headers?: Record<string, string>) => this.request('GET', url, undefined, headers);
  post = (url: string, body?: unknown, headers?: Record<string, string>) => this.request('POST', url, body ?? {}, headers);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);

  async login(username: string, password: string) {
    const res = await this.post('/api/v1/auth/login', { username, password });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    return this;
  }
}

export const json = <T = Record<string, unknown>>(res: LightMyRequestResponse) => res.json<T>();

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  admin: Client;
  anonymous: () => Client;
  close(): Promise<void>;
}

/**
 * The real app on a fresh database (PGlite or PostgreSQL, see test/db.ts), or on `database` (migrated), with
 * `admin` logged in.
 */
export async function startTestApp(database?: Database): Promise<TestApp> {
  database ??= await freshDatabase();
  // The environment's settings (a test may stub DATA_DIR or FILE_MAX_BYTES), then the test's own.
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', ADMIN_PASSWORD, SEED_DEMO: 'never' });
  await ensureAdmin(database.db, ADMIN_PASSWORD);
  const app = await buildApp(config, database);
  await app.ready();
  const admin = await new Client(app).login('admin', ADMIN_PASSWORD);
  return {
    app,
    database,
    admin,
    anonymous: () => new Client(app),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

// ---- factories: defaults plus overrides, through the API so that every write is audited ----

export async function makeOrganization(
  client: Client,
  overrides: { parentId?: string | null; kind?: OrganizationKind; name?: string; foundedOn?: string } = {},
) {
  const res = await client.post('/api/v1/organizations', {
    parentId: null,
    kind: 'grassroots_committee',
    name: `Đảng bộ ${randomUUID().slice(0, 6)}`,
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`makeOrganization: ${res.statusCode} ${res.body}`);
  return json<{ id: string; path: string; version: number; name: string }>(res);
}

export async function makePerson(
  client: Client,
  organizationId: string,
  overrides: { familyName?: string; middleName?: string; givenName?: string } = {},
) {
  const res = await client.post('/api/v1/people', {
    familyName: 'Nguyễn',
    middleName: 'Văn',
    givenName: 'An',
    organizationId,
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`makePerson: ${res.statusCode} ${res.body}`);
  return json<{ id: string; fullName: string; version: number }>(res);
}

export async function makeUser(
  client: Client,
  grants: Array<{ role: Role; organizationId: string }>,
  overrides: { username?: string; password?: string; clearance?: number } = {},
) {
  const username = overrides.username ?? `user${randomUUID().slice(0, 8)}`;
  const password = overrides.password ?? 'mat-khau-2025';
  const res = await client.post('/api/v1/users', {
    username,
    displayName: `Người dùng ${username}`,
    password,
    clearance: overrides.clearance ?? 0,
    grants,
  });
  if (res.statusCode !== 201) throw new Error(`makeUser: ${res.statusCode} ${res.body}`);
  return { ...json<{ id: string; version: number }>(res), username, password };
}

/** Direct insert for volume (no audit): only for tests that need many rows fast. */
export async function insertPeople(database: Database, organizationId: string, names: string[]) {
  const rows = names.map((n) => {
    const [familyName = '', ...rest] = n.split(' ');
    const givenName = rest.pop() ?? '';
    const parts = { familyName, middleName: rest.join(' '), givenName };
    return { id: randomUUID(), ...parts, fullName: fullName(parts), sortKey: personSortKey(parts), organizationId };
  });
  await database.db.insertInto('people').values(rows).execute();
  return rows;
}

export { hashPassword };

/**
 * A value a test file's `beforeAll` makes, usable by name before it exists: each property read goes to the
 * value, so `const { t, w } = testWorld(...)` at the top of a file reads the app and world its tests run on.
 */
function later<T extends object>(get: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_, key) {
      const value = get();
      if (!value) throw new Error(`${what} is made in beforeAll: read it inside a test or a hook`);
      const member: unknown = Reflect.get(value, key);
      return typeof member === 'function' ? member.bind(value) : member;
    },
  });
}

/** A test file's app on a fresh database and the world `make` builds in it, started before its tests and closed after. */
export function testWorld<W extends object>(make: (t: TestApp) => Promise<W>): { t: TestApp; w: W } {
  let app: TestApp | undefined;
  let world: W | undefined;
  beforeAll(async () => {
    app = await startTestApp();
    world = await make(app);
  });
  afterAll(() => app?.close());
  return { t: later(() => app, 'the test app'), w: later(() => world, 'the test world') };
}
