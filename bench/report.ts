import fs from 'node:fs';
import path from 'node:path';

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}
interface RunRecord {
  date: string;
  command: string;
  note?: string | null;
  machine: { cores: number; memoryGiB: number; cpu: string; node: string };
  db: string;
  size: string;
  results: { name: string; path: string; api: Figures & { status: number }; raw: Figures; ratioP50: number }[];
}

/** Rewrites RESULTS.md from every recorded run, newest first. */
export function writeResultsMarkdown(dir: string, out: string) {
  const runs = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as RunRecord);
  const lines = [
    '# Benchmark results',
    '',
    'Each run measures every scenario through the API (autocannon, logged in, on loopback) and the same query',
    'run directly against the database, in the same run. The ratio p50(API) / p50(SQL) is what to compare',
    'between runs; absolute figures depend on the machine. Made by `npm run bench:data` then `npm run bench`.',
    '',
  ];
  for (const r of runs) {
    lines.push(`## ${r.date.slice(0, 16).replace('T', ' ')} UTC: ${r.db}, size ${r.size}`, '');
    lines.push(`Machine: ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.cpu}, Node ${r.machine.node}. Command: \`${r.command}\``, '');
    if (r.note) lines.push(r.note, '');
    lines.push('| scenario | API req/s | API p50 ms | API p99 ms | errors | SQL p50 ms | SQL p99 ms | ratio p50 |', '|---|---|---|---|---|---|---|---|');
    for (const x of r.results) {
      const status = x.api.status === 200 ? '' : ` (HTTP ${x.api.status})`;
      lines.push(
        `| ${x.name}${status} | ${x.api.rps.toFixed(0)} | ${x.api.p50} | ${x.api.p99} | ${x.api.errors} | ${x.raw.p50.toFixed(2)} | ${x.raw.p99.toFixed(2)} | ${x.ratioP50.toFixed(1)} |`,
      );
    }
    lines.push('');
  }
  fs.writeFileSync(out, `${lines.join('\n')}\n`);
}
