import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';

/**
 * The building blocks of every Word file the office prints (domain.md "Two document regimes"): A4,
 * margins 20/20/30/15 mm, Times New Roman, the two-column heading of the party or of Decree 30/2020,
 * body paragraphs justified with a first-line indent, signature columns.
 */

export const FONT = 'Times New Roman';
/** Twips, rounded rather than truncated: A4 is exactly 11906 x 16838. */
export const mm = (n: number) => Math.round((n * 1440) / 25.4);
/** docx sizes are half-points. */
export const pt = (n: number) => n * 2;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  /** Points; 14 unless given. */
  size?: number;
}

export const run = (text: string, s: RunStyle = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: pt(s.size ?? 14),
    bold: s.bold ?? false,
    italics: s.italics ?? false,
    ...(s.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A paragraph of runs (or one text); body paragraphs are justified with a first-line indent. */
export function para(content: string | TextRun[], o: RunStyle & { align?: Align; indent?: boolean; after?: number } = {}) {
  const children = typeof content === 'string' ? [run(content, o)] : content;
  return new Paragraph({
    children,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: 0, after: o.after ?? 80, line: 300 },
    ...(o.indent === false ? {} : { indent: { firstLine: mm(10) } }),
  });
}

/** A centred line in the body's line spacing, nothing after it (headings, titles, signatures). */
export const centered = (text: string, s: RunStyle = {}) => para(text, { ...s, align: AlignmentType.CENTER, indent: false, after: 0 });

/** An empty paragraph: the room for a signature, a gap between parts. */
export const blank = () => para('', { indent: false, after: 0 });

/** A single-spaced line of one run, centred or flush left; `after` in twentieths of a point, none unless given. */
export function line(text: string, s: RunStyle & { align?: 'center' | 'left'; after?: number } = {}) {
  return new Paragraph({
    children: [run(text, s)],
    alignment: s.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    ...(s.after === undefined ? {} : { spacing: { after: s.after } }),
  });
}

export const cell = (children: Paragraph[], widthPercent: number) =>
  new TableCell({ children, width: { size: widthPercent, type: WidthType.PERCENTAGE } });

/** Two columns side by side without borders (heading, recipients and signature). */
export const columns = (left: Paragraph[], right: Paragraph[], leftWidth: number) =>
  new Table({
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, 100 - leftWidth)] })],
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
  });

export interface PartyHeading {
  superiorName: string | null;
  organizationName: string;
  placeDateLine: string;
}

/**
 * The heading of an official document in either regime (domain.md "Two document regimes"; Decree 30/2020
 * annex I for the administrative one): on the left the superior and the issuer in capitals, the party's
 * asterisk, the number line and a letter's "V/v"; on the right the party's name, or the national name and
 * motto, over the italic place and date.
 */
export interface OfficialHeading extends PartyHeading {
  regime: 'party' | 'administrative';
  /** "Số 12-BC/ĐU", "Số: 05/BC-VPQH"; null: none printed (minutes, invitations). */
  numberLine: string | null;
  /** A letter's subject line ("V/v ..."). */
  subjectLine?: string | null;
}

export function officialHeader(h: OfficialHeading): Table {
  const party = h.regime === 'party';
  const left = [
    ...(h.superiorName ? [centered(h.superiorName, { size: party ? 14 : 13 })] : []),
    centered(h.organizationName, { bold: true, size: party ? 15 : 13 }),
    centered(party ? '*' : '', { size: 14 }),
    ...(h.numberLine ? [centered(h.numberLine, { size: 13 })] : []),
    ...(h.subjectLine ? [centered(h.subjectLine, { size: 12 })] : []),
  ];
  const right = [
    ...(party
      ? [centered('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true, size: 15 })]
      : [centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 13 }), centered('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true, size: 14 })]),
    blank(),
    centered(h.placeDateLine, { italics: true, size: 14 }),
  ];
  return columns(left, right, 45);
}

/** Left: superior body and the issuer in capitals with "*" below; right: the party's name and the date. */
export function partyHeader(h: PartyHeading): Table {
  return officialHeader({ ...h, regime: 'party', numberLine: null });
}

/**
 * A signing column: the capacity in bold (a label may span lines: "T/M CHI BỘ\nBÍ THƯ"), an optional note
 * under it ("(Ký, ghi rõ họ tên)"), room for the signature, the signer's name in bold.
 */
export function signatureColumn(label: string, name: string | null, note?: string): Paragraph[] {
  return [
    ...label.split('\n').map((l) => centered(l, { bold: true })),
    ...(note ? [centered(note, { italics: true, size: 13 })] : []),
    blank(), blank(), blank(),
    centered(name ?? '', { bold: true }),
  ];
}

/** An A4 document around a body: portrait at 14 pt unless told; landscape for wide tables and registers. */
export async function officialDocument(
  title: string,
  children: Array<Paragraph | Table>,
  o: { landscape?: boolean; size?: number } = {},
): Promise<Buffer> {
  const size = o.landscape
    ? { width: mm(297), height: mm(210), orientation: PageOrientation.LANDSCAPE }
    : { width: mm(210), height: mm(297) };
  const doc = new Document({
    title,
    creator: 'Công tác',
    styles: { default: { document: { run: { font: FONT, size: pt(o.size ?? 14) } } } },
    sections: [{ properties: { page: { size, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } } }, children }],
  });
  return Packer.toBuffer(doc);
}
