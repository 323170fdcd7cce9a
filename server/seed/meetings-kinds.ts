import { type ConclusionSpec, type Ctx, addConclusions, addItems, addSpeeches, addVote, presentAttendees, startMeeting, tally } from './meetings-content.ts';
import type { Builder, MeetingSpec } from './meetings-rows.ts';
import {
  BRIEFING_AGENDA, CELL_CONCLUSIONS, COMMITTEE_CONCLUSIONS, type ConclusionText, EXECUTIVE_AGENDA, MONTHLY_NOTES, PLAIN_CONCLUSIONS,
  STANDING_AGENDA, THEMATIC_AGENDA, executiveDocuments, fill,
} from './meetings-texts.ts';
import type { Org } from './meetings-world.ts';
import { demoId } from './random.ts';

/** What each kind of meeting puts on its agenda, who speaks, what is voted, concluded and assigned. */

const chairName = (c: Ctx) => c.people.find((p) => p.isChair)?.name ?? null;

/** An owner for a task: the forced one (the demo member's), or someone present other than the chair. */
function ownerOf(c: Ctx): string | null {
  if (c.spec.taskOwner) return c.spec.taskOwner;
  const pool = presentAttendees(c).filter((p) => !p.isChair && p.memberStatus !== 'exempt');
  return pool.length ? (c.b.rng.pick(pool).personId ?? null) : null;
}

function conclusionsOf(c: Ctx, bank: readonly ConclusionText[], taskChance: number, lead: Org, cooperating: Org[] = []): ConclusionSpec[] {
  const { rng } = c.b;
  const picks = rng.shuffle(bank).slice(0, rng.int(1, 2));
  const list = picks.map((of, i): ConclusionSpec => {
    const forced = i === 0 && c.spec.taskOwner !== undefined;
    const ownerId = forced || rng.chance(taskChance) ? ownerOf(c) : null;
    return ownerId ? { text: of.conclusion, task: { of, ownerId, lead, cooperating } } : { text: of.conclusion };
  });
  if (rng.chance(0.5)) list.push({ text: rng.pick(PLAIN_CONCLUSIONS) });
  return list;
}

function cellRegular(c: Ctx) {
  const titles = c.b.world.monthlyAgenda;
  const at = (i: number) => Math.min(i, titles.length - 1);
  const held = c.spec.state === 'held';
  const speakers = held ? c.b.rng.int(2, 4) : 0;
  c.facts.speeches = speakers;
  const counts = held ? tally(c) : undefined; // before the notes, which quote them
  const notes = (i: number) => fill(c.b.rng.pick(MONTHLY_NOTES[i] ?? ['']), c.facts) || null;
  const chair = chairName(c);
  const ids = addItems(c, titles, notes, (i) => (i === at(2) || i === at(3) || i === at(5) ? chair : null));
  if (!held) return;
  addSpeeches(c, ids[at(4)] ?? '', speakers);
  addVote(c, ids[at(5)] ?? '', 'Nghị quyết sinh hoạt chi bộ tháng {month}/{year}', true, 0, counts);
  addConclusions(c, ids[at(5)] ?? null, conclusionsOf(c, CELL_CONCLUSIONS, 0.4, c.spec.org));
}

function cellThematic(c: Ctx) {
  const held = c.spec.state === 'held';
  c.facts.topic = c.spec.topic ?? '';
  const pool = presentAttendees(c).filter((p) => !p.isChair);
  const presenter = held && pool.length ? c.b.rng.pick(pool).name : chairName(c);
  const notes = (i: number) => [
    `Có mặt ${c.facts.present}/${c.facts.invited} đồng chí.`,
    'Trình bày những nội dung cốt lõi của chuyên đề và liên hệ với nhiệm vụ của đơn vị.',
    'Các đảng viên liên hệ bản thân, nêu cách làm cụ thể trong công việc được giao.',
    'Chi bộ thống nhất kết luận chuyên đề và đưa nội dung vào bản cam kết của đảng viên.',
  ][i] ?? null;
  const ids = addItems(c, THEMATIC_AGENDA, notes, (i) => (i === 1 ? presenter : chairName(c)));
  if (!held) return;
  addSpeeches(c, ids[2] ?? '', c.b.rng.int(2, 3));
  addVote(c, ids[3] ?? '', 'Kết luận sinh hoạt chuyên đề: {topic}', true, 0);
  addConclusions(c, ids[3] ?? null, conclusionsOf(c, CELL_CONCLUSIONS, 0.25, c.spec.org));
}

function standing(c: Ctx) {
  const held = c.spec.state === 'held';
  const ids = addItems(c, STANDING_AGENDA, (i) => ['Các đồng chí Ủy viên Ban Thường vụ báo cáo lĩnh vực được phân công.',
    'Thống nhất ý kiến về nhân sự và công tác đảng viên theo đề nghị của các chi bộ.', 'Thông qua chương trình công tác tháng {next}.'][i] ?? null, () => chairName(c));
  if (!held) return;
  addSpeeches(c, ids[1] ?? '', c.b.rng.int(1, 2));
  addVote(c, ids[2] ?? '', 'Chương trình công tác tháng {next} của Ban Thường vụ', false, 0);
  addConclusions(c, ids[2] ?? null, conclusionsOf(c, COMMITTEE_CONCLUSIONS, 0.5, c.spec.org, c.b.rng.shuffle(c.b.world.cells).slice(0, 1)));
}

function briefing(c: Ctx) {
  const held = c.spec.state === 'held';
  const ids = addItems(c, BRIEFING_AGENDA, (i) => ['Các Vụ, đơn vị báo cáo ngắn gọn kết quả tháng và kiến nghị.',
    'Thống nhất lịch phối hợp giữa cấp ủy và lãnh đạo các Vụ trong tháng tới.', 'Đồng chí chủ trì kết luận, giao nhiệm vụ.'][i] ?? null, () => chairName(c));
  if (!held) return;
  addSpeeches(c, ids[0] ?? '', c.b.rng.int(3, 4));
  addConclusions(c, ids[2] ?? null, conclusionsOf(c, COMMITTEE_CONCLUSIONS, 0.3, c.spec.org));
}

function executive(c: Ctx) {
  const held = c.spec.state === 'held';
  const month = Number(c.spec.day.slice(5, 7));
  const year = Number(c.spec.day.slice(0, 4));
  const quarter = Math.ceil(month / 3);
  Object.assign(c.facts, { prevQuarter: ['IV', 'I', 'II', 'III'][quarter - 1] ?? '', prevYear: quarter === 1 ? year - 1 : year });
  const ids = addItems(c, EXECUTIVE_AGENDA, (i) => ['Ban Thường vụ trình bày báo cáo; các đồng chí Ủy viên Ban Chấp hành thảo luận.',
    'Hội nghị cho ý kiến vào dự thảo các văn bản; Ban Thường vụ tiếp thu, hoàn thiện.', 'Hội nghị biểu quyết thông qua các văn bản.'][i] ?? null, () => chairName(c));
  if (!held) return;
  addSpeeches(c, ids[1] ?? '', c.b.rng.int(2, 4));
  executiveDocuments(quarter, year).forEach(([type, title], n) => {
    const voteId = addVote(c, ids[2] ?? '', `Thông qua ${title}`, type === 'NQ', n);
    c.b.rows.documents.push({ id: demoId(`meeting-document:${c.spec.key}:${n}`), meetingId: c.id, itemId: ids[2] ?? null, documentType: type, title, documentId: null, voteId, createdAt: c.endsAt, deletedAt: null });
  });
  addConclusions(c, ids[2] ?? null, conclusionsOf(c, COMMITTEE_CONCLUSIONS, 0.6, c.spec.org, c.b.rng.shuffle(c.b.world.cells).slice(0, 2)));
}

const CONTENT = {
  cell_regular: cellRegular, cell_thematic: cellThematic, standing_meeting: standing, leadership_briefing: briefing, executive_conference: executive,
} as const;

export function addMeeting(b: Builder, spec: MeetingSpec & { kind: keyof typeof CONTENT }) {
  CONTENT[spec.kind](startMeeting(b, spec));
}
