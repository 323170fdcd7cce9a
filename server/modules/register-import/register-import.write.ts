import { randomUUID } from 'node:crypto';
import { type Transaction, sql } from 'kysely';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { addDays } from '../../lib/dates.ts';
import { arrivalKey } from '../../lib/numbering.ts';
import { urgencyRank } from '../../../common/enums.ts';
import type { Book } from './register-import.queries.ts';
import { chunks, importedSequence } from './register-import.queries.ts';
import type { IncomingRow, LetterRow, OutgoingRow } from './register-import.validate.ts';

/**
 * The writes of a register import, inside the job's one transaction: multi-row INSERTs of 1,000 rows.
 * Arrival numbers come from the file where given (checked against the book) or are drawn in file order
 * after the highest number of the year; the counter ends at the highest number, so the next entry
 * registered by hand gets the next one.
 */

export const BATCH = 1000;
const yearOf = (day: string) => Number(day.slice(0, 4));

export interface Numbered { first: number; last: number; count: number }

/** The arrival number of each row, with the book's counters locked and moved past them. */
async function assignArrivals(trx: Transaction<DB>, register: 'incoming' | 'letter', organizationId: string, rows: readonly { receivedOn: string; arrivalNumber: number | null }[]) {
  const numbers: number[] = new Array<number>(rows.length);
  const byYear: Record<string, Numbered> = {};
  for (const year of [...new Set(rows.map((r) => yearOf(r.receivedOn)))].sort()) {
    const key = arrivalKey(register, organizationId, year);
    // Locks the counter row until commit: registrations of the same book wait for the import.
    const locked = await sql<{ lastNumber: number }>`
      INSERT INTO document_counters (key, last_number) VALUES (${key}, 0)
      ON CONFLICT (key) DO UPDATE SET last_number = document_counters.last_number RETURNING last_number`.execute(trx);
    const indexes = rows.flatMap((r, i) => (yearOf(r.receivedOn) === year ? [i] : []));
    let last = Math.max(locked.rows[0]?.lastNumber ?? 0, ...indexes.map((i) => rows[i]?.arrivalNumber ?? 0));
    for (const i of indexes) numbers[i] = rows[i]?.arrivalNumber ?? ++last;
    const mine = indexes.map((i) => numbers[i] ?? 0);
    byYear[year] = { first: Math.min(...mine), last: Math.max(...mine), count: mine.length };
    await sql`UPDATE document_counters SET last_number = ${last}, updated_at = now() WHERE key = ${key}`.execute(trx);
  }
  return { numbers, byYear };
}

type Done = (n: number) => void;

export async function writeIncoming(trx: Transaction<DB>, ctx: Ctx, book: Book, jobId: string, rows: readonly IncomingRow[], done: Done) {
  const { numbers, byYear } = await assignArrivals(trx, 'incoming', book.id, rows);
  for (const [b, part] of chunks(rows, BATCH).entries()) {
    await trx.insertInto('incomingDocuments').values(part.map((r, i) => ({
      id: randomUUID(), organizationId: book.id, scopePath: book.path, year: yearOf(r.receivedOn), arrivalNumber: numbers[b * BATCH + i] ?? 0,
      receivedOn: r.receivedOn, sender: r.sender, symbol: r.symbol, documentDate: r.documentDate, typeName: r.typeName, summary: r.summary,
      searchText: [r.symbol, r.sender, r.typeName, r.summary].filter(Boolean).join(' '), urgency: r.urgency, urgencyRank: urgencyRank(r.urgency),
      secrecy: r.secrecy, note: r.note, coOrganizationIds: json([]), createdBy: ctx.actor.userId, importJobId: jobId,
    }))).execute();
    done(Math.min(rows.length, (b + 1) * BATCH));
  }
  return { imported: rows.length, byYear };
}

/** Documents issued outside the system: an issued document (flagged as imported, no draft) and its register entry. */
export async function writeOutgoing(trx: Transaction<DB>, ctx: Ctx, book: Book, jobId: string, rows: readonly OutgoingRow[], done: Done) {
  for (const [b, part] of chunks(rows, BATCH).entries()) {
    const ids = part.map(() => randomUUID());
    await trx.insertInto('documents').values(part.map((r, i) => ({
      id: ids[i] ?? '', organizationId: book.id, scopePath: book.path, regime: r.type.regime, typeId: r.type.id, issuerCode: r.issuerCode,
      unitCode: r.unitCode, summary: r.summary, searchText: [r.symbol, r.summary].join(' '), state: 'issued', secrecy: r.secrecy,
      recipients: json(r.recipients), signerName: r.signerName, sequenceKey: importedSequence(book.id, r), number: r.number,
      symbol: r.symbol, signedOn: r.issuedOn, issuedOn: r.issuedOn, createdBy: ctx.actor.userId, importJobId: jobId,
    }))).execute();
    await trx.insertInto('outgoingRegister').values(part.map((r, i) => ({
      id: randomUUID(), documentId: ids[i] ?? '', organizationId: book.id, scopePath: book.path, issuedOn: r.issuedOn, symbol: r.symbol,
      typeName: r.type.name, summary: r.summary, signerName: r.signerName, recipients: r.recipients.join('; '), copies: r.copies,
      note: r.note, importJobId: jobId,
    }))).execute();
    done(Math.min(rows.length, (b + 1) * BATCH));
  }
  const byYear: Record<string, number> = {};
  for (const r of rows) byYear[yearOf(r.issuedOn)] = (byYear[yearOf(r.issuedOn)] ?? 0) + 1;
  return { imported: rows.length, byYear };
}

export async function writeLetters(trx: Transaction<DB>, ctx: Ctx, book: Book, jobId: string, rows: readonly LetterRow[], done: Done) {
  const { numbers, byYear } = await assignArrivals(trx, 'letter', book.id, rows);
  for (const [b, part] of chunks(rows, BATCH).entries()) {
    await trx.insertInto('letters').values(part.map((r, i) => ({
      id: randomUUID(), organizationId: book.id, scopePath: book.path, year: yearOf(r.receivedOn), arrivalNumber: numbers[b * BATCH + i] ?? 0,
      receivedOn: r.receivedOn, senderName: r.senderName, senderAddress: r.senderAddress, kind: r.kind, summary: r.summary,
      searchText: [r.senderName, r.summary].join(' '), concernsMember: r.concernsMember, handler: r.concernsMember ? 'inspection_committee' as const : 'office' as const,
      deadline: addDays(r.receivedOn, r.deadlineDays), createdBy: ctx.actor.userId, importJobId: jobId,
    }))).execute();
    done(Math.min(rows.length, (b + 1) * BATCH));
  }
  return { imported: rows.length, byYear };
}
