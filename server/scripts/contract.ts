import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RouteOptions } from 'fastify';
import type { z } from 'zod';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';

/**
 * The web <-> server contract: every /api/v1 route with the types of its params, query, body and answer,
 * written as web/src/api/routes.gen.ts. The types name the server's exported zod schemas (type-only imports
 * of the `*.schema.ts` files, so the web bundles nothing of the server); a schema written inside a route is
 * spelled out as the type it parses.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CONTRACT_FILE = path.join(root, 'web/src/api/routes.gen.ts');
const modulesDir = path.join(root, 'server/modules');

type Mode = 'input' | 'output';
type Schema = z.core.$ZodType;
interface Named {
  alias: string;
  name: string;
  /** A schema that is a member of an exported object (`actionBodies['transfer-out']`). */
  key?: string;
}
interface Route {
  method: string;
  url: string;
  schema: RouteOptions['schema'];
  jsonBody: unknown;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The JSON body of a route that parses its body itself, having no `schema.body` (an upload that comes
     * as a raw file or as JSON with the file in base64): the contract's body type.
     */
    jsonBody?: z.ZodType;
  }
}

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && '_zod' in value;

/** `members.actions.schema.ts` -> `membersActions`: the namespace the generated file imports it as. */
const aliasOf = (file: string) =>
  path.basename(file, '.schema.ts').replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase());

/** Every exported zod schema of the modules' schema files, by identity. */
async function schemaNames(): Promise<{ names: Map<Schema, Named>; files: Map<string, string> }> {
  const files = new Map<string, string>();
  const names = new Map<Schema, Named>();
  const schemaFiles = fs
    .readdirSync(modulesDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.schema.ts'))
    .sort();
  for (const file of schemaFiles) {
    const alias = aliasOf(file);
    if (files.has(alias)) throw new Error(`two schema files are both called ${alias}`);
    files.set(alias, `../../../server/modules/${file.split(path.sep).join('/')}`);
    const exports = (await import(pathToFileURL(path.join(modulesDir, file)).href)) as Record<string, unknown>;
    for (const name of Object.keys(exports).sort()) {
      const value = exports[name];
      // The first name wins when a schema is exported twice (a re-export): files and names are sorted.
      if (isSchema(value) && !names.has(value)) names.set(value, { alias, name });
      else if (typeof value === 'object' && value !== null && !isSchema(value) && !Array.isArray(value)) {
        for (const [key, member] of Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) {
          if (isSchema(member) && !names.has(member)) names.set(member, { alias, name, key });
        }
      }
    }
  }
  return { names, files };
}

/** Writes zod schemas as TypeScript types, naming the exported ones. */
class Printer {
  readonly used = new Set<string>();
  constructor(private readonly names: Map<Schema, Named>) {}

  /** `expand`: spell out the schema itself even when it has a name (its fields may still use names). */
  print(schema: Schema, mode: Mode, expand = false): string {
    const named = expand ? undefined : this.names.get(schema);
    if (named) {
      this.used.add(named.alias);
      const of = `typeof ${named.alias}.${named.name}`;
      return `z.${mode}<${named.key === undefined ? of : `(${of})[${JSON.stringify(named.key).replace(/"/g, "'")}]`}>`;
    }
    const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    const inner = (key: string) => this.print(def[key] as Schema, mode);
    const group = (parts: string[]) => (parts.length > 1 ? `(${parts.join(' | ')})` : parts.join(''));
    switch (def.type) {
      case 'string':
      case 'template_literal':
        return 'string';
      case 'number':
      case 'int':
        return 'number';
      case 'boolean':
      case 'bigint':
      case 'null':
      case 'undefined':
      case 'void':
      case 'unknown':
      case 'never':
      case 'symbol':
        return def.type;
      case 'any':
        return 'unknown';
      case 'date':
        return 'Date';
      case 'literal':
        return group((def.values as unknown[]).map((v) => (v === undefined ? 'undefined' : JSON.stringify(v))));
      case 'enum':
        return group([...new Set(Object.values(def.entries as Record<string, string | number>))].map((v) => JSON.stringify(v)));
      case 'array':
        return `Array<${inner('element')}>`;
      case 'set':
        return `Set<${inner('valueType')}>`;
      case 'map':
        return `Map<${inner('keyType')}, ${inner('valueType')}>`;
      case 'record':
        return `Record<${inner('keyType')}, ${inner('valueType')}>`;
      case 'tuple':
        return `[${(def.items as Schema[]).map((s) => this.print(s, mode)).join(', ')}${def.rest ? `, ...Array<${inner('rest')}>` : ''}]`;
      case 'object':
        return this.object(def.shape as Record<string, Schema>, def.catchall as Schema | undefined, mode);
      case 'union':
        return group((def.options as Schema[]).map((s) => this.print(s, mode)));
      case 'intersection':
        return `(${inner('left')} & ${inner('right')})`;
      case 'optional':
        return `${inner('innerType')} | undefined`;
      case 'nullable':
        return `${inner('innerType')} | null`;
      case 'default':
      case 'prefault':
        return mode === 'input' ? `${inner('innerType')} | undefined` : inner('innerType');
      case 'nonoptional':
        return `Exclude<${inner('innerType')}, undefined>`;
      case 'catch':
      case 'readonly':
      case 'success':
        return inner('innerType');
      case 'pipe':
        return mode === 'input' ? inner('in') : inner('out');
      case 'lazy':
        return this.print((def.getter as () => Schema)(), mode);
      case 'promise':
      case 'transform':
      case 'custom':
      case 'file':
      case 'nan':
      case 'function':
        return 'unknown';
    }
  }

  private object(shape: Record<string, Schema>, catchall: Schema | undefined, mode: Mode): string {
    const keys = Object.keys(shape);
    // pageSchema(item): the Page<T> of every list.
    if (keys.length === 3 && ['data', 'links', 'meta'].every((k) => k in shape) && shape.data?._zod.def.type === 'array') {
      return `Page<${this.print((shape.data._zod.def as z.core.$ZodArrayDef).element, mode)}>`;
    }
    const fields = keys.map((k) => {
      const field = shape[k] as Schema;
      // A defaulted field may be left out of an input; in the output it is there.
      const optional = mode === 'input' ? field._zod.optin !== undefined : field._zod.optout === 'optional';
      return `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}${optional ? '?' : ''}: ${this.print(field, mode)}`;
    });
    if (catchall && catchall._zod.def.type !== 'never') fields.push(`[key: string]: ${this.print(catchall, mode)}`);
    return fields.length ? `{ ${fields.join('; ')} }` : 'Record<string, never>';
  }
}

/** `{ id: string }` for `/x/:id` when a route has no params schema; `never` without params. */
function patternParams(url: string): string {
  const names = [...url.matchAll(/:(\w+)/g)].map((m) => m[1]);
  return names.length ? `{ ${names.map((n) => `${n}: string`).join('; ')} }` : 'never';
}

function responseType(printer: Printer, response: unknown): string {
  if (typeof response !== 'object' || response === null) return 'unknown';
  const ok = Object.entries(response as Record<string, unknown>)
    .filter(([status]) => /^2(\d\d|xx)$/.test(status))
    .sort(([a], [b]) => a.localeCompare(b));
  if (!ok.length) return 'unknown';
  const types = ok.map(([status, schema]) => (status === '204' ? 'void' : isSchema(schema) ? printer.print(schema, 'output') : 'unknown'));
  return [...new Set(types)].join(' | ');
}

/** Collects the app's routes: built on an in-memory database that is never migrated (nothing is queried). */
async function collectRoutes(): Promise<Route[]> {
  const routes: Route[] = [];
  const database = await openDatabase({ dataDir: 'memory://' });
  const config = loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'never', DATA_DIR: 'memory://' });
  const onRoute = (route: RouteOptions) => {
    if (!route.url.startsWith('/api/v1/')) return;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD' && method !== 'OPTIONS') routes.push({ method, url: route.url, schema: route.schema, jsonBody: route.config?.jsonBody });
    }
  };
  const app = await buildApp(config, database, { onRoute });
  try {
    await app.ready();
  } finally {
    await app.close();
    await database.close();
  }
  return routes;
}

/** The text of web/src/api/routes.gen.ts for the app as it is. */
export async function generateContract(): Promise<string> {
  const [{ names, files }, routes] = await Promise.all([schemaNames(), collectRoutes()]);
  const printer = new Printer(names);
  const part = (schema: unknown, mode: Mode) => (isSchema(schema) ? printer.print(schema, mode) : 'never');
  const entries = new Map<string, string>();
  for (const { method, url, schema, jsonBody } of routes) {
    const key = `${method} ${url}`;
    if (entries.has(key)) throw new Error(`route ${key} is registered twice`);
    const s = (schema ?? {}) as Record<string, unknown>;
    const lines = [
      `params: ${isSchema(s.params) ? printer.print(s.params, 'input') : patternParams(url)};`,
      // A query's fields are spelled out: z.input of a coerced field (z.coerce.number()) is unknown.
      `query: ${isSchema(s.querystring) ? printer.print(s.querystring, 'input', true) : 'never'};`,
      `body: ${part(s.body ?? jsonBody, 'input')};`,
      `response: ${responseType(printer, s.response)};`,
    ];
    entries.set(key, `  '${key}': {\n${lines.map((l) => `    ${l}\n`).join('')}  };\n`);
  }
  const imports = [...printer.used]
    .sort()
    .map((alias) => `import type * as ${alias} from '${files.get(alias)}';\n`)
    .join('');
  const body = [...entries.keys()]
    .sort()
    .map((k) => entries.get(k))
    .join('');
  return `/**
 * Every API route: its params, query and body as the server accepts them and its answer as the server
 * sends it, from the server's zod schemas. Generated by \`npm run api:contract\`: do not edit.
 */
import type { z } from 'zod';
${imports}
/** One page of a list: \`pageSchema(item)\` on the server. */
export interface Page<T> {
  data: T[];
  links: { next: string | null };
  meta: { sort: string; total?: number | undefined };
}

export interface ApiRoutes {
${body}}
`;
}
