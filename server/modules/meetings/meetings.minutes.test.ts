import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, makeOrganization, makeUser, startTestApp } from '../../../test/app.ts';
import type { Page } from '../../http/paging.ts';
import type { Task } from '../tasks/tasks.schema.ts';
import { type CellCast, byPerson, castCell, ok, planMeeting, setState } from './meetings.fixtures.ts';
import type { Completeness, Meeting, Minutes } from './meetings.schema.ts';

let t: TestApp;
let cell: { id: string; path: string; name: string };
let cast: CellCast;

beforeAll(async () => {
  t = await startTestApp();
  const committee = await makeOrganization(t.admin, { name: 'Đảng bộ Văn phòng' });
  cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name: 'Chi bộ Vụ Tổng hợp' });
  cast = await castCell(t.admin, cell.id);
});
afterAll(() => t.close());

const base = (m: { id: string }) => `/api/v1/meetings/${m.id}`;
const check = async (m: Meeting) => json<Completeness>(await t.admin.get(`${base(m)}/minutes/check`));

/** A held monthly meeting with attendance taken: all present but one excused member (reason given or not). */
async function heldMeeting(reason: string | null = 'Đi công tác') {
  const m = await setState(t.admin, await planMeeting(t.admin, cell.id), 'held');
  const [first, ...rest] = cast.officials;
  const entries = [
    ...rest.map((id) => ({ participantId: byPerson(m, id).id, attendance: 'present', absenceReason: null })),
    { participantId: byPerson(m, first ?? '').id, attendance: 'absent_excused', absenceReason: reason },
    { participantId: byPerson(m, cast.probationary).id, attendance: 'present', absenceReason: null },
  ];
  await ok(await t.admin.request('PUT', `${base(m)}/attendance`, { entries }));
  return json<Meeting>(await t.admin.get(base(m)));
}

describe('the completeness check', () => {
  it('names each missing part', async () => {
    const m = await heldMeeting(null);
    const c = await check(m);
    expect(c.complete).toBe(false);
    const codes = c.gaps.map((g) => g.code);
    expect(codes).toEqual(expect.arrayContaining(['no_chair', 'no_secretary', 'attendance_pending', 'absence_without_reason', 'item_without_notes', 'no_resolution_vote', 'no_conclusions']));
    // Every agenda item without notes is named, with its number and title.
    expect(c.gaps.filter((g) => g.code === 'item_without_notes')).toHaveLength(8);
    expect(c.gaps.find((g) => g.code === 'item_without_notes')?.message).toMatch(/^Mục 1 "Khai mạc/);
    // The pending ones are the exempt member and the one elsewhere: named by id and by name.
    const pending = c.gaps.find((g) => g.code === 'attendance_pending');
    expect(pending?.participantIds.sort()).toEqual([byPerson(m, cast.exempt).id, byPerson(m, cast.elsewhere).id].sort());
    const noReason = c.gaps.find((g) => g.code === 'absence_without_reason');
    expect(noReason?.message).toContain(byPerson(m, cast.officials[0] ?? '').name);
    const planned = await planMeeting(t.admin, cell.id);
    expect((await check(planned)).gaps.map((g) => g.code)).toContain('not_held');
    const draft = await t.admin.post(`${base(planned)}/minutes`, {});
    expect(json(draft).code).toBe('meeting.not_held');
  });
});

describe('discussion and resolution items', () => {
  it('flags a discussion item with notes but no opinion, and a resolution item without its vote', async () => {
    const m = await heldMeeting();
    for (const item of m.agenda) {
      await ok(await t.admin.patch(`${base(m)}/agenda/${item.id}`, { version: item.version, notes: `Ghi chép mục ${item.number}` }));
    }
    const before = await check(m);
    expect(before.gaps.filter((g) => g.code === 'item_without_notes')).toHaveLength(0);
    const discussion = before.gaps.find((g) => g.code === 'discussion_without_opinions');
    expect(discussion).toMatchObject({ itemId: m.agenda[4]?.id, message: 'Mục thảo luận 5 "Thảo luận" chưa ghi ý kiến phát biểu nào' });
    expect(before.gaps.find((g) => g.code === 'resolution_without_vote')?.itemId).toBe(m.agenda[5]?.id);
    await ok(await t.admin.post(`${base(m)}/agenda/${m.agenda[4]?.id}/speeches`, { participantId: byPerson(m, cast.officials[3] ?? '').id, summary: 'Đề nghị bổ sung chỉ tiêu.' }), 201);
    await ok(await t.admin.post(`${base(m)}/votes`, {
      itemId: m.agenda[5]?.id, subject: 'Nghị quyết chi bộ tháng 12/2026', method: 'show_of_hands', majority: 'simple', forCount: 5, againstCount: 0, abstainCount: 0, isResolution: true,
    }), 201);
    const after = (await check(m)).gaps.map((g) => g.code);
    expect(after).not.toContain('discussion_without_opinions');
    expect(after).not.toContain('resolution_without_vote');
  });
});

describe('minutes from plan to approval, then a correction', () => {
  it('drafts, refuses approval while incomplete or stale, approves, freezes, and corrects as a new version', async () => {
    let m = await heldMeeting();
    const p = (personId: string) => byPerson(m, personId).id;
    await ok(await t.admin.request('PUT', `${base(m)}/attendance`, { entries: [
      { participantId: p(cast.exempt), attendance: 'absent_excused', absenceReason: 'Miễn sinh hoạt, vắng' },
      { participantId: p(cast.elsewhere), attendance: 'absent_excused', absenceReason: 'Sinh hoạt tạm thời nơi khác' },
    ] }));
    await ok(await t.admin.request('PUT', `${base(m)}/roles`, { version: m.version, chairParticipantIds: [p(cast.officials[1] ?? '')], secretaryParticipantId: p(cast.officials[2] ?? '') }));
    const draft1 = await ok<Minutes>(await t.admin.post(`${base(m)}/minutes`, {}), 201);
    expect(draft1).toMatchObject({ versionNo: 1, status: 'draft' });
    const incomplete = await t.admin.post(`${base(m)}/minutes/${draft1.id}/approve`, { version: draft1.version, as: 'chair' });
    expect(incomplete.statusCode).toBe(409);
    expect(json(incomplete).code).toBe('meeting.minutes_incomplete');

    m = json<Meeting>(await t.admin.get(base(m)));
    for (const item of m.agenda) {
      await ok(await t.admin.patch(`${base(m)}/agenda/${item.id}`, { version: item.version, notes: `Ghi chép mục ${item.number}` }));
    }
    await ok(await t.admin.post(`${base(m)}/agenda/${m.agenda[4]?.id}/speeches`, { participantId: p(cast.officials[3] ?? ''), summary: 'Đề nghị đẩy nhanh tiến độ báo cáo quý.' }), 201);
    const vote = await ok<{ id: string; passed: boolean }>(await t.admin.post(`${base(m)}/votes`, {
      itemId: m.agenda[5]?.id, subject: 'Nghị quyết chi bộ tháng 12/2026', method: 'show_of_hands', majority: 'simple', forCount: 5, againstCount: 0, abstainCount: 0, isResolution: true,
    }), 201);
    expect(vote.passed).toBe(true);
    await ok(await t.admin.post(`${base(m)}/adopted-documents`, { documentType: 'NQ', title: 'Nghị quyết chi bộ tháng 12/2026', voteId: vote.id }), 201);
    const conclusion = await ok<{ id: string }>(await t.admin.post(`${base(m)}/conclusions`, { text: 'Hoàn thành báo cáo tổng kết năm trước ngày 20/12.' }), 201);
    expect((await check(m)).complete).toBe(true);

    // The record changed after drafting: the old draft is stale until it is redrafted.
    const stale = await t.admin.post(`${base(m)}/minutes/${draft1.id}/approve`, { version: draft1.version, as: 'chair' });
    expect(json(stale).code).toBe('meeting.minutes_stale');
    const draft = await ok<Minutes>(await t.admin.post(`${base(m)}/minutes`, {}), 201);
    expect(draft).toMatchObject({ id: draft1.id, versionNo: 1 });
    expect(draft.content.quorum).toMatchObject({ base: 6, present: 5, required: 4, met: true });
    expect(draft.content.heading).toMatchObject({ superiorName: 'ĐẢNG BỘ VĂN PHÒNG', organizationName: 'CHI BỘ VỤ TỔNG HỢP', placeDateLine: 'Hà Nội, ngày 10 tháng 12 năm 2026' });
    expect(draft.content.openingLine).toMatch(/^Vào hồi 08 giờ 00 phút, ngày 10 tháng 12 năm 2026, tại Phòng họp tầng 3/);
    expect(draft.content.items[4]?.speeches[0]?.summary).toContain('báo cáo quý');
    expect(draft.content.attendance.absentExcused.map((a) => a.reason)).toContain('Đi công tác');

    const chair = await ok<Minutes>(await t.admin.post(`${base(m)}/minutes/${draft.id}/approve`, { version: draft.version, as: 'chair' }));
    expect(chair).toMatchObject({ status: 'draft' });
    const approved = await ok<Minutes>(await t.admin.post(`${base(m)}/minutes/${draft.id}/approve`, { version: chair.version, as: 'secretary' }));
    expect(approved.status).toBe('approved');

    // Approved minutes freeze the record.
    const frozen = json<Meeting>(await t.admin.get(base(m)));
    expect(frozen).toMatchObject({ frozen: true, canEdit: false, minutes: { versionNo: 1, status: 'approved' } });
    const edit = await t.admin.post(`${base(m)}/conclusions`, { text: 'Thêm sau khi đã duyệt' });
    expect(edit.statusCode).toBe(409);
    expect(json(edit).code).toBe('meeting.minutes_frozen');
    expect(json(await t.admin.post(`${base(m)}/minutes`, {})).code).toBe('meeting.correction_reason_required');

    // A correction is a new version with its reason; approving it supersedes the first.
    const v2 = await ok<Minutes>(await t.admin.post(`${base(m)}/minutes`, { correctionReason: 'Bổ sung kết luận về công tác kiểm tra' }), 201);
    expect(v2).toMatchObject({ versionNo: 2, status: 'draft', correctionReason: 'Bổ sung kết luận về công tác kiểm tra' });
    await ok(await t.admin.post(`${base(m)}/conclusions`, { text: 'Giao Chi ủy kiểm tra việc thực hiện nghị quyết.' }), 201);
    const v2b = await ok<Minutes>(await t.admin.post(`${base(m)}/minutes`, {}), 201);
    const s1 = await ok<Minutes>(await t.admin.post(`${base(m)}/minutes/${v2b.id}/approve`, { version: v2b.version, as: 'secretary' }));
    await ok(await t.admin.post(`${base(m)}/minutes/${v2b.id}/approve`, { version: s1.version, as: 'chair' }));
    const versions = json<{ data: Minutes[] }>(await t.admin.get(`${base(m)}/minutes`)).data;
    expect(versions.map((v) => [v.versionNo, v.status])).toEqual([[2, 'approved'], [1, 'superseded']]);
    expect(versions[0]?.content.conclusions).toHaveLength(2);
    expect(versions[1]?.content.conclusions).toHaveLength(1);

    // Turning a conclusion into a task stays possible: it does not edit the record.
    void conclusion;
  });
});

describe('a conclusion becomes a task on its owner\'s list', () => {
  it("shows on the owner's own list and not on another member's", async () => {
    const m = await heldMeeting();
    const ownerPerson = cast.officials[4] ?? '';
    const c = await ok<{ id: string }>(await t.admin.post(`${base(m)}/conclusions`, { text: 'Rà soát hồ sơ đảng viên trước 31/12.' }), 201);
    const bad = await t.admin.post(`${base(m)}/conclusions/${c.id}/task`, { ownerPersonId: ownerPerson, leadUnitId: cell.id, startOn: '2026-12-20', dueOn: '2026-12-15', expectedResult: 'Hồ sơ đầy đủ' });
    expect(json(bad).code).toBe('task.due_before_start');
    const task = await ok<Task>(await t.admin.post(`${base(m)}/conclusions/${c.id}/task`, {
      ownerPersonId: ownerPerson, leadUnitId: cell.id, dueOn: '2026-12-31', expectedResult: 'Hồ sơ đầy đủ, đúng quy định', priority: 'high',
    }), 201);
    expect(task).toMatchObject({ title: 'Rà soát hồ sơ đảng viên trước 31/12.', sourceKind: 'meeting_conclusion', meetingId: m.id, status: 'open', originalDueOn: '2026-12-31' });
    expect(json(await t.admin.post(`${base(m)}/conclusions/${c.id}/task`, { ownerPersonId: ownerPerson, leadUnitId: cell.id, dueOn: '2026-12-31', expectedResult: 'x' })).code).toBe('meeting.conclusion_has_task');
    const after = json<Meeting>(await t.admin.get(base(m)));
    expect(after.conclusions.find((x) => x.id === c.id)?.taskId).toBe(task.id);

    const owner = await makeUser(t.admin, [{ role: 'member', organizationId: cell.id }]);
    await ok(await t.admin.patch(`/api/v1/users/${owner.id}`, { version: owner.version, personId: ownerPerson }));
    const ownerClient = await t.anonymous().login(owner.username, owner.password);
    const mine = json<Page<Task>>(await ownerClient.get('/api/v1/tasks?owner=me'));
    expect(mine.data.map((x) => x.id)).toEqual([task.id]);
    const other = await makeUser(t.admin, [{ role: 'member', organizationId: cell.id }]);
    await ok(await t.admin.patch(`/api/v1/users/${other.id}`, { version: other.version, personId: cast.officials[5] ?? '' }));
    const otherClient = await t.anonymous().login(other.username, other.password);
    expect(json<Page<Task>>(await otherClient.get('/api/v1/tasks?owner=me')).data).toHaveLength(0);
    expect((await otherClient.get(`/api/v1/tasks/${task.id}`)).statusCode).toBe(404);
  });
});
