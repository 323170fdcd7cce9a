import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type TestApp, makeOrganization, makePerson, makeUser, startTestApp } from '../../test/app.ts';

/**
 * Walks every operation of the app's own OpenAPI document and sends malformed variants of each as a
 * logged-in administrator: no answer may be a 5xx, and every error must be problem+json with a code.
 * A few variants per operation keep it to seconds; writes that succeed change this file's fresh database.
 */

interface Schema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  minLength?: number;
  minItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
}
interface Parameter { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: Schema }
interface Operation { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: Schema }> } }
type Spec = { paths: Record<string, Record<string, Operation>> };

let t: TestApp;
let spec: Spec;
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp();
  const org = await makeOrganization(t.admin);
  await makePerson(t.admin, org.id);
  await makeUser(t.admin, [{ role: 'member', organizationId: org.id }]);
  spec = (await t.admin.get('/api/openapi.json')).json<Spec>();
});
afterAll(() => t.close());

const isDay = (s: Schema) => Boolean(s.pattern?.includes('(\\d{4})-(\\d{2})-(\\d{2})'));
const plain = (s: Schema) => s.type === 'string' && !s.enum && !s.format && !s.pattern;
const typeOf = (s: Schema) => (Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type);

/** A value the schema accepts, as far as its JSON Schema says. */
function sample(s: Schema, depth = 0): unknown {
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return sample(alt.find((a) => typeOf(a) !== 'null') ?? alt[0] ?? {}, depth);
  if (s.allOf?.[0]) return sample(s.allOf[0], depth);
  if (s.enum) return s.enum[0];
  switch (typeOf(s)) {
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'date-time') return '2025-06-02T08:00:00+07:00';
      if (s.format === 'email') return 'a@example.com';
      if (isDay(s)) return '2025-06-02';
      if (s.pattern?.startsWith('^\\d{4}-(0[1-9]')) return '2025-06';
      return 'Kiểm thử'.padEnd(s.minLength ?? 1, 'x');
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'array':
      return depth > 3 || !s.items ? [] : Array.from({ length: s.minItems ?? 0 }, () => sample(s.items ?? {}, depth + 1));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, p] of Object.entries(s.properties ?? {})) {
        if (depth < 4 && (s.required?.includes(k) || plain(p) || isDay(p))) out[k] = sample(p, depth + 1);
      }
      return out;
    }
    case 'null':
    case undefined:
    default:
      return 'x';
  }
}

/** The body with every leaf that matches `pick` replaced by `value(leaf schema)`. */
function mutate(s: Schema, v: unknown, pick: (s: Schema) => boolean, value: (s: Schema) => unknown): unknown {
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return mutate(alt.find((a) => typeOf(a) !== 'null') ?? {}, v, pick, value);
  if (pick(s)) return value(s);
  if (Array.isArray(v) && s.items) return v.map((x) => mutate(s.items ?? {}, x, pick, value));
  if (v && typeof v === 'object' && s.properties) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mutate(s.properties?.[k] ?? {}, x, pick, value)]));
  }
  return v;
}

const NUL = 'a\u0000b';
const SURROGATE = 'a\ud800b';
const numeric = (s: Schema) => typeOf(s) === 'integer' || typeOf(s) === 'number';

function bodyVariants(s: Schema): Array<[string, unknown]> {
  const base = sample(s);
  return [
    ['body-empty', {}],
    ['body-required-only', Object.fromEntries(Object.entries(base as object).filter(([k]) => s.required?.includes(k)))],
    ['body-nul', mutate(s, base, plain, () => NUL)],
    ['body-surrogate', mutate(s, base, plain, () => SURROGATE)],
    ['body-dates-far', mutate(s, base, isDay, () => '9999-12-31')],
    ['body-dates-none', mutate(s, base, isDay, () => '2025-02-31')],
    ['body-huge-numbers', mutate(s, base, numeric, () => 1e308)],
    ['body-negative', mutate(s, base, numeric, () => -1)],
    ['body-wrong-types', mutate(s, base, (x) => typeOf(x) !== 'object' && typeOf(x) !== 'array', (x) => (typeOf(x) === 'string' ? { a: 1 } : 'x'))],
    ['body-long-strings', mutate(s, base, plain, () => 'x'.repeat(100_000))],
  ];
}

interface Probe { name: string; url: string; payload?: unknown; raw?: string }

/** A real id for `{id}` where the list beside the path has one, else a random UUID. */
async function idFor(path: string): Promise<string> {
  const list = path.slice(0, path.indexOf('/{'));
  if (!ids.has(list)) {
    const res = spec.paths[list]?.get ? await t.admin.get(list) : undefined;
    const body = res?.statusCode === 200 ? (res.json<{ data?: Array<{ id?: string }> } | Array<{ id?: string }>>()) : undefined;
    const first = Array.isArray(body) ? body[0] : body?.data?.[0];
    ids.set(list, typeof first?.id === 'string' ? first.id : randomUUID());
  }
  return ids.get(list) ?? randomUUID();
}

async function probes(path: string, op: Operation): Promise<Probe[]> {
  const params = op.parameters ?? [];
  const fill = async (p: Parameter, override?: string) => override ?? (p.name === 'id' ? await idFor(path) : String(sample(p.schema)));
  const urlWith = async (pathValue?: (p: Parameter) => string | undefined, queryValue?: (p: Parameter) => string | undefined) => {
    let url = path;
    for (const p of params.filter((x) => x.in === 'path')) url = url.replace(`{${p.name}}`, encodeURIComponent(await fill(p, pathValue?.(p))));
    const q = new URLSearchParams();
    for (const p of params.filter((x) => x.in === 'query')) {
      const v = queryValue?.(p);
      if (v !== undefined || p.required) q.set(p.name, await fill(p, v));
    }
    const qs = q.toString();
    return qs ? `${url}?${qs}` : url;
  };
  const queryAll = (v: (p: Parameter) => string | undefined) => urlWith(undefined, v);
  const hasPath = params.some((p) => p.in === 'path');
  const out: Probe[] = [
    { name: 'query-nul', url: await queryAll((p) => (plain(p.schema) || p.schema.format === 'uuid' ? NUL : undefined)) },
    { name: 'query-surrogate', url: await queryAll((p) => (plain(p.schema) ? SURROGATE : undefined)) },
    { name: 'query-dates', url: await queryAll((p) => (isDay(p.schema) ? '9999-12-31' : undefined)) },
    { name: 'query-numbers', url: await queryAll((p) => (numeric(p.schema) ? '1e400' : undefined)) },
    { name: 'query-negative', url: await queryAll((p) => (numeric(p.schema) ? '-5' : undefined)) },
  ];
  if (hasPath) {
    out.push(
      { name: 'path-nul', url: await urlWith(() => NUL) },
      { name: 'path-bad-uuid', url: await urlWith(() => 'not-a-uuid') },
      { name: 'path-long', url: await urlWith(() => 'x'.repeat(300)) },
      { name: 'path-bad-escape', url: (await urlWith()).replace(/\/[^/?]+(\?|$)/, '/%ZZ$1') },
      { name: 'path-far-date', url: await urlWith((p) => (isDay(p.schema) ? '9999-12-31' : undefined)) },
    );
  }
  const json = op.requestBody?.content?.['application/json']?.schema;
  if (json) {
    const url = await urlWith();
    for (const [name, payload] of bodyVariants(json)) out.push({ name, url, payload });
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    out.push({ name: 'body-none', url, raw: '' }, { name: 'body-not-json', url, raw: '{"a":' }, { name: 'body-deep', url, raw: `{"nested":${deep}}` });
  }
  return out;
}

/** The probe's body as JSON text (raw when it is meant to be malformed), or none. */
function bodyOf(probe: Probe): { payload?: string; headers: Record<string, string> } {
  if (probe.raw !== undefined) return { payload: probe.raw, headers: { 'content-type': 'application/json' } };
  if (probe.payload === undefined) return { headers: {} };
  return { payload: JSON.stringify(probe.payload), headers: { 'content-type': 'application/json' } };
}

describe('fuzzing every operation of the OpenAPI document', () => {
  it('answers no 5xx, and problem+json with a code on every error', { timeout: 240_000 }, async () => {
    const failures: string[] = [];
    let sent = 0;
    const operations = Object.entries(spec.paths).flatMap(([path, ops]) => Object.entries(ops).map(([m, op]) => ({ path, m, op })));
    expect(operations.length).toBeGreaterThan(200);
    for (const { path, m, op } of operations) {
      // Logging out would end the administrator's session for the rest of the walk.
      if (path === '/api/v1/auth/logout') continue;
      for (const probe of await probes(path, op)) {
        const { payload, headers } = bodyOf(probe);
        const res = await t.admin.request(m.toUpperCase() as InjectOptions['method'], probe.url, payload, headers);
        sent++;
        const type = String(res.headers['content-type'] ?? '');
        let code: unknown;
        if (res.statusCode >= 400) code = type.includes('application/problem+json') ? (res.json<{ code?: unknown }>().code) : undefined;
        if (res.statusCode >= 500 || (res.statusCode >= 400 && typeof code !== 'string')) {
          failures.push(`${m.toUpperCase()} ${path} [${probe.name}] -> ${res.statusCode} ${type} ${res.body.slice(0, 120)}`);
        }
      }
      if (path === '/api/v1/auth/password' || path.startsWith('/api/v1/users')) {
        // A variant may have changed what the admin can do; log in again so the walk goes on as admin.
        if ((await t.admin.get('/api/v1/auth/me')).statusCode === 401) await t.admin.login('admin', ADMIN_PASSWORD);
      }
    }
    expect(sent).toBeGreaterThan(operations.length * 5);
    expect(failures).toEqual([]);
  });
});
