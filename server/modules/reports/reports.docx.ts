import { type Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { MEETING_KINDS } from '../../../common/enums.ts';
import { toRoman } from '../../../common/vietnamese.ts';
import { type OfficialHeading, line, officialDocument, officialHeader, para, run } from '../../lib/docx/index.ts';
import type { ConsolidatedContent } from './reports.schema.ts';
import { windowText } from './reports.window.ts';

/**
 * The consolidated report (báo cáo, BC) as Word, from its content: in the party layout for a party
 * organization, in the administrative layout of Decree 30/2020 for an agency; its parts numbered I, II,
 * III... without gaps, whichever parts it has.
 */

const MEETING_LABELS: Record<(typeof MEETING_KINDS)[number], string> = {
  executive_conference: 'Hội nghị Ban Chấp hành',
  standing_meeting: 'Họp Ban Thường vụ',
  leadership_briefing: 'Họp giao ban',
  cell_regular: 'Sinh hoạt chi bộ thường kỳ',
  cell_thematic: 'Sinh hoạt chuyên đề',
  review_conference: 'Hội nghị tổng kết',
  superior_session: 'Làm việc với cấp trên',
  congress: 'Đại hội',
};

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const heading = (text: string) => para(text, { bold: true, indent: false, after: 120 });
const center = (text: string, bold = false, size = 14) => line(text, { bold, size });
const cell = (text: string, bold = false) => new TableCell({ children: [para([run(text, { bold, size: 13 })], { indent: false, after: 0 })] });

function figuresTable(c: ConsolidatedContent): Table {
  const header = new TableRow({ children: [cell('Chỉ tiêu', true), cell('Tổng hợp', true), ...c.figures[0]?.values.map((v) => cell(v.organizationName, true)) ?? []] });
  const rows = c.figures.map((f) => new TableRow({
    children: [
      cell(f.label),
      cell(f.total === null ? '' : number.format(f.total)),
      ...f.values.map((v) => cell(v.value === null ? '' : typeof v.value === 'number' ? number.format(v.value) : v.value === true ? 'Có' : v.value === false ? 'Không' : v.value)),
    ],
  }));
  return new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
}

function recordLines(c: ConsolidatedContent): Paragraph[] {
  const r = c.records;
  const meetings = Object.entries(r.meetingsHeld).map(([k, n]) => `${MEETING_LABELS[k as keyof typeof MEETING_LABELS] ?? k}: ${n}`).join('; ');
  return [
    para(`- Hội nghị, cuộc họp đã tổ chức: ${meetings || 'không có'}.`),
    para(`- Nhiệm vụ: giao mới ${r.tasks.created}; hoàn thành ${r.tasks.completed} (đúng hạn ${r.tasks.completedOnTime}); quá hạn ${r.tasks.overdue}.`),
    para(`- Công tác đảng viên: kết nạp ${r.members.admitted}; công nhận chính thức ${r.members.recognized}; chuyển đi ${r.members.transferredOut}; chuyển đến ${r.members.transferredIn}.`),
    para(`- Văn bản ban hành: ${Object.entries(r.documents).map(([k, n]) => `${k}: ${n}`).join('; ') || 'không có'}.`),
    para(`- Văn bản đến ${r.correspondence.incoming}, văn bản đi ${r.correspondence.outgoing}; giải quyết đúng hạn ${r.correspondence.handledOnTime}, trễ hạn ${r.correspondence.handledLate}; đơn thư nhận ${r.correspondence.letters}, đã trả lời ${r.correspondence.lettersAnswered}.`),
  ];
}

export async function consolidatedToDocx(c: ConsolidatedContent, h: OfficialHeading): Promise<Buffer> {
  const s = c.submissions;
  const parts: Array<{ title: string; body: Array<Paragraph | Table> }> = [
    {
      title: 'KẾT QUẢ THỰC HIỆN',
      body: [...recordLines(c), para(`- Báo cáo của các đơn vị: ${s.submitted}/${s.expected} đã gửi, ${s.accepted} đã được tiếp nhận, ${s.late} gửi chậm hoặc chưa gửi sau hạn.`)],
    },
    ...(c.figures.length ? [{ title: 'SỐ LIỆU TỔNG HỢP', body: [figuresTable(c)] }] : []),
    ...c.sections.map((sec) => ({ title: sec.title.toUpperCase(), body: sec.entries.map((e) => para(`- ${e.organizationName}: ${e.text}`)) })),
  ];
  const children: Array<Paragraph | Table> = [
    officialHeader(h),
    center('BÁO CÁO', true, 16),
    center(`Tình hình thực hiện nhiệm vụ ${c.label.toLowerCase()}`, true),
    center(`(Số liệu từ ngày ${c.periodStart.split('-').reverse().join('/')} đến ngày ${c.periodEnd.split('-').reverse().join('/')}${c.window ? `, ${windowText(c.window, 'vi')}` : ''})`, false, 13),
    ...(c.summary ? [para(c.summary)] : []),
    ...parts.flatMap((part, i) => [heading(`${toRoman(i + 1)}. ${part.title}`), ...part.body]),
  ];
  return officialDocument(`Báo cáo ${c.label}`, children);
}
