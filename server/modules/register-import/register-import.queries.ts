import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { organizationFor } from '../../http/scope.ts';
import { foldVietnamese } from '../../../common/vietnamese.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import type { RowError } from '../imports/index.ts';
import type { RegisterKind } from './register-import.columns.ts';
import { type IncomingRow, type Lists, type OutgoingRow, byText, errorsOf } from './register-import.validate.ts';

/** What the checks read from the database: the book, the lists, and what the book already holds. */

const CHUNK = 5000;
export const chunks = <T>(items: readonly T[], size = CHUNK) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The organization whose book the file goes to, within the importer's write scope (else not found). */
export async function bookOf(db: Kysely<DB>, ctx: Ctx, kind: RegisterKind, organizationId: string) {
  const permission = kind === 'letters' ? 'letters.write' : 'correspondence.write';
  return organizationFor(db, ctx.actor, organizationId, permission);
}
export type Book = Awaited<ReturnType<typeof bookOf>>;

export async function listsOf(db: Kysely<DB>, ctx: Ctx): Promise<Lists> {
  const [types, kinds] = await Promise.all([
    db.selectFrom('documentTypes').select(['id', 'regime', 'key', 'abbreviation', 'name']).where('active', '=', true).orderBy('regime').orderBy('sortOrder').execute(),
    db.selectFrom('letterKinds').select(['kind', 'name', 'deadlineDays']).execute(),
  ]);
  const letterKinds = new Map(kinds.flatMap((k) => [[foldVietnamese(k.kind), k], [foldVietnamese(k.name), k]] as const));
  return { lang: ctx.lang, today: todayInVietnam(), clearance: ctx.actor.clearance, types, letterKinds };
}

const yearOf = (day: string) => Number(day.slice(0, 4));

/** Rows that repeat an earlier row of the file by `key` (null: not compared). */
export function repeatsInFile<R extends { row: number }>(rows: readonly R[], key: (r: R) => string | null, error: (r: R, first: number) => RowError): RowError[] {
  const first = new Map<string, number>();
  const errors: RowError[] = [];
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const seen = first.get(k);
    if (seen === undefined) first.set(k, r.row);
    else errors.push(error(r, seen));
  }
  return errors;
}

/** Arrival numbers of the file already in the book (incoming documents or letters of the organization). */
export async function arrivalsTaken(db: Kysely<DB>, table: 'incomingDocuments' | 'letters', organizationId: string, rows: readonly { receivedOn: string; arrivalNumber: number | null }[]) {
  const given = rows.filter((r) => r.arrivalNumber !== null);
  const taken = new Set<string>();
  for (const year of new Set(given.map((r) => yearOf(r.receivedOn)))) {
    for (const part of chunks(given.filter((r) => yearOf(r.receivedOn) === year).map((r) => r.arrivalNumber ?? 0))) {
      const found = await db.selectFrom(table).select('arrivalNumber').where('organizationId', '=', organizationId).where('year', '=', year).where('arrivalNumber', 'in', part).execute();
      for (const f of found) taken.add(`${year}|${f.arrivalNumber}`);
    }
  }
  return (r: { receivedOn: string; arrivalNumber: number | null }) => r.arrivalNumber !== null && taken.has(`${yearOf(r.receivedOn)}|${r.arrivalNumber}`);
}

/** Incoming rows already registered: the same symbol from the same sender (what registration calls a possible duplicate). */
export async function incomingInBook(db: Kysely<DB>, ctx: Ctx, book: Book, rows: readonly IncomingRow[]): Promise<RowError[]> {
  const isTaken = await arrivalsTaken(db, 'incomingDocuments', book.id, rows);
  const symbols = [...new Set(rows.flatMap((r) => (r.symbol ? [r.symbol] : [])))];
  const known = new Set<string>();
  for (const part of chunks(symbols)) {
    const found = await db.selectFrom('incomingDocuments').select(['symbol', 'sender']).where('organizationId', '=', book.id).where('symbol', 'in', part).execute();
    for (const f of found) known.add(`${f.symbol}|${foldVietnamese(f.sender)}`);
  }
  const e = errorsOf.incoming;
  return rows.flatMap((r) => {
    if (isTaken(r)) return [e.rowError(ctx.lang, r.row, 'arrivalNumber', 'duplicate_db', { by: byText(ctx.lang, 'by_arrival', { value: r.arrivalNumber ?? '', year: yearOf(r.receivedOn) }) })];
    if (r.symbol && known.has(`${r.symbol}|${foldVietnamese(r.sender)}`)) return [e.rowError(ctx.lang, r.row, 'symbol', 'duplicate_db', { by: byText(ctx.lang, 'by_symbol') })];
    return [];
  });
}

/** The sequence an imported document's number belongs to: per organization, regime, type and year. */
export const importedSequence = (organizationId: string, r: OutgoingRow) => `imported|${r.type.regime}|${organizationId}|y${yearOf(r.issuedOn)}|${r.type.key}`;

/** Outgoing rows already in the register: the same symbol in the same year, or the same number of the sequence. */
export async function outgoingInBook(db: Kysely<DB>, ctx: Ctx, book: Book, rows: readonly OutgoingRow[]): Promise<RowError[]> {
  const known = new Set<string>();
  for (const part of chunks([...new Set(rows.map((r) => r.symbol))])) {
    const found = await db.selectFrom('outgoingRegister').select(['symbol', 'issuedOn']).where('organizationId', '=', book.id).where('symbol', 'in', part).execute();
    for (const f of found) known.add(`${f.symbol}|${yearOf(f.issuedOn)}`);
  }
  const numbered = new Set<string>();
  for (const key of new Set(rows.map((r) => importedSequence(book.id, r)))) {
    const found = await db.selectFrom('documents').select('number').where('sequenceKey', '=', key).execute();
    for (const f of found) numbered.add(`${key}#${f.number}`);
  }
  const e = errorsOf.outgoing;
  return rows.flatMap((r) => {
    const year = yearOf(r.issuedOn);
    if (known.has(`${r.symbol}|${year}`)) return [e.rowError(ctx.lang, r.row, 'symbol', 'duplicate_db', { by: byText(ctx.lang, 'by_outgoing', { year }) })];
    if (numbered.has(`${importedSequence(book.id, r)}#${r.number}`)) return [e.rowError(ctx.lang, r.row, 'number', 'duplicate_db', { by: byText(ctx.lang, 'by_number', { value: r.number, year }) })];
    return [];
  });
}
