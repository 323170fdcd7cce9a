import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { ReminderKind } from '../../../common/enums.ts';
import type { DB } from '../../db/schema.ts';
import type { NotificationKind } from '../../db/schema.jobs.ts';
import { enqueue } from '../../jobs/queue.ts';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one message; nodemailer behind it in production, a real local SMTP server in tests. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

const HEADINGS: Record<NotificationKind, string> = {
  meeting_today: 'Cuộc họp hôm nay',
  task_overdue: 'Nhiệm vụ quá hạn',
  task_due: 'Nhiệm vụ sắp đến hạn',
  report_late: 'Báo cáo chậm gửi',
  report_due: 'Báo cáo sắp đến hạn gửi',
  member_overdue: 'Việc về đảng viên đã quá hạn',
  member_deadline: 'Việc về đảng viên sắp đến hạn',
};

const TOPICS: Record<ReminderKind, string> = {
  ceremony_due: 'Tổ chức lễ kết nạp',
  probation_review: 'Xét công nhận chính thức',
  transfer_incomplete: 'Chuyển sinh hoạt chưa hoàn tất',
  retirement_transfer: 'Nghỉ hưu: chuyển sinh hoạt đảng về nơi cư trú',
  certificate_expiring: 'Giấy chứng nhận bồi dưỡng sắp hết hạn',
  exemption_review: 'Xem lại miễn sinh hoạt',
};

const KIND_ORDER = Object.keys(HEADINGS) as NotificationKind[];
const MAX_ITEMS = 200;

/** 'YYYY-MM-DD' -> 'DD/MM/YYYY', as dates are written in Vietnamese. */
const vnDate = (day: string) => day.split('-').reverse().join('/');

/**
 * One digest job per person who has something not yet e-mailed and an address. The job's unique key
 * (person, day) keeps it to one message a day, however many scans or instances ask.
 */
export async function enqueueDigests(db: Kysely<DB>, day: string): Promise<number> {
  const rows = await sql<{ personId: string }>`
    SELECT DISTINCT n.person_id FROM notifications n
    WHERE n.emailed_at IS NULL AND n.read_at IS NULL AND ${addressOf(sql`n.person_id`)} IS NOT NULL`.execute(db);
  let count = 0;
  for (const r of rows.rows) {
    const added = await enqueue(db, { kind: 'digest.person', payload: { personId: r.personId, day }, uniqueKey: `digest:${r.personId}:${day}` });
    if (added) count += 1;
  }
  return count;
}

// The person's own address first, else the address of their (enabled) user account.
const addressOf = (personId: RawBuilder<unknown>) => sql<string | null>`COALESCE(
  (SELECT p.email FROM people p WHERE p.id = ${personId} AND p.email IS NOT NULL AND p.email <> ''),
  (SELECT u.email FROM users u WHERE u.person_id = ${personId} AND u.disabled_at IS NULL AND u.email IS NOT NULL AND u.email <> ''
   ORDER BY u.created_at LIMIT 1))`;

interface DigestItem {
  id: string;
  kind: NotificationKind;
  topic: string | null;
  title: string;
  body: string | null;
  link: string | null;
  dueOn: string | null;
}

/** Sends a person's digest of what is new and unread, then marks it e-mailed. False when nothing to send. */
export async function sendDigest(db: Kysely<DB>, mailer: Mailer, personId: string, day: string, baseUrl?: string): Promise<boolean> {
  const person = await db
    .selectFrom('people')
    .select(['fullName', addressOf(sql`${personId}::uuid`).as('email')])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!person?.email) return false;
  const items = await db
    .selectFrom('notifications')
    .select(['id', 'kind', 'topic', 'title', 'body', 'link', 'dueOn'])
    .where('personId', '=', personId)
    .where('emailedAt', 'is', null)
    .where('readAt', 'is', null)
    .orderBy('dueOn')
    .orderBy('createdAt')
    .limit(MAX_ITEMS)
    .execute();
  if (items.length === 0) return false;
  await mailer.send({
    to: person.email,
    subject: `Công tác: ${items.length} việc cần chú ý ngày ${vnDate(day)}`,
    text: digestText(person.fullName, items, baseUrl),
  });
  // Sent first, marked after: a crash in between sends the digest again rather than never.
  await db.updateTable('notifications').set({ emailedAt: sql<string>`now()` }).where('id', 'in', items.map((i) => i.id)).execute();
  return true;
}

export function digestText(fullName: string, items: DigestItem[], baseUrl?: string): string {
  const lines = [`Kính gửi đồng chí ${fullName},`, '', 'Các việc cần đồng chí chú ý:'];
  for (const kind of KIND_ORDER) {
    const group = items.filter((i) => i.kind === kind);
    if (group.length === 0) continue;
    lines.push('', `${HEADINGS[kind]} (${group.length})`);
    for (const i of group) lines.push(`- ${itemLine(i, baseUrl)}`);
  }
  lines.push('', 'Thư này do hệ thống Công tác gửi tự động mỗi ngày một lần; không trả lời thư này.');
  return lines.join('\n');
}

function itemLine(i: DigestItem, baseUrl?: string): string {
  const topic = i.topic && i.topic in TOPICS ? `${TOPICS[i.topic as ReminderKind]}: ` : '';
  const parts = [`${topic}${i.title}`];
  if (i.body) parts.push(i.body);
  if (i.dueOn) parts.push(i.kind === 'meeting_today' ? `ngày ${vnDate(i.dueOn)}` : `hạn ${vnDate(i.dueOn)}`);
  const url = baseUrl && i.link ? ` ${baseUrl.replace(/\/$/, '')}${i.link}` : '';
  return `${parts.join(' — ')}${url}`;
}
