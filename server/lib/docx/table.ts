import { Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { line, officialDocument, run } from './layout.ts';

/** A cell's text may hold several lines; each becomes a paragraph. */
const textCell = (text: string, widthPercent: number, bold = false) =>
  new TableCell({
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    children: text.split('\n').map((l) => new Paragraph({ children: [run(l, { bold, size: 12 })], spacing: { after: 40 } })),
  });

export interface WordTable {
  title: string;
  subtitle: string[];
  /** Header label and width in percent, per column. */
  columns: Array<[string, number]>;
  rows: string[][];
}

/** A titled table on A4 landscape at 12 pt (registers as printed, the table of comments), its header repeated on each page. */
export async function wordTable(t: WordTable): Promise<Buffer> {
  const header = new TableRow({ tableHeader: true, children: t.columns.map(([label, width]) => textCell(label, width, true)) });
  const body = t.rows.map((r) => new TableRow({ children: r.map((text, i) => textCell(text, t.columns[i]?.[1] ?? 10)) }));
  return officialDocument(t.title, [
    line(t.title, { bold: true, size: 14, after: 80 }),
    ...t.subtitle.map((s) => line(s, { italics: true, size: 13, after: 80 })),
    new Table({ rows: [header, ...body], width: { size: 100, type: WidthType.PERCENTAGE } }),
  ], { landscape: true, size: 12 });
}
