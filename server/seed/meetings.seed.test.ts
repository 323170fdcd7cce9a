import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, type TestApp, json, startTestApp } from '../../test/app.ts';
import type { Database } from '../db/client.ts';
import { addDays, todayInVietnam } from '../lib/dates.ts';
import { minutesContent, quorum } from '../modules/meetings/meetings.schema.ts';
import { DEMO_PASSWORD, seedDemo } from './demo.ts';

const silent = () => {};

describe('demo meetings', () => {
  let t: TestApp;
  let database: Database;
  beforeAll(async () => {
    t = await startTestApp();
    database = t.database;
    await seedDemo(database.db, silent);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('holds two years of meetings of every kind, and plans the coming weeks', async () => {
    const rows = await database.db.selectFrom('meetings').select(['kind', 'state', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['kind', 'state']).execute();
    const held = (kind: string) => Number(rows.find((r) => r.kind === kind && r.state === 'held')?.n ?? 0);
    expect(held('executive_conference')).toBeGreaterThanOrEqual(7);
    expect(held('standing_meeting')).toBeGreaterThanOrEqual(22);
    expect(held('leadership_briefing')).toBeGreaterThanOrEqual(22);
    expect(held('cell_regular')).toBeGreaterThanOrEqual(12 * 22);
    expect(held('cell_thematic')).toBeGreaterThanOrEqual(12 * 5);
    const upcoming = rows.filter((r) => r.state === 'planned' || r.state === 'invited').reduce((n, r) => n + Number(r.n), 0);
    expect(upcoming).toBeGreaterThanOrEqual(12);
  });

  it('numbers executive conferences within the term, with the executive committee of the term in force', async () => {
    const list = await database.db.selectFrom('meetings as m').innerJoin('bodies as b', 'b.id', 'm.bodyId').innerJoin('terms as t', 't.id', 'm.termId')
      .select(['m.ordinal', 'm.title', 'm.startsAt', 'm.termId', 'b.kind', 'b.termId as bodyTerm', 't.startsOn', 't.endsOn'])
      .where('m.kind', '=', 'executive_conference').orderBy('m.startsAt').execute();
    for (const [i, m] of list.entries()) {
      const day = todayInVietnam(new Date(m.startsAt));
      expect(m.kind).toBe('executive_committee');
      expect(m.bodyTerm).toBe(m.termId);
      expect(day >= m.startsOn && (m.endsOn === null || day <= m.endsOn)).toBe(true);
      const prev = list[i - 1];
      if (prev?.termId === m.termId) expect(m.ordinal).toBe((prev.ordinal ?? 0) + 1);
    }
    expect(list.some((m) => m.ordinal === 1 && m.title.includes('lần thứ I,'))).toBe(true);
    const docs = await database.db.selectFrom('meetingAdoptedDocuments as d').innerJoin('meetings as m', 'm.id', 'd.meetingId')
      .select(['d.meetingId', 'd.voteId']).where('m.kind', '=', 'executive_conference').execute();
    expect(docs.length).toBeGreaterThanOrEqual(list.filter((m) => m.startsAt < new Date().toISOString()).length * 2);
    expect(docs.every((d) => d.voteId !== null)).toBe(true);
  });

  it("keeps every held cell meeting's votes within those present, and its stored quorum true to its participants", async () => {
    const meetings = await database.db.selectFrom('meetings').select(['id', 'quorum']).where('state', '=', 'held')
      .where('kind', 'in', ['cell_regular', 'cell_thematic']).execute();
    const people = await database.db.selectFrom('meetingParticipants').select(['meetingId', 'kind', 'attendance', 'inQuorumBase', 'memberStatus']).execute();
    const votes = await database.db.selectFrom('meetingVotes').selectAll().execute();
    for (const m of meetings) {
      const q = quorum.parse(m.quorum);
      const mine = people.filter((p) => p.meetingId === m.id && p.kind === 'attendee');
      expect(q.base).toBe(mine.filter((p) => p.inQuorumBase).length);
      expect(q.present).toBe(mine.filter((p) => p.inQuorumBase && p.attendance === 'present').length);
      expect(q.met).toBe(true);
      // Exempt members count only when they attend; members temporarily elsewhere never.
      expect(mine.some((p) => p.memberStatus === 'exempt' && p.attendance !== 'present' && p.inQuorumBase)).toBe(false);
      expect(mine.some((p) => p.memberStatus === 'temporarily_elsewhere' && p.inQuorumBase)).toBe(false);
      const own = votes.filter((v) => v.meetingId === m.id);
      expect(own.filter((v) => v.isResolution)).toHaveLength(1);
      for (const v of own) {
        expect(v.forCount + v.againstCount + v.abstainCount).toBeLessThanOrEqual(v.presentCount);
        expect(v.presentCount).toBeLessThanOrEqual(mine.filter((p) => p.attendance === 'present').length);
      }
    }
  });

  it('approves the minutes of most meetings of the three months before the last, in the shape of the minutes schema', async () => {
    const rows = await database.db.selectFrom('meetingMinutes as n').innerJoin('meetings as m', 'm.id', 'n.meetingId')
      .select(['n.status', 'n.content', 'n.chairApprovedAt', 'm.endsAt', 'm.state']).execute();
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const r of rows) {
      expect(r.state).toBe('held');
      expect(r.status).toBe('approved');
      expect(r.chairApprovedAt).toBe(r.endsAt);
      expect(minutesContent.safeParse(r.content).success).toBe(true);
    }
  });

  it('leaves gaps for the compliance dashboard: a cell that skipped a month, and months attended below 80%', async () => {
    const today = todayInVietnam();
    const held = await sql<{ cell: string; months: number }>`
      SELECT organization_id AS cell, count(DISTINCT to_char((starts_at AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM'))::int AS months
      FROM meetings WHERE kind = 'cell_regular' AND state = 'held' AND starts_at < ${`${today.slice(0, 7)}-01`}::date
        AND starts_at >= (${`${today.slice(0, 7)}-01`}::date - interval '22 months')
      GROUP BY organization_id`.execute(database.db);
    const gaps = held.rows.filter((r) => r.months < 22);
    expect(gaps.length).toBeGreaterThanOrEqual(1);
    expect(gaps.length).toBeLessThanOrEqual(4);
    const low = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM meetings WHERE kind = 'cell_regular' AND state = 'held'
        AND (quorum->>'present')::numeric / nullif((quorum->>'base')::numeric, 0) < 0.8`.execute(database.db);
    expect(low.rows[0]?.n).toBeGreaterThanOrEqual(1);
  });

  it("gives the demo member tasks from their cell's conclusions, and the demo secretaries' cells a meeting ahead", async () => {
    const tasks = await database.db.selectFrom('tasks as t').innerJoin('users as u', 'u.personId', 't.ownerPersonId')
      .innerJoin('meetingConclusions as c', 'c.id', 't.sourceId').innerJoin('organizations as o', 'o.id', 't.leadUnitId')
      .select(['t.sourceKind', 'c.taskId', 't.id', 't.scopePath', 'o.path', 'o.name']).where('u.username', '=', 'dangvien').execute();
    expect(tasks.length).toBeGreaterThanOrEqual(1);
    for (const t of tasks) {
      expect(t.sourceKind).toBe('meeting_conclusion');
      expect(t.taskId).toBe(t.id);
      expect(t.scopePath).toBe(t.path);
      expect(t.name).toBe('Chi bộ Vụ Tổng hợp');
    }
    const ahead = await database.db.selectFrom('meetings as m').innerJoin('roleGrants as g', 'g.organizationId', 'm.organizationId')
      .select('m.organizationId').distinct().where('g.role', '=', 'cell_secretary').where('m.state', 'in', ['planned', 'invited'])
      .where('m.startsAt', '>', new Date().toISOString()).where('m.startsAt', '<', `${addDays(todayInVietnam(), 45)}T00:00:00+07:00`).execute();
    expect(ahead).toHaveLength(2);
    const overdue = await database.db.selectFrom('tasks').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('sourceKind', '=', 'meeting_conclusion').where('status', 'in', ['open', 'in_progress']).where('dueOn', '<', todayInVietnam()).executeTakeFirstOrThrow();
    expect(Number(overdue.n)).toBeGreaterThanOrEqual(1);
    expect(Number(overdue.n)).toBeLessThanOrEqual(25);
  });

  it("reads well through the API: a secretary's cell meetings open, their minutes check complete, the dashboard and calendar show them", async () => {
    const secretary = await new Client(t.app).login('bithu.tonghop', DEMO_PASSWORD);
    const cell = await database.db.selectFrom('organizations').select('id').where('name', '=', 'Chi bộ Vụ Tổng hợp').executeTakeFirstOrThrow();
    const recent = await database.db.selectFrom('meetings').select(['id', 'state']).where('organizationId', '=', cell.id)
      .where('startsAt', '>', `${addDays(todayInVietnam(), -120)}T00:00:00+07:00`).orderBy('startsAt').execute();
    for (const m of recent) {
      expect((await secretary.get(`/api/v1/meetings/${m.id}`)).statusCode).toBe(200);
      if (m.state !== 'held') continue;
      const check = json<{ complete: boolean; gaps: unknown[] }>(await secretary.get(`/api/v1/meetings/${m.id}/minutes/check`));
      expect(check.gaps).toEqual([]);
    }
    const year = Number(todayInVietnam().slice(0, 4));
    const report = json<{ data: { organizationId: string; months: { regularHeld: boolean }[] }[] }>(await secretary.get(`/api/v1/meetings/compliance?year=${year}`));
    expect(report.data.map((r) => r.organizationId)).toEqual([cell.id]);
    expect(report.data[0]?.months.filter((m) => m.regularHeld).length).toBeGreaterThanOrEqual(Number(todayInVietnam().slice(5, 7)) - 1);
    const from = todayInVietnam();
    const calendar = json<{ data: { state: string }[] }>(await secretary.get(`/api/v1/meetings/calendar?from=${from}&to=${addDays(from, 45)}`));
    expect(calendar.data.some((m) => m.state === 'planned' || m.state === 'invited')).toBe(true);
  });
});
