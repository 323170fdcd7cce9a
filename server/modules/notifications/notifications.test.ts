import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, json, startTestApp } from '../../../test/app.ts';
import { jobHandlers, smtpMailer } from '../../jobs/handlers.ts';
import { enqueue } from '../../jobs/queue.ts';
import { createWorker } from '../../jobs/worker.ts';
import { addDays } from '../../lib/dates.ts';
import { enqueueDigests } from './notifications.digest.ts';
import { buildWorld, insertTask, today } from './notifications.fixtures.ts';
import { scanReminders } from './notifications.scan.ts';
import type { Notification } from './notifications.schema.ts';

interface Received { to: string[]; subject: string; text: string }

/** Headers and body of a raw message, the body decoded from quoted-printable or base64 (no parser library here). */
function decode(raw: string): { subject: string; text: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const body = rest.join('\n\n');
  const words = (s: string) =>
    s.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : qp(data.replace(/_/g, ' ')));
  const qp = (s: string) => Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : encoding === 'quoted-printable' ? qp(body) : body;
  return { subject: words(/^subject:\s*(.*)$/im.exec(headers)?.[1] ?? '').trim(), text: text.replace(/\r\n/g, '\n') };
}

let t: TestApp;
let w: Awaited<ReturnType<typeof buildWorld>>;
let smtp: SMTPServer;
let smtpUrl: string;
const received: Received[] = [];

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  await t.database.db.updateTable('people').set({ email: 'binh.canhan@example.org' }).where('id', '=', w.b.person.id).execute();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), ...decode(Buffer.concat(chunks).toString('latin1')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await t.close();
});

const worker = () =>
  createWorker({ db: t.database.db, handlers: jobHandlers({ mailer: smtpMailer(smtpUrl, 'Công tác <no-reply@localhost>'), baseUrl: 'https://congtac.example' }) });

describe('reminder scan and daily digest', () => {
  it('e-mails each person once a day, grouped by kind, with their own items only', async () => {
    const day = today();
    await enqueue(t.database.db, { kind: 'digest.daily', payload: { day }, uniqueKey: `digest:${day}` });
    await worker().runDue();
    expect(received.map((m) => m.to).sort()).toEqual([['an@example.org'], ['binh.canhan@example.org']]);

    const an = received.find((m) => m.to[0] === 'an@example.org');
    expect(an?.subject).toBe(`Công tác: 6 việc cần chú ý ngày ${day.split('-').reverse().join('/')}`);
    expect(an?.text).toContain('Kính gửi đồng chí Lê Văn An');
    expect(an?.text).toContain(`Nhiệm vụ quá hạn (1)\n- Nộp danh sách đảng viên — hạn ${addDays(day, -5).split('-').reverse().join('/')}`);
    expect(an?.text).toContain(`Nhiệm vụ sắp đến hạn (1)\n- Chuẩn bị nghị quyết tháng — hạn ${addDays(day, 2).split('-').reverse().join('/')} https://congtac.example/tasks/${w.tasks.aSoon}`);
    expect(an?.text).toContain('Báo cáo chậm gửi (1)\n- Báo cáo tháng — Tháng trước — Chi bộ Vụ Tổng hợp');
    expect(an?.text).toContain('Cuộc họp hôm nay (1)\n- Sinh hoạt chi bộ Vụ Tổng hợp — Phòng họp số 1');
    expect(an?.text).toContain('Việc về đảng viên sắp đến hạn (1)\n- Xét công nhận chính thức: Phạm Thị Hoa — Chi bộ Vụ Tổng hợp');
    expect(an?.text).not.toContain('Kế hoạch năm sau');
    expect(an?.text).not.toContain('Văn phòng');

    const binh = received.find((m) => m.to[0] === 'binh.canhan@example.org');
    expect(binh?.text).toContain('Việc của chi bộ Văn phòng');
    expect(binh?.text).not.toContain('Tổng hợp');
  });

  it('a second scan the same day adds nothing and sends nothing, even with something new', async () => {
    const day = today();
    const before = await t.database.db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(await scanReminders(t.database.db, day)).toBe(0);
    await insertTask(t, { ownerPersonId: w.a.person.id, unit: w.cellA, title: 'Việc mới trong ngày', dueOn: addDays(day, 1) });
    expect(await scanReminders(t.database.db, day)).toBe(1);
    await enqueueDigests(t.database.db, day);
    await worker().runDue();
    expect(received).toHaveLength(2);
    const after = await t.database.db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n + 1);

    // The next day's digest carries what arrived after today's, and nothing already sent.
    await enqueueDigests(t.database.db, addDays(day, 1));
    await worker().runDue();
    expect(received).toHaveLength(3);
    expect(received[2]?.subject).toContain('Công tác: 1 việc');
    expect(received[2]?.text).toContain('Việc mới trong ngày');
    await enqueueDigests(t.database.db, addDays(day, 2));
    await worker().runDue();
    expect(received).toHaveLength(3);
  });
});

describe('notifications API', () => {
  type Page = { data: Notification[]; links: { next: string | null }; meta: { total?: number } };

  it('lists mine, newest first, page by page', async () => {
    const all: Notification[] = [];
    let url: string | null = '/api/v1/notifications?limit=2';
    while (url) {
      const page: Page = json<Page>(await w.a.client.get(url));
      all.push(...page.data);
      url = page.links.next ? `/api/v1/notifications?limit=2&cursor=${page.links.next}` : null;
    }
    expect(all).toHaveLength(7);
    expect(new Set(all.map((n) => n.id)).size).toBe(7);
    expect(all.map((n) => n.kind).sort()).toEqual(['meeting_today', 'member_deadline', 'report_due', 'report_late', 'task_due', 'task_due', 'task_overdue']);
    expect(all[0]?.title).toBe('Việc mới trong ngày');
    expect(all.find((n) => n.kind === 'member_deadline')).toMatchObject({ topic: 'probation_review', link: `/members/${w.memberA.id}` });
    const bList = json<Page>(await w.b.client.get('/api/v1/notifications'));
    expect(bList.data.map((n) => n.kind).sort()).toEqual(['meeting_today', 'task_due']);
  });

  it('marks one read, only my own, then all', async () => {
    const first = json<Page>(await w.a.client.get('/api/v1/notifications?limit=1')).data[0];
    const read = await w.a.client.post(`/api/v1/notifications/${first?.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(json<Notification>(read).readAt).not.toBeNull();
    expect(json<Page>(await w.a.client.get('/api/v1/notifications?unread=true&includeTotal=true&limit=1')).meta.total).toBe(6);

    const foreign = await w.b.client.post(`/api/v1/notifications/${first?.id}/read`, {}, { 'accept-language': 'vi' });
    expect(foreign.statusCode).toBe(404);
    expect(json(foreign)).toMatchObject({ code: 'notification.not_found', title: 'Không tìm thấy thông báo.' });

    expect(json(await w.a.client.post('/api/v1/notifications/read-all'))).toEqual({ updated: 6 });
    expect(json<Page>(await w.a.client.get('/api/v1/notifications?unread=true')).data).toEqual([]);
    expect(json<Page>(await w.b.client.get('/api/v1/notifications?unread=true')).data).toHaveLength(2);
  });

  it('refuses unknown filters', async () => {
    const res = await w.a.client.get('/api/v1/notifications?personId=x');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
