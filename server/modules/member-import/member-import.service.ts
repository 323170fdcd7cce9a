import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { personSortKey } from '../../../common/vietnamese.ts';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { appendAudit } from '../audit/index.ts';
import { ImportRefused, commonPath, getJob as getImportJob, refuseErrors, startJob } from '../imports/index.ts';
import type { Extraction } from '../files/index.ts';
import { COLUMNS } from './member-import.columns.ts';
import { MAX_ROWS } from './member-import.parse.ts';
import { duplicatesInDatabase, writableCells } from './member-import.queries.ts';
import type { DryRunResult, ImportJob } from './member-import.schema.ts';
import { type RowError, type ValidRow, duplicatesInFile, missingColumns, validateRow } from './member-import.validate.ts';

const BATCH = 1000;

interface Checked {
  total: number;
  rows: ValidRow[];
  errors: RowError[];
}

/** Every check, in the order a reader fixes them: the header, each row, the file against itself, the database. */
async function checkFile(ctx: Ctx, db: Kysely<DB>, file: Buffer, extraction: Extraction): Promise<Checked> {
  // Read in a worker thread with limits: a zip bomb is refused (422), never parsed on the event loop.
  const { rows: raw, missing } = await extraction.rows(file, COLUMNS, MAX_ROWS);
  const errors: RowError[] = missingColumns(ctx.lang, missing, 'missing_column');
  const cellOf = await writableCells(db, ctx.actor);
  const today = todayInVietnam();
  const rows: ValidRow[] = [];
  for (const r of raw) {
    const checked = validateRow(r, cellOf, ctx.lang, today);
    errors.push(...checked.errors);
    if (checked.row) rows.push(checked.row);
  }
  errors.push(...duplicatesInFile(rows, ctx.lang), ...(await duplicatesInDatabase(db, rows, ctx.lang)));
  errors.sort((a, b) => a.row - b.row);
  return { total: raw.length, rows, errors };
}

export async function dryRun(ctx: Ctx, file: Buffer, extraction: Extraction): Promise<DryRunResult> {
  const { total, rows, errors } = await checkFile(ctx, ctx.db, file, extraction);
  const bad = new Set(errors.map((e) => e.row));
  const byCell = new Map<string, number>();
  for (const r of rows) if (!bad.has(r.row)) byCell.set(r.cell.id, (byCell.get(r.cell.id) ?? 0) + 1);
  return { total, valid: total - bad.size, errors, byCell: [...byCell].map(([cellId, count]) => ({ cellId, count })) };
}

export { commonPath };

async function insertBatch(trx: Transaction<DB>, ctx: Ctx, jobId: string, batch: ValidRow[], today: string) {
  const people = batch.map((r) => ({
    id: randomUUID(), familyName: r.familyName, middleName: r.middleName, givenName: r.givenName, fullName: r.fullName,
    sortKey: personSortKey(r), gender: r.gender, birthDate: r.birthDate, organizationId: r.cell.id,
  }));
  const members = batch.map((r, i) => ({
    id: randomUUID(), personId: people[i]?.id ?? '', cellId: r.cell.id, status: r.status, partyCardNumber: r.partyCardNumber,
    citizenId: r.citizenId, admissionDecisionNumber: r.admissionDecisionNumber, admissionDecisionDate: r.admissionDecisionDate,
    ceremonyDate: r.ceremonyDate, officialRecognitionDate: r.officialRecognitionDate, educationLevel: r.educationLevel,
    politicalTheoryLevel: r.politicalTheoryLevel, occupation: r.occupation, position: r.position, contact: r.contact,
  }));
  const events = batch.map((r, i) => ({
    id: randomUUID(), memberId: members[i]?.id ?? '', kind: 'imported', occurredOn: today, statusAfter: r.status,
    details: json({ importJobId: jobId, row: r.row }), createdBy: ctx.actor.userId,
  }));
  await trx.insertInto('people').values(people).execute();
  await trx.insertInto('members').values(members).execute();
  await trx.insertInto('memberEvents').values(events).execute();
}

/** The import itself, in the job's one transaction: all rows or none, checked again inside it against the database. */
async function writeImport(ctx: Ctx, trx: Transaction<DB>, jobId: string, file: Buffer, scopePath: string, extraction: Extraction, done: (n: number) => void) {
  const { rows, errors } = await checkFile(ctx, trx, file, extraction);
  if (errors.length > 0) throw new ImportRefused(errors);
  const today = todayInVietnam();
  for (let i = 0; i < rows.length; i += BATCH) {
    await insertBatch(trx, ctx, jobId, rows.slice(i, i + BATCH), today);
    done(Math.min(rows.length, i + BATCH));
  }
  const byStatus: Record<string, number> = {};
  for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const result = { imported: rows.length, byStatus };
  await appendAudit(trx, ctx, { action: 'member.imported', entity: 'member_import', entityId: jobId, scopePath, after: result });
  return result;
}

/**
 * Starts an import job after a full check: a file with any error is refused at once (422 with every
 * row's errors) and nothing is written. Otherwise the job runs in the background; poll it for progress.
 */
export async function startImport(ctx: Ctx, file: Buffer, extraction: Extraction): Promise<ImportJob> {
  const { total, rows, errors } = await checkFile(ctx, ctx.db, file, extraction);
  refuseErrors(errors);
  const scopePath = commonPath(rows.map((r) => r.cell.path));
  const job = await startJob(ctx, { kind: 'members', total, scopePath, write: (trx, jobId, done) => writeImport(ctx, trx, jobId, file, scopePath, extraction, done) });
  return { ...job, summary: job.summary as ImportJob['summary'] };
}

/** A job as its starter sees it, with live progress while it runs in this process. */
export async function getJob(ctx: Ctx, id: string): Promise<ImportJob> {
  const job = await getImportJob(ctx, id, 'members');
  return { ...job, summary: job.summary as ImportJob['summary'] };
}
