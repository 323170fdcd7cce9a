import { Piscina } from 'piscina';
import type { Config } from '../../config.ts';
import { AppError } from '../../http/errors.ts';
import { type ImportColumn, type ReadResult, isXlsx } from '../imports/index.ts';
import { DOCX, PARSED_TEXT, plainText } from './files.content.ts';
import type { Outcome, Task } from './files.extract.worker.ts';
import type { TextStatus } from './files.schema.ts';
import { type ZipLimits, type ZipTotals, bufferReader, overLimits, zipFileTotals, zipTotals } from './files.zip.ts';

/**
 * Parsers of uploaded files (pdfjs, mammoth, exceljs) run in a pool of worker threads, never on the
 * event loop: each task has a time limit (past it its worker is terminated), each worker a heap limit
 * (past it the worker dies, not the server), and a zip's declared sizes are checked before any inflating.
 * A file over a limit is still stored, without search text; an import over a limit is refused.
 */


type Limit = 'too_large' | 'timeout' | 'failed';

declare module 'fastify' {
  interface FastifyInstance {
    extraction: Extraction;
  }
}

/** Why a task did not finish: the time limit, the memory limit, or anything else the worker died of. */
function limitOf(err: unknown): Limit {
  const e = err as { name?: string; code?: string };
  if (e?.name === 'AbortError') return 'timeout';
  if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY') return 'too_large';
  return 'failed';
}

const zipRefused = (t: ZipTotals | null, limits: ZipLimits): Limit | null => (t === null ? 'failed' : overLimits(t, limits) ? 'too_large' : null);

export class Extraction {
  private pool: Piscina | null = null;
  private readonly zip: ZipLimits;

  constructor(private readonly config: Pick<Config, 'EXTRACT_MAX_UNCOMPRESSED_BYTES' | 'EXTRACT_MAX_RATIO' | 'EXTRACT_TIMEOUT_MS' | 'EXTRACT_MEMORY_MB' | 'EXTRACT_THREADS'>) {
    this.zip = { maxUncompressed: config.EXTRACT_MAX_UNCOMPRESSED_BYTES, maxRatio: config.EXTRACT_MAX_RATIO };
  }

  /** Threads start on the first task and end when idle: an app that never parses a file starts none. */
  private threads(): Piscina {
    this.pool ??= new Piscina({
      filename: new URL('./files.extract.bootstrap.mjs', import.meta.url).href,
      minThreads: 0,
      maxThreads: this.config.EXTRACT_THREADS,
      idleTimeout: 30_000,
      resourceLimits: { maxOldGenerationSizeMb: this.config.EXTRACT_MEMORY_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    return this.pool;
  }

  /** Runs a task within the time limit; the limit counts from the call, a wait in the queue included. */
  private async run<T>(task: Task): Promise<Outcome<T> | { ok: 'limit'; limit: Limit }> {
    try {
      return (await this.threads().run(task, { signal: AbortSignal.timeout(this.config.EXTRACT_TIMEOUT_MS) })) as Outcome<T>;
    } catch (err) {
      return { ok: 'limit', limit: limitOf(err) };
    }
  }

  /** The search text of a stored file and what became of it; never throws for the file's content. */
  async text(path: string, mime: string): Promise<{ text: string | null; textStatus: TextStatus }> {
    if (mime === 'text/plain') return found(await plainText(path).catch(() => null));
    if (!PARSED_TEXT.has(mime)) return { text: null, textStatus: 'none' };
    const refused = mime === DOCX ? zipRefused(await zipFileTotals(path), this.zip) : null;
    if (refused) return { text: null, textStatus: refused };
    const out = await this.run<string | null>({ kind: 'text', path, mime });
    if (out.ok === 'limit') return { text: null, textStatus: out.limit };
    return out.ok ? found(out.value) : { text: null, textStatus: 'failed' };
  }

  /**
   * The rows of an imported file (an .xlsx workbook or CSV) under `columns`; a file over a limit is refused
   * (422) before or while it is read. A workbook's zip is checked before anything inflates it.
   */
  async rows<K extends string>(file: Buffer, columns: readonly ImportColumn<K>[], maxRows: number): Promise<ReadResult<K>> {
    const refused = isXlsx(file) ? zipRefused(await zipTotals(bufferReader(file), file.length), this.zip) : null;
    if (refused === 'failed') throw new AppError(422, 'import.file_unreadable');
    if (refused) throw new AppError(422, 'import.file_too_large', { max: this.zip.maxUncompressed });
    const out = await this.run<ReadResult<K>>({ kind: 'rows', file, columns, maxRows });
    if (out.ok === 'limit' && out.limit === 'failed') throw new AppError(422, 'import.file_unreadable');
    if (out.ok === 'limit') throw new AppError(422, out.limit === 'timeout' ? 'import.file_timeout' : 'import.file_too_large', { max: this.zip.maxUncompressed });
    if (!out.ok) throw new AppError(out.status, out.code, out.vars);
    return out.value;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }
}

function found(text: string | null): { text: string | null; textStatus: TextStatus } {
  return text !== null && text.trim() !== '' ? { text, textStatus: 'extracted' } : { text, textStatus: 'none' };
}
