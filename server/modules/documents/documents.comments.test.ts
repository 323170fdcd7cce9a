import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { json, testWorld } from '../../../test/app.ts';
import type { Round } from './documents.comments.schema.ts';
import type { DocumentDetail } from './documents.schema.ts';
import { issue, makeDocument, makeWorld } from './documents.fixtures.ts';

const { w } = testWorld(makeWorld);

describe('comment rounds on a draft', () => {
  it('collects comments anchored to paragraphs, answers each, and exports the table to Word', async () => {
    const d = await makeDocument(w.clerk, {
      organizationId: w.committee.id, typeId: w.types['party.nghi_quyet'], issuerCode: 'ĐU', summary: 'Nghị quyết về công tác năm 2027',
      body: 'I. Đánh giá tình hình\nII. Mục tiêu\nIII. Nhiệm vụ, giải pháp',
    });
    const opened = await w.clerk.post(`/api/v1/documents/${d.id}/comment-rounds`, { title: 'Lấy ý kiến các chi bộ', deadline: '2026-12-15', recipients: ['Chi bộ Vụ Tổng hợp', 'Chi bộ Vụ Pháp luật'] });
    expect(opened.statusCode).toBe(201);
    const round = json<Round>(opened);
    expect(round).toMatchObject({ versionNo: 1, recipients: ['Chi bộ Vụ Tổng hợp', 'Chi bộ Vụ Pháp luật'], counts: { total: 0 } });

    const add = (body: Record<string, unknown>) => w.clerk.post(`/api/v1/comment-rounds/${round.id}/comments`, body);
    await add({ author: 'Chi bộ Vụ Tổng hợp', paragraph: 2, text: 'Cần lượng hóa mục tiêu' });
    await add({ author: 'Chi bộ Vụ Pháp luật', paragraph: null, text: 'Bố cục hợp lý' });
    const far = await add({ author: 'X', paragraph: 9, text: 'Đoạn không có' });
    expect([far.statusCode, json(far).code]).toEqual([422, 'comment.paragraph_unknown']);

    const withComments = json<Round>(await w.clerk.get(`/api/v1/comment-rounds/${round.id}`));
    expect(withComments.comments.map((c) => [c.paragraph, c.paragraphText])).toEqual([[null, null], [2, 'II. Mục tiêu']]);
    const [whole, onGoal] = withComments.comments;
    const stale = await w.clerk.request('PUT', `/api/v1/comments/${onGoal!.id}/answer`, { version: 9, handling: 'accepted', answer: 'x' });
    expect(stale.statusCode).toBe(409);
    await w.clerk.request('PUT', `/api/v1/comments/${onGoal!.id}/answer`, { version: onGoal!.version, handling: 'partly_accepted', answer: 'Đã bổ sung chỉ tiêu về kết nạp đảng viên' });
    const answered = json<Round>(await w.clerk.request('PUT', `/api/v1/comments/${whole!.id}/answer`, { version: whole!.version, handling: 'explained', answer: 'Giữ nguyên bố cục' }));
    expect(answered.counts).toEqual({ total: 2, answered: 2, accepted: 0, partlyAccepted: 1, explained: 1 });
    expect((await w.secretary.request('PUT', `/api/v1/comments/${whole!.id}/answer`, { version: 2, handling: 'accepted', answer: 'x' })).statusCode).toBe(404);

    const file = await w.clerk.get(`/api/v1/comment-rounds/${round.id}/table.docx`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('wordprocessingml');
    const text = (await mammoth.extractRawText({ buffer: file.rawPayload })).value;
    for (const expected of ['BẢNG TỔNG HỢP Ý KIẾN GÓP Ý VÀ TIẾP THU, GIẢI TRÌNH', 'Đoạn 2: II. Mục tiêu', 'Cần lượng hóa mục tiêu', 'Tiếp thu một phần', 'Giải trình', 'Toàn văn dự thảo']) {
      expect(text).toContain(expected);
    }

    const closed = json<Round>(await w.clerk.post(`/api/v1/comment-rounds/${round.id}/close`));
    expect(closed.closedAt).not.toBeNull();
    const late = await add({ author: 'Chi bộ muộn', paragraph: null, text: 'Muộn' });
    expect([late.statusCode, json(late).code]).toEqual([409, 'comment.round_closed']);
    expect(json<{ data: Round[] }>(await w.clerk.get(`/api/v1/documents/${d.id}/comment-rounds`)).data).toHaveLength(1);
  });

  it('numbers only the paragraphs with text, warns before submitting with unanswered comments, and refuses comments once issued', async () => {
    const d = await makeDocument(w.clerk, {
      organizationId: w.committee.id, typeId: w.types['administrative.ke_hoach'], summary: 'Kế hoạch công tác cán bộ',
      body: 'I. Đánh giá\n\n   \nII. Mục tiêu\n\nIII. Nhiệm vụ',
    });
    const round = json<Round>(await w.clerk.post(`/api/v1/documents/${d.id}/comment-rounds`, { title: 'Lấy ý kiến', deadline: '2026-12-15', recipients: ['Chi bộ 1'] }));
    const add = (paragraph: number | null) => w.clerk.post(`/api/v1/comment-rounds/${round.id}/comments`, { author: 'Chi bộ 1', paragraph, text: 'Ý kiến' });
    expect((await add(2)).statusCode).toBe(201);
    expect(json<Round>(await w.clerk.get(`/api/v1/comment-rounds/${round.id}`)).comments[0]?.paragraphText).toBe('II. Mục tiêu');
    expect((await add(3)).statusCode).toBe(201);
    const far = await add(4);
    expect([far.statusCode, json(far).code]).toEqual([422, 'comment.paragraph_unknown']);

    // Submitting with two unanswered comments in an open round: a warning to confirm, nothing changed.
    const warned = await w.clerk.post(`/api/v1/documents/${d.id}/transitions`, { version: d.version, action: 'submit' });
    expect(warned.statusCode).toBe(409);
    expect(json(warned)).toMatchObject({ code: 'document.comments_unanswered', unanswered: { rounds: 1, comments: 2 } });
    expect(json<{ title: string }>(warned).title).toMatch(/^Còn 2 ý kiến góp ý chưa được trả lời/);
    expect(json<DocumentDetail>(await w.clerk.get(`/api/v1/documents/${d.id}`)).state).toBe('draft');
    const submitted = await w.clerk.post(`/api/v1/documents/${d.id}/transitions`, { version: d.version, action: 'submit', acknowledgeComments: true });
    expect(submitted.statusCode).toBe(200);
    const signed = json<DocumentDetail>(await w.clerk.post(`/api/v1/documents/${d.id}/transitions`, { version: json<DocumentDetail>(submitted).version, action: 'sign', on: '2026-03-02' }));
    const issued = await issue(w.clerk, signed);
    expect(issued.statusCode, issued.body).toBe(200);

    const late = await add(null);
    expect(late.statusCode).toBe(409);
    expect(String(late.headers['content-type'])).toContain('application/problem+json');
    expect(json(late)).toMatchObject({ code: 'comment.document_final', title: 'Văn bản đang ở trạng thái "Đã ban hành": không nhận thêm ý kiến góp ý.' });
    expect(json<Round>(await w.clerk.get(`/api/v1/comment-rounds/${round.id}`)).counts.total).toBe(2);
  });

  it('opens a round only on a draft the user may write, on a version that exists', async () => {
    const d = await makeDocument(w.clerk, { organizationId: w.committee.id, typeId: w.types['administrative.quy_che'], body: 'Điều 1' });
    const body = { title: 'Lấy ý kiến', deadline: '2026-12-15', recipients: ['Các vụ'] };
    expect((await w.clerk.post(`/api/v1/documents/${d.id}/comment-rounds`, { ...body, versionNo: 3 })).statusCode).toBe(404);
    expect((await w.outsider.post(`/api/v1/documents/${d.id}/comment-rounds`, body)).statusCode).toBe(404);
    expect((await w.clerk.post(`/api/v1/documents/${d.id}/comment-rounds`, { ...body, recipients: [] })).statusCode).toBe(400);
  });
});
