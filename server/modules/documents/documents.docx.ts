import { wordTable } from '../../lib/docx/index.ts';
import type { Round } from './documents.comments.schema.ts';

/** The table of comments and their handling (A4 landscape, as registers are printed: lib/docx wordTable). */

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
