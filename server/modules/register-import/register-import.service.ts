import { createHash } from 'node:crypto';
import { foldVietnamese } from '../../../common/vietnamese.ts';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import type { Lang } from '../../http/i18n.ts';
import { appendAudit } from '../audit/index.ts';
import { ImportRefused, getJob as getImportJob, refuseErrors, startJob } from '../imports/index.ts';
import type { RowError } from '../imports/index.ts';
import type { RawRow } from '../imports/index.ts';
import type { Extraction } from '../files/index.ts';
import { COLUMNS_OF, type RegisterKind } from './register-import.columns.ts';
import { type Book, bookOf, importedSequence, incomingInBook, listsOf, outgoingInBook, arrivalsTaken, repeatsInFile } from './register-import.queries.ts';
import type { RegisterDryRun, RegisterJob } from './register-import.schema.ts';
import { type IncomingRow, type Lists, type LetterRow, type OutgoingRow, byText, errorsOf, validateIncoming, validateLetter, validateOutgoing } from './register-import.validate.ts';
import { writeIncoming, writeLetters, writeOutgoing } from './register-import.write.ts';

/**
 * Bulk import of the registers (incoming, outgoing, citizens' letters) into one book: the same dry run,
 * all-or-nothing job, progress and per-row errors as the member import, through the shared imports/ kit.
 * One audit row per import (with its counts and the file's SHA-256), appended last: the chain's lock is
 * held from that append to the commit only, not for the whole minute of a 30,000-row write, and the log
 * is not flooded with 30,000 entries that say the same; each entry carries the job's id (import_job_id).
 */

export const MAX_ROWS = 50_000;
const yearOf = (day: string) => Number(day.slice(0, 4));

interface Spec<R extends { row: number }> {
  // Methods, not function properties: a Spec of any row type is then usable as Spec<{ row: number }>.
  validate(raw: RawRow<string>, lists: Lists): { errors: RowError[]; row: R | null };
  inFile(rows: readonly R[], lang: Lang, book: Book): RowError[];
  inBook(db: Kysely<DB>, ctx: Ctx, book: Book, rows: readonly R[]): Promise<RowError[]>;
  write(trx: Transaction<DB>, ctx: Ctx, book: Book, jobId: string, rows: readonly R[], done: (n: number) => void): Promise<{ imported: number; byYear: Record<string, unknown> }>;
}

const arrivalRepeats = (kind: 'incoming' | 'letters') => <R extends { row: number; receivedOn: string; arrivalNumber: number | null }>(rows: readonly R[], lang: Lang) =>
  repeatsInFile(rows, (r) => (r.arrivalNumber === null ? null : `${yearOf(r.receivedOn)}|${r.arrivalNumber}`), (r, first) =>
    errorsOf[kind].rowError(lang, r.row, 'arrivalNumber' as never, 'duplicate_file', { other: first, by: byText(lang, 'by_arrival', { value: r.arrivalNumber ?? '', year: yearOf(r.receivedOn) }) }));

const SPECS: { incoming: Spec<IncomingRow>; outgoing: Spec<OutgoingRow>; letters: Spec<LetterRow> } = {
  incoming: {
    validate: (raw, lists) => validateIncoming(raw as RawRow<(typeof COLUMNS_OF.incoming)[number]['key']>, lists),
    inFile: (rows, lang) => [
      ...arrivalRepeats('incoming')(rows, lang),
      ...repeatsInFile(rows, (r) => (r.symbol ? `${r.symbol}|${foldVietnamese(r.sender)}` : null), (r, first) =>
        errorsOf.incoming.rowError(lang, r.row, 'symbol', 'duplicate_file', { other: first, by: byText(lang, 'by_symbol') })),
    ],
    inBook: incomingInBook,
    write: writeIncoming,
  },
  outgoing: {
    validate: (raw, lists) => validateOutgoing(raw as RawRow<(typeof COLUMNS_OF.outgoing)[number]['key']>, lists),
    inFile: (rows, lang, book) => [
      ...repeatsInFile(rows, (r) => `${r.symbol}|${yearOf(r.issuedOn)}`, (r, first) =>
        errorsOf.outgoing.rowError(lang, r.row, 'symbol', 'duplicate_file', { other: first, by: byText(lang, 'by_outgoing', { year: yearOf(r.issuedOn) }) })),
      ...repeatsInFile(rows, (r) => `${importedSequence(book.id, r)}#${r.number}`, (r, first) =>
        errorsOf.outgoing.rowError(lang, r.row, 'number', 'duplicate_file', { other: first, by: byText(lang, 'by_number', { value: r.number, year: yearOf(r.issuedOn) }) })),
    ],
    inBook: outgoingInBook,
    write: writeOutgoing,
  },
  letters: {
    validate: (raw, lists) => validateLetter(raw as RawRow<(typeof COLUMNS_OF.letters)[number]['key']>, lists),
    inFile: (rows, lang) => arrivalRepeats('letters')(rows, lang),
    inBook: async (db, ctx, book, rows) => {
      const isTaken = await arrivalsTaken(db, 'letters', book.id, rows);
      return rows.filter(isTaken).map((r) => errorsOf.letters.rowError(ctx.lang, r.row, 'arrivalNumber', 'duplicate_db', { by: byText(ctx.lang, 'by_arrival', { value: r.arrivalNumber ?? '', year: yearOf(r.receivedOn) }) }));
    },
    write: writeLetters,
  },
};

/** Every check, in the order a reader fixes them: the header, each row, the file against itself, the book. */
async function checkFile<R extends { row: number }>(ctx: Ctx, db: Kysely<DB>, kind: RegisterKind, spec: Spec<R>, book: Book, file: Buffer, extraction: Extraction) {
  // Read in a worker thread with limits: a zip bomb is refused (422), never parsed on the event loop.
  const { rows: raw, missing } = await extraction.rows<string>(file, COLUMNS_OF[kind], MAX_ROWS);
  const errors: RowError[] = errorsOf[kind].missingColumns(ctx.lang, missing as never[], 'missing_column');
  const lists = await listsOf(db, ctx);
  const rows: R[] = [];
  for (const r of raw) {
    const checked = spec.validate(r, lists);
    errors.push(...checked.errors);
    if (checked.row) rows.push(checked.row);
  }
  errors.push(...spec.inFile(rows, ctx.lang, book), ...(await spec.inBook(db, ctx, book, rows)));
  errors.sort((a, b) => a.row - b.row);
  return { total: raw.length, rows, errors };
}

export async function dryRun(ctx: Ctx, kind: RegisterKind, organizationId: string, file: Buffer, extraction: Extraction): Promise<RegisterDryRun> {
  const book = await bookOf(ctx.db, ctx, kind, organizationId);
  const { total, errors } = await checkFile(ctx, ctx.db, kind, SPECS[kind] as Spec<{ row: number }>, book, file, extraction);
  return { kind, total, valid: total - new Set(errors.map((e) => e.row)).size, errors };
}

export async function startImport(ctx: Ctx, kind: RegisterKind, organizationId: string, file: Buffer, extraction: Extraction): Promise<RegisterJob> {
  const book = await bookOf(ctx.db, ctx, kind, organizationId);
  const spec = SPECS[kind] as Spec<{ row: number }>;
  const { total, errors } = await checkFile(ctx, ctx.db, kind, spec, book, file, extraction);
  refuseErrors(errors);
  const sha256 = createHash('sha256').update(file).digest('hex');
  const job = await startJob(ctx, {
    kind, total, scopePath: book.path,
    write: async (trx, jobId, done) => {
      // Checked again inside the transaction: the book may have changed since the check above.
      const checked = await checkFile(ctx, trx, kind, spec, book, file, extraction);
      if (checked.errors.length > 0) throw new ImportRefused(checked.errors);
      const summary = { kind, organizationId: book.id, ...(await spec.write(trx, ctx, book, jobId, checked.rows, done)) };
      await appendAudit(trx, ctx, { action: `register.imported`, entity: 'register_import', entityId: jobId, scopePath: book.path, after: { ...summary, sha256 } });
      return summary;
    },
  });
  return toJob(job);
}

const toJob = (job: Awaited<ReturnType<typeof getImportJob>>): RegisterJob => ({ ...job, kind: job.kind as RegisterKind, summary: job.summary as RegisterJob['summary'] });

export async function getJob(ctx: Ctx, id: string): Promise<RegisterJob> {
  return toJob(await getImportJob(ctx, id, ['incoming', 'outgoing', 'letters']));
}
