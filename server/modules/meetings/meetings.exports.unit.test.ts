import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { minutesToAkn, xmlEscape } from './meetings.akn.ts';
import { invitationToDocx, minutesToDocx, ofBase, openingSentence } from './meetings.docx.ts';
import { attachment } from '../../http/reply.ts';
import { type MinutesContent, minutesContent } from './meetings.schema.ts';

const vote = {
  id: '6f1c2b1e-0000-4000-8000-000000000001',
  itemId: '6f1c2b1e-0000-4000-8000-000000000002',
  subject: 'thông qua nghị quyết tháng 01',
  method: 'show_of_hands' as const,
  majority: 'simple' as const,
  baseCount: 7,
  presentCount: 6,
  forCount: 5,
  againstCount: 1,
  abstainCount: 0,
  requiredCount: 4,
  passed: true,
  isResolution: true,
};

/** A cell's monthly minutes with the characters XML and Word must carry safely (&, <, quotes). */
export const sample: MinutesContent = minutesContent.parse({
  meetingId: '6f1c2b1e-0000-4000-8000-0000000000aa',
  kind: 'cell_regular',
  heading: { superiorName: 'ĐẢNG BỘ CƠ QUAN', organizationName: 'CHI BỘ VỤ TỔNG HỢP', placeDateLine: 'Hà Nội, ngày 05 tháng 01 năm 2026' },
  title: 'Sinh hoạt chi bộ thường kỳ tháng 01/2026',
  organizationName: 'Chi bộ Vụ Tổng hợp',
  startsAt: '2026-01-05T01:00:00.000Z',
  endsAt: '2026-01-05T04:00:00.000Z',
  openingLine: 'Vào hồi 08 giờ 00 phút, ngày 05 tháng 01 năm 2026',
  closingLine: 'Cuộc họp kết thúc vào hồi 11 giờ 00 phút cùng ngày.',
  place: 'Phòng họp số 2 <tầng 3>',
  chairs: [{ name: 'Nguyễn Văn An', title: 'Bí thư chi bộ' }],
  secretary: { name: 'Trần Thị Bình', title: 'Chi ủy viên' },
  guests: [{ name: 'Lê Văn Khách', title: 'Phó Bí thư Đảng ủy' }],
  invitedUnits: ['Công đoàn Vụ'],
  attendance: {
    present: [{ name: 'Nguyễn Văn An', title: null }, { name: 'Trần Thị Bình', title: null }],
    absentExcused: [{ name: 'Phạm Văn Công', reason: 'Đi công tác' }],
    absentUnexcused: [{ name: 'Hoàng Văn Dũng' }],
  },
  quorum: {
    applicable: true, basis: 'cell', invited: 9, official: 7, probationary: 2, exempt: 0, exemptPresent: 0, temporarilyElsewhere: 0,
    base: 7, present: 6, presentOthers: 1, absentExcused: 1, absentUnexcused: 1, pending: 0,
    share: { numerator: 2, denominator: 3 }, required: 5, met: true,
  },
  items: [
    {
      number: '1', depth: 0, title: 'Kiểm điểm nhiệm vụ tháng & nghị quyết kỳ trước', presenter: 'Đồng chí Bí thư',
      documents: ['Báo cáo "tháng 12"'], notes: 'Chi bộ hoàn thành tốt nhiệm vụ.\nCòn chậm báo cáo.',
      speeches: [{ speakerName: 'Trần Thị Bình', speakerTitle: 'Chi ủy viên', summary: 'Đề nghị bổ sung chỉ tiêu <quý I>.' }],
      votes: [vote], result: 'Thống nhất',
    },
  ],
  votes: [vote],
  adoptedDocuments: [{ documentType: 'NQ', title: 'Nghị quyết tháng 01/2026' }],
  conclusions: [{ number: 1, text: 'Giao đồng chí An hoàn thiện báo cáo trước ngày 10/01.' }],
  signatures: [
    { role: 'chair', label: 'T/M CHI BỘ\nBÍ THƯ', name: 'Nguyễn Văn An' },
    { role: 'secretary', label: 'THƯ KÝ', name: 'Trần Thị Bình' },
  ],
});

/** Reads one member of a zip archive (central directory, then the local header): enough for a .docx. */
function unzipEntry(zip: Buffer, wanted: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(eocd + 16);
  const count = zip.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(at + 42);
    if (name === wanted) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    at += 46 + skip;
  }
  throw new Error(`${wanted} not in the archive`);
}

/** The text of a WordprocessingML body: runs joined, paragraphs on their own lines, entities decoded. */
const wordText = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Well-formedness, as far as these documents need: every tag closed in order, no stray '&' or '<'. */
function checkWellFormed(xml: string): string[] {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, close, name = '', , selfClose] = m;
    if (selfClose) continue;
    if (close) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else stack.push(name);
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
  const text = body.replace(/<[^>]*>/g, '');
  if (/&(?!(amp|lt|gt|quot|apos);)/.test(text) || /[<>]/.test(text)) throw new Error('unescaped text');
  return [...body.matchAll(/<([A-Za-z][\w:.-]*)/g)].map((x) => x[1] ?? '');
}

describe('minutes as Word (party layout)', () => {
  it('has the A4 page, margins, Times New Roman, the party header and the whole record', async () => {
    const docx = await minutesToDocx(sample);
    const xml = unzipEntry(docx, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(unzipEntry(docx, 'word/styles.xml')).toContain('Times New Roman');
    const text = wordText(xml);
    for (const expected of [
      'ĐẢNG BỘ CƠ QUAN', 'CHI BỘ VỤ TỔNG HỢP', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Hà Nội, ngày 05 tháng 01 năm 2026', 'BIÊN BẢN',
      'Vào hồi 08 giờ 00 phút, ngày 05 tháng 01 năm 2026, tại Phòng họp số 2 <tầng 3>',
      'chính thức: 7; dự bị: 2', 'Có mặt: Nguyễn Văn An; Trần Thị Bình.', 'Có mặt: 6/7 (85,71%)', 'Vắng có lý do: Phạm Văn Công (Đi công tác)', 'Vắng không có lý do: Hoàng Văn Dũng',
      'Chủ trì: Đồng chí Nguyễn Văn An, Bí thư chi bộ', 'Thư ký: Đồng chí Trần Thị Bình, Chi ủy viên', 'Lê Văn Khách, Phó Bí thư Đảng ủy',
      '1. Kiểm điểm nhiệm vụ tháng & nghị quyết kỳ trước', 'Trình bày: Đồng chí Bí thư', 'Báo cáo "tháng 12"', 'Còn chậm báo cáo.',
      'Đồng chí Trần Thị Bình (Chi ủy viên): Đề nghị bổ sung chỉ tiêu <quý I>.',
      'tán thành 5/7 (71,43%); không tán thành 1/7 (14,29%); không biểu quyết 0/7 (0%)', 'Kết quả: Thông qua',
      'NQ: Nghị quyết tháng 01/2026', 'Giao đồng chí An hoàn thiện báo cáo', 'Cuộc họp kết thúc',
      'T/M CHI BỘ', 'BÍ THƯ', 'THƯ KÝ',
    ]) {
      expect(text).toContain(expected);
    }
    // The asterisk line under the issuer, and the party name underlined.
    expect(text).toMatch(/CHI BỘ VỤ TỔNG HỢP\n\*\n/);
    expect(xml).toMatch(/<w:u w:val="single"\/>(?:(?!<\/w:r>).)*ĐẢNG CỘNG SẢN VIỆT NAM/s);
    // The secretary signs on the left, the chair on the right.
    expect(text.indexOf('THƯ KÝ\n')).toBeLessThan(text.indexOf('T/M CHI BỘ'));
  });

  it('writes an invitation with time, place, agenda and documents', async () => {
    const docx = await invitationToDocx({
      heading: sample.heading, signingBody: 'CHI BỘ', title: 'Sinh hoạt chi bộ thường kỳ tháng 01/2026', organizationName: 'Chi bộ Vụ Tổng hợp',
      timeLine: '08 giờ 00 phút, ngày 05 tháng 01 năm 2026', place: 'Phòng họp số 2',
      agenda: [{ number: '1', title: 'Kiểm điểm nhiệm vụ tháng', presenter: 'Bí thư' }], documents: ['Dự thảo nghị quyết'],
      recipients: ['Đồng chí Lê Văn Khách, Phó Bí thư Đảng ủy'], signerName: 'Nguyễn Văn An',
    });
    const text = wordText(unzipEntry(docx, 'word/document.xml'));
    for (const expected of ['GIẤY MỜI', 'ĐẢNG CỘNG SẢN VIỆT NAM', '08 giờ 00 phút, ngày 05 tháng 01 năm 2026', 'Phòng họp số 2', '1. Kiểm điểm nhiệm vụ tháng', 'Dự thảo nghị quyết', 'Lê Văn Khách', 'T/M CHI BỘ', 'Nguyễn Văn An']) {
      expect(text).toContain(expected);
    }
  });

  it('takes a drafted opening sentence as it is, and builds one from a bare time', () => {
    const full = 'Vào hồi 08 giờ 00 phút, ngày 05 tháng 01 năm 2026, tại Phòng 2, Chi bộ A tiến hành sinh hoạt.';
    expect(openingSentence({ ...sample, openingLine: full })).toBe(full);
    expect(openingSentence(sample)).toBe('Vào hồi 08 giờ 00 phút, ngày 05 tháng 01 năm 2026, tại Phòng họp số 2 <tầng 3>, Chi bộ Vụ Tổng hợp tiến hành sinh hoạt chi bộ thường kỳ tháng 01/2026.');
  });

  it('states a count with its share of the base', () => {
    expect(ofBase(2, 3)).toBe('2/3 (66,67%)');
    expect(ofBase(3, 0)).toBe('3');
  });
});

describe('minutes as Akoma Ntoso', () => {
  it('is well-formed AKN 3.0 with identification, references, preface, a section per item, votes and conclusions', () => {
    const xml = minutesToAkn(sample);
    const tags = checkWellFormed(xml);
    expect(xml).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debateReport name="bienBan">');
    for (const t of ['meta', 'identification', 'FRBRWork', 'FRBRExpression', 'FRBRManifestation', 'FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor', 'references', 'TLCPerson', 'TLCOrganization', 'preface', 'docTitle', 'docDate', 'debateBody', 'debateSection', 'speech', 'from', 'narrative', 'quantity']) {
      expect(tags).toContain(t);
    }
    expect(xml).toContain('<FRBRcountry value="vn"/>');
    expect(xml).toContain('<FRBRlanguage language="vie"/>');
    expect(xml).toContain('<docDate date="2026-01-05">');
    expect(xml).toMatch(/<TLCPerson eId="(person_\d+)" href="[^"]+" showAs="Trần Thị Bình"\/>/);
    const eId = /<TLCPerson eId="(person_\d+)" href="[^"]+" showAs="Trần Thị Bình"\/>/.exec(xml)?.[1];
    expect(xml).toContain(`by="#${eId}"><from>Trần Thị Bình (Chi ủy viên)</from><p>Đề nghị bổ sung chỉ tiêu &lt;quý I&gt;.</p></speech>`);
    expect(xml).toContain('<heading>Kiểm điểm nhiệm vụ tháng &amp; nghị quyết kỳ trước</heading>');
    expect(xml).toContain('Báo cáo &quot;tháng 12&quot;');
    expect(xml).toMatch(/tán thành <quantity normalized="5">5<\/quantity>/);
    expect(xml).toContain('Giao đồng chí An hoàn thiện báo cáo');
    expect(xml.match(/name="agendaItem"/g)).toHaveLength(1);
  });

  it('escapes the XML specials and drops forbidden control characters', () => {
    expect(xmlEscape(`a & b < c > "d" 'e'\u0001`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
    expect(() => checkWellFormed('<a><b></a></b>')).toThrow();
  });
});

describe('download names', () => {
  it('gives an ASCII file name and the Vietnamese one in UTF-8', () => {
    expect(attachment('Biên bản Sinh hoạt chi bộ tháng 01/2026 (v1)', 'docx')).toBe(
      `attachment; filename="bien-ban-sinh-hoat-chi-bo-thang-01-2026-v1.docx"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20Sinh%20ho%E1%BA%A1t%20chi%20b%E1%BB%99%20th%C3%A1ng%2001%2F2026%20%28v1%29.docx`,
    );
  });
});
