import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}
interface Machine {
  cores: number;
  memoryGiB: number;
  cpu: string;
  node: string;
}
interface RunRecord {
  kind?: undefined;
  date: string;
  command: string;
  note?: string | null;
  machine: Machine;
  db: string;
  size: string;
  connections?: number;
  results: { name: string; path: string; api: Figures & { status: number }; raw: Figures; ratioP50: number }[];
}
interface SoakRecord {
  kind: 'soak';
  date: string;
  command: string;
  note?: string | null;
  db: string;
  size: string;
  minutes: number;
  connections: number;
  api: Figures & { requests: number };
  rss: { afterFirstMinute: number | null; end: number | null; min: number; max: number; slopeMiBPerMinute: number };
}
interface NumberingRecord {
  kind: 'numbering';
  date: string;
  note?: string | null;
  command: string;
  db: string;
  size: string;
  count: number;
  seconds: number;
  failed: number;
  firstNumber: number | null;
  lastNumber: number | null;
  distinct: number;
  consecutive: boolean;
  registerEntries: number;
}
interface WritesRecord {
  kind: 'writes';
  date: string;
  note?: string | null;
  command: string;
  db: string;
  size: string;
  machine: Machine;
  results: { registers?: string; connections: number; api: Record<string, Figures>; twin: Record<string, Figures & { brokenLinks: number }> }[];
}
interface RegisterImportRecord {
  kind: 'register-import';
  date: string;
  note?: string | null;
  command: string;
  db: string;
  size: string;
  rows: number;
  format: string;
  fileBytes: number;
  imported: number;
  dryRunSeconds: number;
  importSeconds: number;
  sqlTwinSeconds: number;
}
type AnyRecord = RunRecord | SoakRecord | NumberingRecord | WritesRecord | RegisterImportRecord;

const when = (date: string) => date.slice(0, 16).replace('T', ' ');
const ms = (f: Figures | undefined) => (f ? `${f.p50} / ${f.p99}` : '');

/** The newest figures of each scenario per database, size and connections: S next to M, PGlite next to PostgreSQL. */
function sideBySide(runs: RunRecord[]): string[] {
  const columns = [...new Set(runs.map((r) => `${r.db} ${r.size}, ${r.connections ?? '?'} conn.`))].sort();
  const latest = new Map<string, Figures & { ratio: number }>();
  const names: string[] = [];
  for (const r of runs) {
    // runs are newest first: the first figure seen for a (scenario, column) is the newest
    for (const x of r.results) {
      const key = `${x.name}|${r.db} ${r.size}, ${r.connections ?? '?'} conn.`;
      if (!names.includes(x.name)) names.push(x.name);
      if (!latest.has(key)) latest.set(key, { ...x.api, ratio: x.ratioP50 });
    }
  }
  const lines = [
    '## Newest figures side by side',
    '',
    'API p50 / p99 in ms, and the ratio of p50 to the raw SQL p50 measured in the same run, from the newest run of each',
    'database, size and number of connections (the runs themselves follow below).',
    '',
    `| scenario | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
  ];
  for (const n of names.sort()) {
    const cells = columns.map((c) => {
      const f = latest.get(`${n}|${c}`);
      if (!f) return '';
      return f.rps === 0 ? 'none completed' : `${ms(f)} (x${f.ratio.toFixed(1)})`;
    });
    lines.push(`| ${n} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  return lines;
}

function soakLines(soaks: SoakRecord[]): string[] {
  if (soaks.length === 0) return [];
  const lines = [
    '## Memory under the mixed load',
    '',
    "The server's resident memory (the process and its children), sampled every 5 s under the mixed scenario; the slope is",
    'a straight line through the samples after the first minute. Made by `npm run bench:soak`.',
    '',
    '| date (UTC) | database | minutes | connections | req/s | p50 / p99 ms | errors | RSS after 1 min | RSS at end | min–max | slope MiB/min | command |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of soaks) {
    lines.push(`| ${when(s.date)} | ${s.db} ${s.size} | ${s.minutes} | ${s.connections} | ${s.api.rps.toFixed(0)} | ${ms(s.api)} | ${s.api.errors} | ${s.rss.afterFirstMinute} MiB | ${s.rss.end} MiB | ${s.rss.min}–${s.rss.max} | ${s.rss.slopeMiBPerMinute} | \`${s.command}\` |`);
  }
  for (const s of soaks.filter((x) => x.note)) lines.push('', `${when(s.date)}: ${s.note ?? ''}`);
  lines.push('');
  return lines;
}

function numberingLines(list: NumberingRecord[]): string[] {
  if (list.length === 0) return [];
  const lines = [
    '## Issuing numbers concurrently',
    '',
    'Signed decisions of one committee issued through the API all at once; the numbers must be distinct and consecutive',
    "after the sequence's last number, each with its outgoing register entry. Made by `npm run bench:numbering`.",
    '',
    '| date (UTC) | database | documents | seconds | failed | numbers | distinct | consecutive | register entries | command |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const n of list) {
    lines.push(`| ${when(n.date)} | ${n.db} ${n.size} | ${n.count} | ${n.seconds} | ${n.failed} | ${n.firstNumber}..${n.lastNumber} | ${n.distinct} | ${n.consecutive ? 'yes' : 'NO'} | ${n.registerEntries} | \`${n.command}\` |`);
  }
  for (const n of list.filter((x) => x.note)) lines.push('', `${when(n.date)}: ${n.note ?? ''}`);
  lines.push('');
  return lines;
}

function writesLines(list: WritesRecord[]): string[] {
  if (list.length === 0) return [];
  const lines = [
    '## Registering incoming documents at 1, 10 and 50 concurrent writers',
    '',
    'Acknowledged registrations a second (p50 ms) through the API, with the server before the audit-append fix (`--before`:',
    'that commit, on a copy of the database) and after it, and the raw SQL twin (the same transaction from Node: counter, entry,',
    "audit row, commit) with the audit append in each shape; all in one run. Compare ratios within a run only. Made by `npm run bench:writes`.",
    '',
  ];
  const f = (x: Figures | undefined) => (x ? `${x.rps.toFixed(0)}/s (${Math.round(x.p50)} ms)` : '');
  for (const w of list) {
    lines.push(`### ${when(w.date)} UTC: ${w.db}, size ${w.size}`, '', `Machine: ${w.machine.cores} cores, ${w.machine.memoryGiB} GiB, ${w.machine.cpu}. Command: \`${w.command}\``, '');
    if (w.note) lines.push(w.note, '');
    lines.push('| registers | writers | API before | API after | after / before | SQL twin, advisory lock | SQL twin, head row | twin head / advisory | API after / twin head | broken links (twins) | errors |', '|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of w.results) {
      const { before, after } = r.api;
      const { advisory, head } = r.twin;
      const ratio = (a: Figures | undefined, b: Figures | undefined) => (a && b && b.rps > 0 ? `x${(a.rps / b.rps).toFixed(2)}` : '');
      const errors = [before, after, advisory, head].reduce((n, x) => n + (x?.errors ?? 0), 0);
      lines.push(`| ${r.registers ?? 'one'} | ${r.connections} | ${f(before)} | ${f(after)} | ${ratio(after, before)} | ${f(advisory)} | ${f(head)} | ${ratio(head, advisory)} | ${ratio(after, head)} | ${(advisory?.brokenLinks ?? 0) + (head?.brokenLinks ?? 0)} | ${errors} |`);
    }
    lines.push('');
  }
  return lines;
}

function registerImportLines(list: RegisterImportRecord[]): string[] {
  if (list.length === 0) return [];
  const lines = [
    '## Register import',
    '',
    "A month of incoming documents in one file, checked (dry run) and imported through the API (the job polled to its end),",
    'and the same rows written by multi-row INSERTs of 1,000 in one transaction (the SQL twin), in the same run.',
    'Made by `npm run bench:register-import`.',
    '',
    '| date (UTC) | database | rows | file | dry run s | import s | SQL twin s | imported | command |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of list) {
    lines.push(`| ${when(r.date)} | ${r.db} ${r.size} | ${r.rows} | ${r.format}, ${Math.round(r.fileBytes / 1024)} KiB | ${r.dryRunSeconds} | ${r.importSeconds} | ${r.sqlTwinSeconds} | ${r.imported} | \`${r.command}\` |`);
  }
  for (const r of list.filter((x) => x.note)) lines.push('', `${when(r.date)}: ${r.note ?? ''}`);
  lines.push('');
  return lines;
}

/** Rewrites RESULTS.md from every recorded run, newest first. */
export function writeResultsMarkdown(dir: string, out: string) {
  const records = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as AnyRecord);
  const runs = records.filter((r): r is RunRecord => r.kind === undefined);
  const lines = [
    '# Benchmark results',
    '',
    'Each run measures every scenario through the API (autocannon, logged in, on loopback) and the same query',
    'run directly against the database, in the same run. The ratio p50(API) / p50(SQL) is what to compare',
    'between runs; absolute figures depend on the machine. Made by `npm run bench:data` then `npm run bench`.',
    '',
    ...sideBySide(runs),
    ...soakLines(records.filter((r): r is SoakRecord => r.kind === 'soak')),
    ...numberingLines(records.filter((r): r is NumberingRecord => r.kind === 'numbering')),
    ...writesLines(records.filter((r): r is WritesRecord => r.kind === 'writes')),
    ...registerImportLines(records.filter((r): r is RegisterImportRecord => r.kind === 'register-import')),
    '## Runs',
    '',
  ];
  for (const r of runs) {
    lines.push(`### ${when(r.date)} UTC: ${r.db}, size ${r.size}`, '');
    lines.push(`Machine: ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.cpu}, Node ${r.machine.node}. Command: \`${r.command}\``, '');
    if (r.note) lines.push(r.note, '');
    lines.push('| scenario | API req/s | API p50 ms | API p99 ms | errors | SQL p50 ms | SQL p99 ms | ratio p50 |', '|---|---|---|---|---|---|---|---|');
    for (const x of r.results) {
      const status = (x.api.status === 200 ? '' : ` (HTTP ${x.api.status})`) + (x.api.rps === 0 ? ' (no request completed within the run)' : '');
      lines.push(
        `| ${x.name}${status} | ${x.api.rps.toFixed(0)} | ${x.api.p50} | ${x.api.p99} | ${x.api.errors} | ${x.raw.p50.toFixed(2)} | ${x.raw.p99.toFixed(2)} | ${x.ratioP50.toFixed(1)} |`,
      );
    }
    lines.push('');
  }
  fs.writeFileSync(out, `${lines.join('\n')}\n`);
}

/** The machine a record was made on. */
export function thisMachine(): Machine {
  return { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version };
}

/** ` --url <address>` when the database was named on the command line, without any password in it. */
export function urlArgument(o: { customUrl: boolean; url: string; db: string }): string {
  return o.customUrl && o.db === 'postgres' ? ` --url ${Object.assign(new URL(o.url), { password: '' }).toString()}` : '';
}

/** Writes one record under bench/results and rewrites RESULTS.md. */
export function saveRecord(kind: string, record: { date: string; db: string; size: string }) {
  const date = record.date.slice(0, 19).replace(/:/g, '-');
  fs.mkdirSync('bench/results', { recursive: true });
  fs.writeFileSync(`bench/results/${date}-${kind}${record.db}-${record.size}.json`, `${JSON.stringify(record, null, 2)}\n`);
  writeResultsMarkdown('bench/results', 'bench/RESULTS.md');
}
