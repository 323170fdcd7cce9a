import type { Insertable } from 'kysely';
import { json } from '../db/json.ts';
import type { DB } from '../db/schema.ts';
import { addDays } from '../lib/dates.ts';
import type { IssuedRows } from './documents-issued.ts';
import type { DocumentsWorld } from './documents-world.ts';
import { type Rng, demoId } from './random.ts';

/**
 * Comment rounds (lấy ý kiến) of the demo: the committee's drafts go to the standing committee and the cells
 * for comments, one round still open with comments waiting for their handling, and rounds closed on documents
 * issued since, every comment answered, so the table of comments and their handling has something real.
 */

export interface CommentRows {
  rounds: Insertable<DB['commentRounds']>[];
  comments: Insertable<DB['comments']>[];
}

const COMMENTS = [
  'Đề nghị bổ sung thời hạn hoàn thành cho từng nội dung.',
  'Đề nghị làm rõ đơn vị chủ trì, đơn vị phối hợp.',
  'Nhất trí với dự thảo; đề nghị rút gọn phần căn cứ.',
  'Đề nghị bổ sung chế độ báo cáo kết quả định kỳ hằng quý.',
  'Đề nghị thay cụm từ "các chi bộ" bằng "các chi bộ trực thuộc" cho thống nhất.',
  'Đề nghị nêu rõ kinh phí thực hiện.',
] as const;
const ANSWERS = {
  accepted: 'Tiếp thu, đã chỉnh sửa trong dự thảo.',
  partly_accepted: 'Tiếp thu một phần; nội dung còn lại đã có trong quy chế làm việc.',
  explained: 'Xin giải trình: nội dung này đã được quy định tại văn bản của cấp trên.',
} as const;
const AUTHORS = ['Đ/c Ủy viên Ban Thường vụ phụ trách tuyên giáo', 'Chi bộ Vụ Tổng hợp', 'Chi bộ Vụ Hành chính', 'Ủy ban Kiểm tra Đảng ủy', 'Đ/c Phó Bí thư Đảng ủy'] as const;

const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`;

export function buildCommentRounds(w: DocumentsWorld, rng: Rng, issued: IssuedRows): CommentRows {
  const rows: CommentRows = { rounds: [], comments: [] };
  const party = issued.documents.filter((d) => d.regime === 'party' && d.organizationId === w.committee.id);
  const open = party.filter((d) => d.state === 'draft').slice(0, 2);
  const closed = party.filter((d) => d.state === 'issued' && d.secrecy === 'none').slice(-4);
  for (const d of [...open, ...closed]) {
    const isOpen = d.state === 'draft';
    const day = isOpen ? addDays(w.today, -3) : addDays(String(d.issuedOn), -12);
    const roundId = demoId(`comment-round:${d.id}`);
    rows.rounds.push({
      id: roundId, documentId: String(d.id), versionNo: 1, title: `Lấy ý kiến dự thảo ${String(d.summary).replace(/^V\/v /, '')}`,
      deadline: addDays(day, isOpen ? 7 : 5), recipients: json(['Các đồng chí Ủy viên Ban Thường vụ', 'Các chi bộ trực thuộc']),
      closedAt: isOpen ? null : at(addDays(day, 6), 17), createdBy: w.officeUserId, createdAt: at(day, 9),
    });
    const lines = String(d.body).split('\n').length;
    const count = rng.int(3, 5);
    for (let i = 0; i < count; i++) {
      // An open round is half answered; a closed one wholly.
      const handling = isOpen && i % 2 === 1 ? null : rng.weighted([['accepted', 5], ['partly_accepted', 2], ['explained', 2]] as const);
      rows.comments.push({
        id: demoId(`comment:${roundId}:${i}`), roundId, author: AUTHORS[i % AUTHORS.length] ?? AUTHORS[0], paragraph: i === 0 ? null : rng.int(1, lines),
        text: rng.pick(COMMENTS), handling, answer: handling ? ANSWERS[handling] : null, answeredBy: handling ? w.officeUserId : null,
        createdAt: at(addDays(day, 1 + (i % 4)), 10),
      });
    }
  }
  return rows;
}
