import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Round } from './documents.comments.schema.ts';

/**
 * Word tables of this module: the table of comments and their handling, and the registers as printed.
 * A4 landscape (registers and tables are wide), Times New Roman, Decree 30 margins.
 */

const FONT = 'Times New Roman';
const mm = (n: number) => Math.round((n * 1440) / 25.4);
const pt = (n: number) => n * 2;

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: FONT, size: pt(o.size ?? 12), bold: o.bold ?? false, italics: o.italics ?? false });

/** A cell's text may hold several lines; each becomes a paragraph. */
const cell = (text: string, widthPercent: number, bold = false) =>
  new TableCell({
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    children: text.split('\n').map((line) => new Paragraph({ children: [run(line, { bold })], spacing: { after: 40 } })),
  });

const centered = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new Paragraph({ children: [run(text, o)], alignment: AlignmentType.CENTER, spacing: { after: 80 } });

export interface WordTable {
  title: string;
  subtitle: string[];
  /** Header label and width in percent, per column. */
  columns: Array<[string, number]>;
  rows: string[][];
}

export async function wordTable(t: WordTable): Promise<Buffer> {
  const header = new TableRow({ tableHeader: true, children: t.columns.map(([label, width]) => cell(label, width, true)) });
  const body = t.rows.map((r) => new TableRow({ children: r.map((text, i) => cell(text, t.columns[i]?.[1] ?? 10)) }));
  const doc = new Document({
    title: t.title,
    creator: 'Công tác',
    styles: { default: { document: { run: { font: FONT, size: pt(12) } } } },
    sections: [{
      properties: { page: { size: { width: mm(297), height: mm(210), orientation: PageOrientation.LANDSCAPE }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } } },
      children: [
        centered(t.title, { bold: true, size: 14 }),
        ...t.subtitle.map((s) => centered(s, { italics: true, size: 13 })),
        new Table({ rows: [header, ...body], width: { size: 100, type: WidthType.PERCENTAGE } }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

const HANDLING_LABELS = { accepted: 'Tiếp thu', partly_accepted: 'Tiếp thu một phần', explained: 'Giải trình' } as const;

/** Bảng tổng hợp ý kiến góp ý và tiếp thu, giải trình: one row per comment, in the draft's order. */
export function commentsTable(r: Round): Promise<Buffer> {
  const rows = r.comments.map((c, i) => [
    String(i + 1),
    c.paragraph === null ? 'Toàn văn dự thảo' : `Đoạn ${c.paragraph}: ${c.paragraphText ?? ''}`,
    c.text,
    c.author,
    c.handling ? `${HANDLING_LABELS[c.handling]}${c.answer ? `:\n${c.answer}` : ''}` : 'Chưa xử lý',
  ]);
  return wordTable({
    title: 'BẢNG TỔNG HỢP Ý KIẾN GÓP Ý VÀ TIẾP THU, GIẢI TRÌNH',
    subtitle: [
      `${r.title} (dự thảo lần ${r.versionNo}: ${r.documentSummary})`,
      `Số ý kiến: ${r.counts.total}; tiếp thu ${r.counts.accepted}, tiếp thu một phần ${r.counts.partlyAccepted}, giải trình ${r.counts.explained}`,
    ],
    columns: [['TT', 5], ['Nội dung dự thảo', 25], ['Ý kiến góp ý', 28], ['Cơ quan, người góp ý', 14], ['Tiếp thu, giải trình', 28]],
    rows,
  });
}
