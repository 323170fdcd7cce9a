import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import { type VoteMethod, isCellKind } from '../../../common/enums.ts';
import { minutesTime } from '../../../common/vietnamese.ts';
import type { Meeting, MinutesContent, Vote } from './meetings.schema.ts';

/**
 * Word documents of a meeting in the party layout (domain.md "Two document regimes"): A4, margins
 * 20/20/30/15 mm, Times New Roman, a two-column header (issuer with an asterisk / ĐẢNG CỘNG SẢN VIỆT NAM
 * underlined with the italic place and date), the type name in 16 pt, body 14 pt justified.
 */

const FONT = 'Times New Roman';
/** Twips, rounded rather than truncated: A4 is exactly 11906 x 16838. */
const mm = (n: number) => Math.round((n * 1440) / 25.4);
/** docx sizes are half-points. */
const pt = (n: number) => n * 2;

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
}

const run = (text: string, s: RunStyle = {}) =>
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
const centered = (text: string, s: RunStyle = {}) => para(text, { ...s, align: AlignmentType.CENTER, indent: false, after: 0 });

const cell = (children: Paragraph[], widthPercent: number) =>
  new TableCell({ children, width: { size: widthPercent, type: WidthType.PERCENTAGE } });

const borderless = (rows: TableRow[]) =>
  new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE });

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
    para('', { indent: false, after: 0 }),
    centered(h.placeDateLine, { italics: true, size: 14 }),
  ];
  return borderless([new TableRow({ children: [cell(left, 45), cell(right, 55)] })]);
}

/** Left: superior body and the issuer in capitals with "*" below; right: the party's name and the date. */
export function partyHeader(h: PartyHeading): Table {
  return officialHeader({ ...h, regime: 'party', numberLine: null });
}

/** Signatures side by side: secretary left, chair right; a label may span lines ("T/M CHI BỘ\nBÍ THƯ"). */
export function signatureBlock(signatures: MinutesContent['signatures']): Table {
  const column = (role: 'chair' | 'secretary') => {
    const s = signatures.find((x) => x.role === role);
    const label = s?.label ?? (role === 'chair' ? 'CHỦ TRÌ' : 'THƯ KÝ');
    return [
      ...label.split('\n').map((line) => centered(line, { bold: true })),
      centered('(Ký, ghi rõ họ tên)', { italics: true, size: 13 }),
      ...[1, 2, 3].map(() => para('', { indent: false, after: 0 })),
      centered(s?.name ?? '', { bold: true }),
    ];
  };
  return borderless([new TableRow({ children: [cell(column('secretary'), 50), cell(column('chair'), 50)] })]);
}

/** The A4 party-layout document around a body. */
export async function partyDocument(title: string, children: Array<Paragraph | Table>): Promise<Buffer> {
  const doc = new Document({
    title,
    creator: 'Công tác',
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(20),
              bottom: mm(20),
              left: mm(30),
              right: mm(15),
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const METHOD: Record<VoteMethod, string> = { show_of_hands: 'giơ tay', secret_ballot: 'bỏ phiếu kín' };
const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "5/7 (71,43%)": a count and its share of the base, as minutes state vote results. */
export function ofBase(count: number, base: number): string {
  return base > 0 ? `${count}/${base} (${percent.format((count * 100) / base)}%)` : String(count);
}

export function voteLine(v: Vote): string {
  const result = v.passed ? 'Thông qua' : 'Không thông qua';
  return (
    `Biểu quyết ${v.subject} (hình thức ${METHOD[v.method]}): tán thành ${ofBase(v.forCount, v.baseCount)}; ` +
    `không tán thành ${ofBase(v.againstCount, v.baseCount)}; không biểu quyết ${ofBase(v.abstainCount, v.baseCount)}. ` +
    `Kết quả: ${result} (cần ít nhất ${v.requiredCount} phiếu tán thành).`
  );
}

const heading = (text: string) => para(text, { bold: true, indent: false, after: 60 });
const bullet = (text: string) => para(`- ${text}`);
const nameTitle = (x: { name: string; title: string | null }) => (x.title ? `Đồng chí ${x.name}, ${x.title}` : `Đồng chí ${x.name}`);

/**
 * The count the minutes state: a cell counts its party members by status; a committee (body) counts
 * its members convened, present and absent, as the meeting page does.
 */
function quorumLines(q: MinutesContent['quorum']): Paragraph[] {
  const who = q.basis === 'cell' ? 'đảng viên' : 'ủy viên';
  const others = q.presentOthers ? `, ${q.presentOthers} đồng chí khác` : '';
  const head = q.basis === 'cell'
    ? [
        bullet(`Tổng số đảng viên: ${q.invited} đồng chí (chính thức: ${q.official}; dự bị: ${q.probationary}; ` +
          `miễn sinh hoạt: ${q.exempt}; sinh hoạt tạm thời nơi khác: ${q.temporarilyElsewhere}).`),
        bullet(`Có mặt: ${ofBase(q.present, q.base)} đồng chí thuộc diện tính tỷ lệ${others}; vắng có lý do: ${q.absentExcused}; ` +
          `vắng không có lý do: ${q.absentUnexcused}; miễn sinh hoạt có mặt: ${q.exemptPresent}.`),
      ]
    : [
        bullet(`Số ủy viên được triệu tập: ${q.base} đồng chí.`),
        bullet(`Có mặt: ${ofBase(q.present, q.base)} đồng chí${others}; vắng có lý do: ${q.absentExcused}; vắng không có lý do: ${q.absentUnexcused}.`),
      ];
  const verdict = q.met
    ? `Số ${who} có mặt đạt tỷ lệ quy định (tối thiểu ${q.required}); cuộc họp hợp lệ.`
    : `Số ${who} có mặt chưa đạt tỷ lệ quy định (tối thiểu ${q.required}).`;
  return [...head, bullet(verdict)];
}

function compositionPart(c: MinutesContent): Paragraph[] {
  const q = c.quorum;
  const out = [heading('I. THÀNH PHẦN')];
  if (q.basis !== 'none') out.push(...quorumLines(q));
  if (c.attendance.present.length) out.push(bullet(`Có mặt: ${c.attendance.present.map((x) => x.name).join('; ')}.`));
  if (c.attendance.absentExcused.length) {
    out.push(bullet(`Vắng có lý do: ${c.attendance.absentExcused.map((a) => (a.reason ? `${a.name} (${a.reason})` : a.name)).join('; ')}.`));
  }
  if (c.attendance.absentUnexcused.length) out.push(bullet(`Vắng không có lý do: ${c.attendance.absentUnexcused.map((a) => a.name).join('; ')}.`));
  if (c.chairs.length) out.push(bullet(`Chủ trì: ${c.chairs.map(nameTitle).join('; ')}.`));
  if (c.secretary) out.push(bullet(`Thư ký: ${nameTitle(c.secretary)}.`));
  if (c.guests.length) out.push(bullet(`Đại biểu khách mời: ${c.guests.map(nameTitle).join('; ')}.`));
  if (c.invitedUnits.length) out.push(bullet(`Đơn vị được mời: ${c.invitedUnits.join('; ')}.`));
  return out;
}

function itemPart(item: MinutesContent['items'][number]): Paragraph[] {
  const out = [para(`${item.number}. ${item.title}`, { bold: true, indent: item.depth > 0 })];
  if (item.presenter) out.push(para(`Trình bày: ${item.presenter}.`));
  if (item.documents.length) out.push(para(`Tài liệu: ${item.documents.join('; ')}.`));
  for (const line of (item.notes ?? '').split(/\n+/).filter(Boolean)) out.push(para(line));
  if (item.speeches.length) out.push(para('Ý kiến phát biểu:', { italics: true }));
  for (const s of item.speeches) {
    out.push(para([run(`- Đồng chí ${s.speakerName}${s.speakerTitle ? ` (${s.speakerTitle})` : ''}: `, { bold: true }), run(s.summary)]));
  }
  for (const v of item.votes) out.push(para(voteLine(v)));
  if (item.result) out.push(para(`Kết quả: ${item.result}`));
  return out;
}

function outcomesPart(c: MinutesContent): Paragraph[] {
  const out: Paragraph[] = [];
  if (c.adoptedDocuments.length) {
    out.push(heading('III. VĂN BẢN ĐƯỢC THÔNG QUA'), ...c.adoptedDocuments.map((d) => bullet(`${d.documentType}: ${d.title}.`)));
  }
  out.push(heading(`${c.adoptedDocuments.length ? 'IV' : 'III'}. KẾT LUẬN`));
  out.push(...(c.conclusions.length ? c.conclusions.map((k) => para(`${k.number}. ${k.text}`)) : [para('(Không có kết luận.)')]));
  return out;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** The opening sentence: the drafted line when it is one ("Vào hồi ..., tại ..., ... tiến hành ..."), else built from its parts. */
export function openingSentence(c: MinutesContent): string {
  if (/[.!]$/.test(c.openingLine.trim())) return c.openingLine.trim();
  return `${c.openingLine}${c.place ? `, tại ${c.place}` : ''}, ${c.organizationName} tiến hành ${lowerFirst(c.title)}.`;
}

/** Biên bản: the minutes' snapshot as a Word document. Pure: it reads the content and nothing else. */
export async function minutesToDocx(c: MinutesContent): Promise<Buffer> {
  const body = [
    partyHeader(c.heading),
    para('', { indent: false }),
    centered('BIÊN BẢN', { bold: true, size: 16 }),
    centered(c.title, { bold: true }),
    para('', { indent: false }),
    para(openingSentence(c)),
    ...compositionPart(c),
    heading('II. NỘI DUNG'),
    ...c.items.flatMap(itemPart),
    ...outcomesPart(c),
    para(c.closingLine),
    para('', { indent: false }),
    signatureBlock(c.signatures),
  ];
  return partyDocument(`Biên bản - ${c.title}`, body);
}

// ---- giấy mời: the invitation ----

export interface InvitationContent {
  heading: PartyHeading;
  /** 'CHI BỘ' for a cell, used in the signing line "T/M CHI BỘ". */
  signingBody: string;
  title: string;
  organizationName: string;
  /** '08 giờ 00 phút, ngày 05 tháng 01 năm 2026' */
  timeLine: string;
  place: string | null;
  agenda: Array<{ number: string; title: string; presenter: string | null }>;
  documents: string[];
  recipients: string[];
  signerName: string | null;
}

/** Giấy mời: who is invited, when, where, to discuss what, with which documents. */
export async function invitationToDocx(inv: InvitationContent): Promise<Buffer> {
  const body = [
    partyHeader(inv.heading),
    para('', { indent: false }),
    centered('GIẤY MỜI', { bold: true, size: 16 }),
    centered(`Dự ${lowerFirst(inv.title)}`, { bold: true }),
    para('', { indent: false }),
    para(`${inv.organizationName} trân trọng kính mời:`),
    ...(inv.recipients.length ? inv.recipients.map((r) => bullet(r)) : [bullet('Các đồng chí đảng viên trong chi bộ.')]),
    para(`Tới dự ${lowerFirst(inv.title)}.`),
    para([run('Thời gian: ', { bold: true }), run(`${inv.timeLine}.`)]),
    para([run('Địa điểm: ', { bold: true }), run(`${inv.place ?? 'sẽ thông báo sau'}.`)]),
    para([run('Nội dung:', { bold: true })]),
    ...inv.agenda.map((a) => para(`${a.number}. ${a.title}${a.presenter ? ` (trình bày: ${a.presenter})` : ''}.`)),
    ...(inv.documents.length ? [para([run('Tài liệu:', { bold: true })]), ...inv.documents.map((d) => bullet(d))] : []),
    para('Đề nghị các đồng chí nghiên cứu tài liệu trước và tham dự đầy đủ, đúng giờ.'),
    para('', { indent: false }),
    borderless([
      new TableRow({
        children: [
          cell([para([run('Nơi nhận:', { bold: true, italics: true, size: 12 })], { indent: false }), para('- Như trên;', { size: 12, indent: false }), para('- Lưu.', { size: 12, indent: false })], 50),
          cell([centered(`T/M ${inv.signingBody}`, { bold: true }), ...[1, 2, 3].map(() => para('', { indent: false, after: 0 })), centered(inv.signerName ?? '', { bold: true })], 50),
        ],
      }),
    ]),
  ];
  return partyDocument(`Giấy mời - ${inv.title}`, body);
}

/** The members as one line (a cell has dozens), then each guest with their title, and each unit. */
function invitees(m: Meeting): string[] {
  const members = m.participants.filter((p) => p.kind === 'attendee' && p.memberStatus !== null);
  const others = m.participants.filter((p) => !members.includes(p));
  return [
    ...(members.length ? [`Các đồng chí đảng viên ${m.organizationName} (${members.length} đồng chí)`] : []),
    ...others.map((p) => (p.kind === 'unit' ? p.name : p.title ? `Đồng chí ${p.name}, ${p.title}` : `Đồng chí ${p.name}`)),
  ];
}

/** The invitation's content from the meeting page: invited people and units, agenda and its documents. */
export function invitationFromMeeting(m: Meeting, heading: PartyHeading, organizationKind: string): InvitationContent {
  const chair = m.participants.find((p) => p.isChair);
  const documents = [...new Set(m.agenda.flatMap((a) => a.documents.map((d) => d.title)))];
  return {
    heading,
    signingBody: isCellKind(organizationKind) ? 'CHI BỘ' : 'ĐẢNG ỦY',
    title: m.title,
    organizationName: m.organizationName,
    timeLine: minutesTime(m.startsAt),
    place: m.place,
    agenda: m.agenda.filter((a) => a.parentId === null).map((a) => ({ number: a.number, title: a.title, presenter: a.presenter })),
    documents,
    recipients: invitees(m),
    signerName: chair?.name ?? null,
  };
}
