import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { appendAudit } from '../modules/audit/index.ts';
import type { DemoData } from './demo.types.ts';
import { committeeMeetings } from './meetings-committee.ts';
import { addMeeting } from './meetings-kinds.ts';
import { assignMemberTasks, cellMeetings } from './meetings-plan.ts';
import { type Rows, emptyRows } from './meetings-rows.ts';
import { seedMinutes } from './meetings-minutes.ts';
import { loadWorld } from './meetings-world.ts';
import { Rng } from './random.ts';

/**
 * Demo meetings: two years up to today and the coming weeks, for the committee (executive conferences
 * numbered within their term, standing committee, leadership briefings) and every cell (monthly and
 * thematic meetings, with a few gaps and thinly attended months), with attendance, agenda, speeches,
 * votes, adopted documents, conclusions and the tasks they became. Dated relative to today in Vietnam;
 * the same day gives the same rows. Runs inside the demo seed's transaction, after the members.
 */

const SEED = 0x20_26_11_29;
const BATCH = 500;

export interface MeetingsSummary {
  meetings: number;
  tasks: number;
}

export function buildMeetingRows(world: Awaited<ReturnType<typeof loadWorld>>, rng = new Rng(SEED)): Rows {
  const specs = [...committeeMeetings(world, rng), ...cellMeetings(world, rng)];
  assignMemberTasks(world, specs);
  const b = { rng, world, rows: emptyRows() };
  for (const spec of specs) addMeeting(b, spec);
  return b.rows;
}

async function insertRows(trx: Transaction<DB>, r: Rows, log: (msg: string) => void) {
  const put = async <R>(entity: string, label: string, rows: R[], insert: (chunk: R[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
    // One audit row per table, as the rest of the demo seed: the seed is one act, not thousands of edits.
    await appendAudit(trx, { actor: null, label: 'seed' }, { action: 'seed.demo', entity, entityId: 'demo', after: { rows: rows.length } });
    log(`  ${label}: ${rows.length}`);
  };
  await put('meeting', 'cuộc họp / meetings', r.meetings, (c) => trx.insertInto('meetings').values(c).execute());
  await put('meeting_participant', 'người dự / participants', r.participants, (c) => trx.insertInto('meetingParticipants').values(c).execute());
  await put('meeting_agenda_item', 'nội dung / agenda items', r.agenda, (c) => trx.insertInto('meetingAgendaItems').values(c).execute());
  await put('meeting_speech', 'phát biểu / speeches', r.speeches, (c) => trx.insertInto('meetingSpeeches').values(c).execute());
  await put('meeting_vote', 'biểu quyết / votes', r.votes, (c) => trx.insertInto('meetingVotes').values(c).execute());
  await put('meeting_adopted_document', 'văn bản thông qua / adopted documents', r.documents, (c) => trx.insertInto('meetingAdoptedDocuments').values(c).execute());
  await put('task', 'nhiệm vụ / tasks', r.tasks, (c) => trx.insertInto('tasks').values(c).execute());
  await put('meeting_conclusion', 'kết luận / conclusions', r.conclusions, (c) => trx.insertInto('meetingConclusions').values(c).execute());
  await put('task_cooperating_unit', 'đơn vị phối hợp / cooperating units', r.taskUnits, (c) => trx.insertInto('taskCooperatingUnits').values(c).execute());
  await put('task_event', 'diễn biến nhiệm vụ / task events', r.taskEvents, (c) => trx.insertInto('taskEvents').values(c).execute());
}

export async function seedMeetings(trx: Transaction<DB>, data: DemoData, log: (msg: string) => void): Promise<MeetingsSummary> {
  const world = await loadWorld(trx, data);
  const rng = new Rng(SEED);
  const rows = buildMeetingRows(world, rng);
  await insertRows(trx, rows, log);
  const minutes = await seedMinutes(trx, data, rows, rng, world.today);
  await appendAudit(trx, { actor: null, label: 'seed' }, { action: 'seed.demo', entity: 'meeting_minutes', entityId: 'demo', after: { rows: minutes } });
  log(`  biên bản đã duyệt / approved minutes: ${minutes}`);
  return { meetings: rows.meetings.length, tasks: rows.tasks.length };
}
