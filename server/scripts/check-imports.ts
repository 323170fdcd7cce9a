/**
 * The import boundaries (docs/ARCHITECTURE.md, "Modules and their faces"), part of `npm run lint`:
 * 1. the rules of `.dependency-cruiser.cjs` over every file: no file cycle, http/db/lib/common import no
 *    module, a module reaches another only through its face (index.ts) or its schemas, the web imports only
 *    schemas (as types) and common/;
 * 2. no cycle between modules: module A uses B and B uses A (through any file, faces included) is refused,
 *    even where no file cycle shows it.
 * 3. docs/ARCHITECTURE.md's module table is the one the modules' index.ts files give (module-table.ts).
 * Exits 1 with a list when anything is wrong.
 */
import { cruise, type ICruiseResult, type IModule } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import fs from 'node:fs';
import { DOC, withModuleTable } from './module-table.ts';

const ROOTS = ['server', 'common', 'web/src', 'test', 'e2e', 'bench'];
const TEST = /(\.test\.ts|\.fixtures\.ts)$/;

const moduleOf = (file: string) => /^server\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;

/** Module → the modules its non-test files import. */
export function moduleGraph(modules: readonly IModule[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const m of modules) {
    const from = moduleOf(m.source);
    if (!from || TEST.test(m.source)) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const d of m.dependencies) {
      const to = moduleOf(d.resolved);
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** The strongly connected groups of more than one module (Tarjan), each sorted. */
export function moduleCycles(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return groups;
}

async function main() {
  const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
  const tsConfig = extractTSConfig('tsconfig.json');
  const result = (await cruise(ROOTS, { ...options, validate: true, outputType: 'json' }, undefined, { tsConfig })).output;
  const parsed = (typeof result === 'string' ? JSON.parse(result) : result) as ICruiseResult;
  let failed = false;
  for (const v of parsed.summary.violations) {
    const path = v.cycle?.length ? [v.from, ...v.cycle.map((c) => c.name)].join(' → ') : `${v.from} → ${v.to}`;
    process.stdout.write(`${v.rule.name}: ${path}\n`);
    failed = true;
  }
  const graph = moduleGraph(parsed.modules);
  const cycles = moduleCycles(graph);
  for (const group of cycles) {
    const edges = group.flatMap((a) => [...(graph.get(a) ?? [])].filter((b) => group.includes(b)).map((b) => `${a} → ${b}`));
    process.stdout.write(`module cycle: ${group.join(', ')} (${edges.join('; ')})\n`);
    failed = true;
  }
  const doc = fs.readFileSync(DOC, 'utf8');
  if (withModuleTable(doc) !== doc) {
    process.stdout.write(`${DOC}: the module table does not match the modules' index.ts files (npm run docs:modules writes it)\n`);
    failed = true;
  }
  if (failed) process.exit(1);
  process.stdout.write(`imports: ${parsed.summary.totalCruised} files, no boundary crossed, no cycle between ${graph.size} modules\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
