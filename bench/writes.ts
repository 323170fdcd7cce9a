import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../server/db/client.ts';
import { type BenchOptions, parseArgs } from './args.ts';
import { saveRecord, thisMachine, urlArgument } from './report.ts';
import { type Cookies, apiFigures, login, startServer } from './run.ts';
import { allScenarios, ensureSecretary, pickTargets } from './scenarios.ts';
import { type Shape, prepareTwins, twinFigures } from './writes-twin.ts';

/**
 * npm run bench:writes -- --size S [--url <database>] [--seconds 5] [--levels 1,10,50] [--before <commit>]
 * Registering incoming documents at 1, 10 and 50 concurrent writers: through the API, and its raw SQL twin
 * (the same transaction: counter, entry, audit row) in the audit append's shape before and after the fix.
 * With --before, the server of that commit (exported with git archive into a temporary directory) is measured
 * too, on a copy of the database, in the same run.
 */

const WRITE = 'register one document';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function admin(url: string, statement: string) {
  const c = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await c.connect();
  await c.query(statement);
  await c.end();
}

/** The tree of `commit` in a temporary directory, using this tree's node_modules, and a copy of the database at its schema. */
async function beforeTree(o: BenchOptions, commit: string): Promise<{ root: string; url: string; drop: () => Promise<void> }> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-before-'));
  const archive = execFileSync('git', ['archive', commit, 'server', 'common', 'package.json', 'tsconfig.json'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  const name = `${new URL(o.url).pathname.slice(1)}_before`;
  await admin(o.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(o.url, `CREATE DATABASE "${name}" TEMPLATE "${new URL(o.url).pathname.slice(1)}"`);
  const url = Object.assign(new URL(o.url), { pathname: `/${name}` }).toString();
  // Migrations the old tree does not know (this branch's) are forgotten; their columns and tables stay, unused.
  const known = fs.readdirSync(path.join(root, 'server/db/migrations')).map((f) => f.replace(/\.ts$/, ''));
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('DELETE FROM kysely_migration WHERE NOT (name = ANY($1))', [known]);
  await c.end();
  return { root, url, drop: async () => { fs.rmSync(root, { recursive: true, force: true }); await admin(o.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`); } };
}

/** Registers of up to 60 organizations, to spread writers over. */
async function registersOf(url: string): Promise<{ id: string; path: string }[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query<{ id: string; path: string }>(`SELECT id, path FROM organizations WHERE deleted_at IS NULL ORDER BY path LIMIT 60`);
  await c.end();
  return r.rows;
}

async function main() {
  const argv = process.argv.slice(2);
  const o = parseArgs(argv);
  if (o.db !== 'postgres') throw new Error('bench:writes measures PostgreSQL (PGlite serves one connection)');
  const levels = (option(argv, 'levels') ?? '1,10,50').split(',').map(Number);
  const before = option(argv, 'before');
  const probe = await openDatabase({ databaseUrl: o.url });
  const targets = await pickTargets(probe.db);
  await ensureSecretary(probe.db, targets);
  await probe.close();
  const scenario = allScenarios(targets).find((s) => s.name.includes(WRITE));
  if (!scenario?.body) throw new Error('no write scenario');
  const oneBody = scenario.body;
  const many = await registersOf(o.url);
  // Every clerk on one register (its counter row serializes them, by design), or each call on the next committee's.
  const variants = [
    { registers: 'one', list: [{ id: targets.committeeId, path: targets.committeePath }], scenario },
    { registers: `${many.length}`, list: many, scenario: { ...scenario, body: (i: number) => ({ ...(oneBody(i) as Record<string, unknown>), organizationId: many[i % many.length]?.id }) } },
  ];
  const old = before ? await beforeTree(o, before) : null;
  const servers = [{ label: 'after', ...(await startServer(o)) }];
  if (old) servers.unshift({ label: 'before', ...(await startServer({ ...o, url: old.url }, old.root)) });
  await prepareTwins(o.url);
  console.log(`Ghi đồng thời trên ${o.db}, cỡ ${o.size}: ${levels.join(', ')} người ghi, ${o.seconds} s mỗi phép đo`);
  const results = [];
  try {
    const cookies = new Map<string, Cookies>();
    for (const s of servers) {
      const c = await login(s.base);
      cookies.set(s.label, { admin: c, secretary: c });
    }
    for (const v of variants) {
      for (const c of levels) {
        const twin: Partial<Record<Shape, Awaited<ReturnType<typeof twinFigures>>>> = {};
        for (const shape of ['advisory', 'head'] as const) twin[shape] = await twinFigures(o.url, v.list, shape, c, o.seconds);
        const api: Record<string, Awaited<ReturnType<typeof apiFigures>>> = {};
        for (const s of servers) api[s.label] = await apiFigures({ ...o, connections: c }, s.base, cookies.get(s.label) ?? { admin: '', secretary: '' }, v.scenario);
        results.push({ registers: v.registers, connections: c, api, twin });
        console.log(`  ${v.registers} sổ, ${c} người ghi: ${Object.entries(api).map(([k, x]) => `API ${k} ${x.rps.toFixed(0)}/s`).join(', ')}, SQL advisory ${twin.advisory?.rps.toFixed(0)}/s, SQL head ${twin.head?.rps.toFixed(0)}/s`);
      }
    }
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await old?.drop();
  }
  const command = `npm run bench:writes -- --size ${o.size} --seconds ${o.seconds} --levels ${levels.join(',')}${urlArgument(o)}${before ? ` --before ${before}` : ''}`;
  const record = { kind: 'writes', date: new Date().toISOString(), command, note: o.note, machine: thisMachine(), db: o.db, size: o.size, seconds: o.seconds, results };
  saveRecord('writes-', record);
  console.log('Kết quả: bench/RESULTS.md');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
