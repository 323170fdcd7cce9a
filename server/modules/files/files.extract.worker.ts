import { AppError } from '../../http/errors.ts';
import type { MessageCode } from '../../http/messages.ts';
import { type ImportColumn, readSheet } from '../imports/index.ts';
import { parseText } from './files.content.ts';

/**
 * The work done in the extraction pool's threads (files.pool.ts): parsers of untrusted files, which may
 * take all the memory and time they are given. Loaded through files.extract.bootstrap.mjs.
 */

export type Task = { kind: 'text'; path: string; mime: string } | { kind: 'rows'; file: Uint8Array; columns: readonly ImportColumn[]; maxRows: number };

/** An AppError does not cross the thread boundary as itself: it comes back as data and is thrown again. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; status: number; code: MessageCode; vars: Record<string, string | number> };

export default async function run(task: Task): Promise<Outcome<unknown>> {
  try {
    const value = task.kind === 'text'
      ? await parseText(task.path, task.mime)
      : await readSheet(Buffer.from(task.file.buffer, task.file.byteOffset, task.file.byteLength), task.columns, task.maxRows);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, status: err.status, code: err.code, vars: err.vars };
    throw err;
  }
}
