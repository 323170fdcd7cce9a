/** Bulk inserts in chunks with a progress line, shared by the benchmark data generators. */
export const CHUNK = 2_000;

export function progress(label: string, done: number, total: number) {
  process.stdout.write(`\r  ${label}: ${done.toLocaleString('vi-VN')} / ${total.toLocaleString('vi-VN')}   `);
  if (done >= total) process.stdout.write('\n');
}

export async function insertChunks<T>(label: string, rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = CHUNK) {
  for (let i = 0; i < rows.length; i += size) {
    await insert(rows.slice(i, i + size));
    progress(label, Math.min(i + size, rows.length), rows.length);
  }
  if (rows.length === 0) progress(label, 0, 0);
}
