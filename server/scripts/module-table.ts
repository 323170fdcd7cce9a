/**
 * The module table of docs/ARCHITECTURE.md, made from the code: each folder of server/modules with the
 * description its index.ts gives and the names its face exports. `npm run docs:modules` writes it into the
 * document; `npm run lint` (check-imports.ts) fails when the document's table differs.
 */
import fs from 'node:fs';
import path from 'node:path';

export const DOC = 'docs/ARCHITECTURE.md';
const START = '<!-- modules:start (npm run docs:modules) -->';
const END = '<!-- modules:end -->';
const MODULES = 'server/modules';

/** One module's row: its name, what its index.ts says of it, and what its face exports (names only). */
function row(name: string): string {
  const file = path.join(MODULES, name, 'index.ts');
  if (!fs.existsSync(file)) return `| \`${name}/\` | **no index.ts** | |`;
  const src = fs.readFileSync(file, 'utf8');
  const description = /\/\*\*\s*([\s\S]*?)\s*\*\/\s*export const \w+: AppModule/.exec(src)?.[1]?.replace(/\s*\n\s*\*\s?/g, ' ') ?? '';
  const face = [...src.matchAll(/^export \{([^}]*)\} from '\.\/[^']+';$/gm)]
    .flatMap((m) => (m[1] ?? '').split(',').map((s) => s.trim().replace(/^type\s+/, '')).filter(Boolean))
    .sort((a, b) => a.localeCompare(b));
  const descriptor = /export const (\w+): AppModule/.exec(src)?.[1];
  const names = [descriptor ? `\`${descriptor}\`` : null, ...face.map((n) => `\`${n}\``)].filter(Boolean);
  return `| \`${name}/\` | ${description.replace(/\|/g, '\\|')} | ${names.join(', ')} |`;
}

export function moduleTable(): string {
  const names = fs.readdirSync(MODULES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return [START, '| module | what it is | its face (index.ts) |', '| --- | --- | --- |', ...names.map(row), END].join('\n');
}

/** The document with its table replaced by the current one; null when the markers are missing. */
export function withModuleTable(doc: string): string | null {
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) return null;
  return doc.slice(0, a) + moduleTable() + doc.slice(b + END.length);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const doc = fs.readFileSync(DOC, 'utf8');
  const next = withModuleTable(doc);
  if (next === null) throw new Error(`${DOC} has no module table markers (${START} ... ${END})`);
  fs.writeFileSync(DOC, next);
  process.stdout.write(`${DOC}: module table written\n`);
}
