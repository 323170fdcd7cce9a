import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, startTestApp } from '../../../test/app.ts';
import { addDays } from '../../lib/dates.ts';
import { buildWorld, today } from '../notifications/notifications.fixtures.ts';
import type { InboxSection } from './inbox.schema.ts';

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
});
afterAll(async () => {
  await t.close();
});

type Inbox = { day: string; sections: InboxSection[] };
const sectionOf = (inbox: Inbox, key: InboxSection['key']) => {
  const s = inbox.sections.find((x) => x.key === key);
  if (!s) throw new Error(`no section ${key}`);
  return s;
};

describe('GET /api/v1/inbox', () => {
  it("shows the secretary's own tasks due or overdue, reports owed, today's meeting and members' deadlines", async () => {
    const res = await w.a.client.get('/api/v1/inbox');
    expect(res.statusCode).toBe(200);
    const inbox = json<Inbox>(res);
    expect(inbox.day).toBe(today());

    const tasks = sectionOf(inbox, 'tasks');
    expect(tasks.items.map((i) => i.id)).toEqual([w.tasks.aOverdue, w.tasks.aSoon]);
    expect(tasks).toMatchObject({ count: 2, overdue: true });
    expect(tasks.items[0]).toMatchObject({ link: `/tasks/${w.tasks.aOverdue}`, overdue: true, dueOn: addDays(today(), -5), kind: 'in_progress' });
    expect(tasks.items[1]?.overdue).toBe(false);

    const reports = sectionOf(inbox, 'reports');
    expect(reports.items.map((i) => [i.id, i.kind, i.overdue])).toEqual([
      [w.periods.late, 'returned', true],
      [w.periods.dueSoon, 'missing', false],
    ]);
    expect(reports.items[0]).toMatchObject({ link: `/reports/periods/${w.periods.late}`, subtitle: 'Chi bộ Vụ Tổng hợp', title: 'Báo cáo tháng — Tháng trước' });

    const meetings = sectionOf(inbox, 'meetings');
    expect(meetings.items.map((i) => i.id)).toEqual([w.meetings.a]);
    expect(meetings.items[0]).toMatchObject({ link: `/meetings/${w.meetings.a}`, subtitle: '14:00 · Phòng họp số 1', dueOn: today() });

    const deadlines = sectionOf(inbox, 'member_deadlines');
    expect(deadlines).toMatchObject({ count: 1, overdue: false });
    expect(deadlines.items[0]).toMatchObject({ id: w.memberA.id, kind: 'probation_review', link: `/members/${w.memberA.id}`, subtitle: 'Chi bộ Vụ Tổng hợp' });

    expect(sectionOf(inbox, 'documents_to_sign').count).toBe(0);
    expect(sectionOf(inbox, 'incoming_to_handle').count).toBe(0);
  });

  it("shows the other secretary only their own things, nothing of the first one's", async () => {
    const inbox = json<Inbox>(await w.b.client.get('/api/v1/inbox'));
    expect(sectionOf(inbox, 'tasks').items.map((i) => i.id)).toEqual([w.tasks.bToday]);
    expect(sectionOf(inbox, 'tasks').overdue).toBe(false);
    expect(sectionOf(inbox, 'reports').count).toBe(0);
    expect(sectionOf(inbox, 'meetings').items.map((i) => i.id)).toEqual([w.meetings.b]);
    expect(sectionOf(inbox, 'member_deadlines').count).toBe(0);
    const ids = inbox.sections.flatMap((s) => s.items.map((i) => i.id));
    for (const mine of [...Object.values(w.tasks).filter((id) => id !== w.tasks.bToday), w.meetings.a, w.memberA.id, w.periods.late]) {
      expect(ids).not.toContain(mine);
    }
  });

  it('lists the first few of each section and counts them all', async () => {
    const inbox = json<Inbox>(await w.a.client.get('/api/v1/inbox?limit=1'));
    const tasks = sectionOf(inbox, 'tasks');
    expect(tasks.items.map((i) => i.id)).toEqual([w.tasks.aOverdue]);
    expect(tasks.count).toBe(2);
    expect(sectionOf(inbox, 'reports')).toMatchObject({ count: 2, overdue: true });
  });

  it('refuses unknown parameters and anonymous callers', async () => {
    expect((await w.a.client.get('/api/v1/inbox?everyone=true')).statusCode).toBe(400);
    const anon = await t.anonymous().get('/api/v1/inbox');
    expect(anon.statusCode).toBe(401);
    expect(anon.headers['content-type']).toContain('application/problem+json');
  });

  it('gives an account without a person an empty personal inbox, not an error', async () => {
    const inbox = json<Inbox>(await t.admin.get('/api/v1/inbox'));
    expect(sectionOf(inbox, 'tasks').count).toBe(0);
    expect(sectionOf(inbox, 'meetings').count).toBe(0);
  });

  it('lists documents waiting for my signature within my clearance, and incoming documents I was directed to handle', async () => {
    const db = t.database.db;
    const type = await db.selectFrom('documentTypes').select('id').where('regime', '=', 'party').orderBy('sortOrder').executeTakeFirstOrThrow();
    const doc = async (state: string, secrecy: string, summary: string) => {
      const id = randomUUID();
      await sql`INSERT INTO documents (id, organization_id, scope_path, regime, type_id, issuer_code, summary, state, secrecy, signer_person_id)
        VALUES (${id}, ${w.cellA.id}, ${w.cellA.path}, 'party', ${type.id}, 'CB', ${summary}, ${state}, ${secrecy}, ${w.a.person.id})`.execute(db);
      return id;
    };
    const toSign = await doc('submitted', 'none', 'Nghị quyết chi bộ tháng');
    await doc('submitted', 'toi_mat', 'Báo cáo tối mật');
    await doc('draft', 'none', 'Dự thảo chưa trình');
    const incoming = async (n: number, state: string, deadline: string | null, doneOn: string | null) => {
      const id = randomUUID();
      await sql`INSERT INTO incoming_documents (id, organization_id, scope_path, year, arrival_number, received_on, sender, symbol, document_date, summary, state, lead_person_id, deadline, done_on)
        VALUES (${id}, ${w.cellA.id}, ${w.cellA.path}, 2026, ${n}, ${addDays(today(), -10)}, 'Ban Tổ chức Đảng ủy', ${`${n}-CV/BTC`}, ${addDays(today(), -12)}, ${`Công văn số ${n}`},
          ${state}, ${w.a.person.id}, ${deadline}, ${doneOn})`.execute(db);
      return id;
    };
    const late = await incoming(1, 'directed', addDays(today(), -1), null);
    await incoming(2, 'done', addDays(today(), -1), addDays(today(), -2));

    const inbox = json<Inbox>(await w.a.client.get('/api/v1/inbox'));
    const sign = sectionOf(inbox, 'documents_to_sign');
    expect(sign.items.map((i) => [i.id, i.title, i.link])).toEqual([[toSign, 'Nghị quyết chi bộ tháng', `/documents/${toSign}`]]);
    expect(sign.count).toBe(1);
    const handle = sectionOf(inbox, 'incoming_to_handle');
    expect(handle).toMatchObject({ count: 1, overdue: true });
    expect(handle.items[0]).toMatchObject({ id: late, subtitle: 'Ban Tổ chức Đảng ủy · 1-CV/BTC', link: `/incoming/${late}`, overdue: true });
    const other = json<Inbox>(await w.b.client.get('/api/v1/inbox'));
    expect(sectionOf(other, 'documents_to_sign').count + sectionOf(other, 'incoming_to_handle').count).toBe(0);
  });
});
