import type { Ctx } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { Page } from '../../http/paging.ts';
import { organizationFor } from '../../http/scope.ts';
import { type SheetColumn, streamSheet } from '../../lib/xlsx.ts';
import { wordTable } from '../../lib/docx/index.ts';
import type { Urgency } from '../../../common/enums.ts';
import type { IncomingEntry, IncomingFilters, OutgoingEntry, OutgoingFilters } from './correspondence.schema.ts';
import { isOneBook, listIncoming } from './correspondence.incoming.queries.ts';
import { listOutgoing } from './correspondence.outgoing.ts';

/**
 * The registers as printed and bound (Decree 30, Appendix IV): every column, in register order. Excel
 * streams a chunk at a time, so a year of a large office fits; Word is for a printable period and
 * refuses more rows than a bound register holds.
 */

const CHUNK = 1000;
const EXCEL_MAX_ROWS = 500_000;
const WORD_MAX_ROWS = 5_000;

const vnDay = (d: string | null) => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '');
const URGENCY_LABELS: Record<Urgency, string> = { thuong: '', khan: 'Khẩn', thuong_khan: 'Thượng khẩn', hoa_toc: 'Hỏa tốc' };
const SECRECY_LABELS: Record<string, string> = { none: '', mat: 'Mật', toi_mat: 'Tối mật', tuyet_mat: 'Tuyệt mật' };
const markings = (urgency: Urgency, secrecy: string) => [URGENCY_LABELS[urgency], SECRECY_LABELS[secrecy] ?? ''].filter(Boolean).join(', ');

type Column<R> = SheetColumn<R>;

const OUTGOING: Column<OutgoingEntry>[] = [
  { header: 'Số, ký hiệu văn bản', width: 18, value: (r) => r.symbol },
  { header: 'Ngày tháng văn bản', width: 12, value: (r) => vnDay(r.issuedOn) },
  { header: 'Tên loại và trích yếu nội dung', width: 50, value: (r) => `${r.typeName}: ${r.summary}` },
  { header: 'Người ký', width: 20, value: (r) => r.signerName ?? '' },
  { header: 'Nơi nhận văn bản', width: 30, value: (r) => r.recipients },
  { header: 'Đơn vị, người nhận bản lưu', width: 20, value: (r) => r.fileCopyHolder ?? '' },
  { header: 'Số lượng bản', width: 8, value: (r) => r.copies },
  { header: 'Ngày chuyển', width: 12, value: (r) => vnDay(r.sentOn) },
  { header: 'Ký nhận', width: 12, value: () => '' },
  { header: 'Ghi chú', width: 24, value: (r) => [markings(r.urgency, r.secrecy), r.note].filter(Boolean).join('; ') },
];

const INCOMING: Column<IncomingEntry>[] = [
  { header: 'Ngày đến', width: 12, value: (r) => vnDay(r.receivedOn) },
  { header: 'Số đến', width: 8, value: (r) => r.arrivalNumber },
  { header: 'Tác giả', width: 28, value: (r) => r.sender },
  { header: 'Số, ký hiệu', width: 18, value: (r) => r.symbol ?? '' },
  { header: 'Ngày tháng', width: 12, value: (r) => vnDay(r.documentDate) },
  { header: 'Tên loại và trích yếu nội dung', width: 50, value: (r) => [r.typeName, r.summary].filter(Boolean).join(': ') },
  { header: 'Đơn vị hoặc người nhận', width: 24, value: (r) => r.leadOrganizationName ?? r.leadPersonName ?? '' },
  { header: 'Ngày chuyển', width: 12, value: (r) => vnDay(r.directedOn) },
  { header: 'Ký nhận', width: 12, value: () => '' },
  { header: 'Ghi chú', width: 24, value: (r) => [markings(r.urgency, r.secrecy), r.note].filter(Boolean).join('; ') },
  { header: 'Hạn giải quyết', width: 12, value: (r) => vnDay(r.deadline) },
  { header: 'Số văn bản trả lời', width: 18, value: (r) => r.replySymbol ?? '' },
];

/** The combined view's first column: which book (organization) the entry belongs to. */
const BOOK: Column<IncomingEntry> = { header: 'Sổ của', width: 24, value: (r) => r.organizationName };

type Fetch<R> = (cursor: string | undefined, limit: number) => Promise<Page<R>>;

const outgoingPages = (ctx: Ctx, f: OutgoingFilters): Fetch<OutgoingEntry> => (cursor, limit) => listOutgoing(ctx, f, { limit, cursor, sort: 'register' });
/** One book in its arrival order; the combined view by day received, then arrival number. */
const incomingPages = (ctx: Ctx, f: IncomingFilters): Fetch<IncomingEntry> => (cursor, limit) =>
  listIncoming(ctx.db, ctx.actor, f, { limit, cursor, sort: isOneBook(f) ? 'arrival' : 'receivedOn' });

/**
 * The incoming register as printed: one book is titled with its organization; without an organization the
 * combined view of the books in scope, with the book as its first column (arrival numbers repeat across books).
 */
async function incomingBook(ctx: Ctx, f: IncomingFilters) {
  if (!f.organizationId) return { name: null, columns: [BOOK, ...INCOMING] };
  const org = await organizationFor(ctx.db, ctx.actor, f.organizationId, 'correspondence.read');
  return { name: org.name, columns: isOneBook(f) ? INCOMING : [BOOK, ...INCOMING] };
}

const excel = <R>(title: string, columns: Column<R>[], fetch: Fetch<R>) =>
  streamSheet({ sheet: title, title, columns, fetch, chunk: CHUNK, maxRows: EXCEL_MAX_ROWS });

async function word<R>(title: string, subtitle: string[], columns: Column<R>[], fetch: Fetch<R>): Promise<Buffer> {
  const page = await fetch(undefined, WORD_MAX_ROWS);
  if (page.links.next) throw new AppError(422, 'register.too_long_for_word', { max: WORD_MAX_ROWS });
  const total = columns.reduce((n, c) => n + c.width, 0);
  return wordTable({
    title,
    subtitle,
    columns: columns.map((c) => [c.header, Math.round((c.width * 100) / total)]),
    rows: page.data.map((r, i) => columns.map((c) => String(c.value(r, i + 1)))),
  });
}

/** "Năm 2026", "Tháng 03/2026", "Từ 01/03/2026 đến 31/03/2026": the period printed under the title. */
export function periodLabel(f: { year?: number | undefined; month?: string | undefined; from?: string | undefined; to?: string | undefined }): string {
  if (f.month) return `Tháng ${f.month.slice(5, 7)}/${f.month.slice(0, 4)}`;
  if (f.from || f.to) return `Từ ${vnDay(f.from ?? null) || '...'} đến ${vnDay(f.to ?? null) || '...'}`;
  return f.year ? `Năm ${f.year}` : 'Toàn bộ';
}

export const OUTGOING_TITLE = 'SỔ ĐĂNG KÝ VĂN BẢN ĐI';
export const INCOMING_TITLE = 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN';
const COMBINED = 'Các sổ xem gộp';

export const outgoingExcel = (ctx: Ctx, f: OutgoingFilters) => excel(`${OUTGOING_TITLE} - ${periodLabel(f)}`, OUTGOING, outgoingPages(ctx, f));
export async function incomingExcel(ctx: Ctx, f: IncomingFilters) {
  const book = await incomingBook(ctx, f);
  return excel([INCOMING_TITLE, book.name ?? COMBINED, periodLabel(f)].join(' - '), book.columns, incomingPages(ctx, f));
}
export const outgoingWord = (ctx: Ctx, f: OutgoingFilters) => word(OUTGOING_TITLE, [periodLabel(f)], OUTGOING, outgoingPages(ctx, f));
export async function incomingWord(ctx: Ctx, f: IncomingFilters) {
  const book = await incomingBook(ctx, f);
  return word(INCOMING_TITLE, [book.name ?? COMBINED, periodLabel(f)], book.columns.slice(0, book.columns.length - 2), incomingPages(ctx, f));
}
