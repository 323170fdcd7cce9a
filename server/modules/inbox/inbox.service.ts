import type { Ctx } from '../../http/context.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { findReminders } from '../members/index.ts';
import { MEMBER_WRITER_ROLES, NOTICE_DAYS } from '../notifications/index.ts';
import * as q from './inbox.queries.ts';
import type { InboxSection } from './inbox.schema.ts';

/**
 * More sections, from modules that add them later: e.g. 'comments_to_give' once comment rounds name
 * the people asked (today their recipients are free text, so a person cannot be matched to them).
 */
export type InboxProvider = (ctx: Ctx, today: string, limit: number) => Promise<InboxSection>;
export const extraSections: InboxProvider[] = [];

/**
 * What needs the logged-in user today. Everything is "mine" by construction (my person, my grants), so
 * there is no other policy; the sections run one after another, as PGlite serves one query at a time.
 */
export async function myInbox(ctx: Ctx, limit: number): Promise<{ day: string; sections: InboxSection[] }> {
  const today = todayInVietnam();
  const { db, actor } = ctx;
  const sections = [
    await q.section(db, 'tasks', q.myTasks(actor, today), limit),
    await q.section(db, 'reports', q.myReports(actor, today), limit),
    await q.section(db, 'meetings', q.myMeetings(actor, today), limit),
    await memberDeadlines(ctx, limit),
    await q.section(db, 'documents_to_sign', q.documentsToSign(actor), limit),
    await q.section(db, 'incoming_to_handle', q.incomingToHandle(actor, today), limit),
  ];
  for (const provider of extraSections) sections.push(await provider(ctx, today, limit));
  return { day: today, sections };
}

/** The member register's own reminders, read with only the grants that write member records. */
async function memberDeadlines(ctx: Ctx, limit: number): Promise<InboxSection> {
  const writer = { ...ctx.actor, grants: ctx.actor.grants.filter((g) => MEMBER_WRITER_ROLES.includes(g.role)) };
  const reminders = writer.grants.length === 0 ? [] : await findReminders({ ...ctx, actor: writer }, undefined, NOTICE_DAYS);
  return {
    key: 'member_deadlines',
    count: reminders.length,
    overdue: reminders.some((r) => r.overdue),
    items: reminders.slice(0, limit).map((r) => ({
      id: r.memberId,
      kind: r.kind,
      title: r.fullName,
      subtitle: r.cellName,
      dueOn: r.dueOn,
      link: `/members/${r.memberId}`,
      overdue: r.overdue,
    })),
  };
}
