import type { Paragraph } from 'docx';
import { type VoteMethod, isCellKind } from '../../../common/enums.ts';
import { minutesTime } from '../../../common/vietnamese.ts';
import { type PartyHeading, centered, columns, officialDocument, para, partyHeader, run, signatureColumn } from '../../lib/docx/index.ts';
import type { Meeting, MinutesContent, Vote } from './meetings.schema.ts';

/**
 * Word documents of a meeting in the party layout (lib/docx): minutes and the invitation, the type name
 * in 16 pt over the body in 14 pt.
 */

/** Signatures side by side: secretary left, chair right; a label may span lines ("T/M CHI BỘ\nBÍ THƯ"). */
export function signatureBlock(signatures: MinutesContent['signatures']) {
  const column = (role: 'chair' | 'secretary') => {
    const s = signatures.find((x) => x.role === role);
    return signatureColumn(s?.label ?? (role === 'chair' ? 'CHỦ TRÌ' : 'THƯ KÝ'), s?.name ?? '', '(Ký, ghi rõ họ tên)');
  };
  return columns(column('secretary'), column('chair'), 50);
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
  return officialDocument(`Biên bản - ${c.title}`, body);
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
    columns(
      [para([run('Nơi nhận:', { bold: true, italics: true, size: 12 })], { indent: false }), para('- Như trên;', { size: 12, indent: false }), para('- Lưu.', { size: 12, indent: false })],
      signatureColumn(`T/M ${inv.signingBody}`, inv.signerName),
      50,
    ),
  ];
  return officialDocument(`Giấy mời - ${inv.title}`, body);
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
