import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/** One column of an exported sheet: its header, its width in characters, and its cell for a row. */
export interface SheetColumn<R> {
  header: string;
  width: number;
  /** `n`: the row's number in the sheet, from 1 (an STT column). */
  value: (row: R, n: number) => string | number;
}

/** One chunk of rows and the cursor of the next, as every paged list answers. */
export type FetchRows<R> = (cursor: string | undefined, limit: number) => Promise<{ data: R[]; links: { next: string | null } }>;

export interface StreamedSheet<R> {
  /** The tab's name; characters Excel refuses become '-' and it is cut to Excel's 31. */
  sheet: string;
  /** The bold first row. */
  title: string;
  columns: readonly SheetColumn<R>[];
  fetch: FetchRows<R>;
  /** Rows read per query. */
  chunk: number;
  /** Stops after the page that reaches this many rows. */
  maxRows: number;
}

/**
 * A one-sheet workbook streamed as it is written: a title row, a header row, then the rows read a chunk
 * at a time by keyset paging and committed as they go, so memory stays flat however long the list is.
 * A failure while writing destroys the stream with its error.
 */
export function streamSheet<R>(spec: StreamedSheet<R>): PassThrough {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(spec.sheet.replace(/[\\/?*[\]:]/g, '-').slice(0, 31));
  sheet.columns = spec.columns.map((c) => ({ width: c.width }));
  const title = sheet.addRow([spec.title]);
  title.font = { bold: true, size: 14 };
  title.commit();
  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  const write = async () => {
    let cursor: string | undefined;
    let n = 0;
    do {
      const page = await spec.fetch(cursor, spec.chunk);
      for (const r of page.data) {
        n++;
        sheet.addRow(spec.columns.map((c) => c.value(r, n))).commit();
      }
      cursor = page.links.next ?? undefined;
    } while (cursor && n < spec.maxRows);
    sheet.commit();
    await workbook.commit();
  };
  write().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
