import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillAuditSecrecy } from '../../db/migrations/20261202_0014_audit_secrecy.ts';
import { type TestApp, json, makeOrganization, startTestApp } from '../../../test/app.ts';
import { type World, issue, makeDocument, makeSigned, makeWorld, registerIncoming } from '../documents/documents.fixtures.ts';
import { planMeeting } from '../meetings/meetings.fixtures.ts';
import { makeOfficial } from '../members/members.fixtures.ts';
import { type Mailer, type MailMessage, sendDigest } from '../notifications/index.ts';
import { insertTask, today } from '../notifications/notifications.fixtures.ts';
import { scanReminders } from '../notifications/index.ts';
import { reader, textOf, wholeAudit } from './audit.clearance.fixtures.ts';

/**
 * Issue 12, item 1: a record the reader may not see (classified above their clearance, outside their scope,
 * or of a kind their role does not read) comes back through no path: list, id, search, exports, the audit
 * log (list, entityId, entity), history, calendar and feeds, notifications, inbox, the digest e-mail.
 * Personal data comes back masked to a reader without the need to know, in the audit log too.
 */

let t: TestApp;
let w: World;
type Reader = Awaited<ReturnType<typeof reader>>;
let low: Reader; // superior_readonly on the whole committee, clearance 0: reads the whole log
let neighbour: Reader; // secretary of another cell, clearance 0
const S = {
  document: 'Kế hoạch MATDOC7 bảo vệ nội bộ',
  raised: 'Dự thảo NANGMAT7 về tổ chức',
  outgoing: 'Lưu hồ sơ MATOUT7',
  incoming: 'Công văn MATINC7 về nhân sự',
  letter: 'Khiếu nại THULET7 về đất đai',
  meeting: 'Sinh hoạt chuyên đề HOPKIN7',
  citizenId: '001085012323',
  phone: '0912345678',
};
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  w = await makeWorld(t);
  const cellB = await makeOrganization(t.admin, { parentId: w.committee.id, kind: 'cell_under_committee', name: 'Chi bộ Láng giềng' });
  low = await reader(t, w.committee.id, 'superior_readonly', 'Thap');
  neighbour = await reader(t, cellB.id, 'cell_secretary', 'Giengs');
  const qd = w.types['administrative.quyet_dinh'];
  // A classified document, issued (so it is in the outgoing register), its register entry completed.
  const signed = await makeSigned(w.clerk, { organizationId: w.committee.id, typeId: qd, secrecy: 'mat', summary: S.document, body: `Nội dung ${S.document}` });
  expect((await issue(w.clerk, signed)).statusCode).toBe(200);
  ids.document = signed.id;
  const out = json<{ data: Array<{ id: string; version: number; documentId: string }> }>(await w.clerk.get('/api/v1/outgoing-register?year=2026'));
  const entry = out.data.find((e) => e.documentId === signed.id);
  if (!entry) throw new Error('no outgoing entry');
  ids.outgoing = entry.id;
  expect((await w.clerk.patch(`/api/v1/outgoing-register/${entry.id}`, { version: entry.version, note: S.outgoing })).statusCode).toBe(200);
  // A draft written unclassified, then marked Mật: its earlier history is held to its level now.
  const raised = await makeDocument(w.clerk, { organizationId: w.committee.id, typeId: qd, summary: S.raised });
  ids.raised = raised.id;
  const marked = await w.clerk.patch(`/api/v1/documents/${raised.id}`, { version: raised.version, secrecy: 'mat' });
  expect(marked.statusCode, marked.body).toBe(200);
  // A classified draft waiting for the low-clearance reader's signature.
  const toSign = await makeDocument(w.clerk, { organizationId: w.committee.id, typeId: qd, secrecy: 'mat', summary: `${S.document} (dự thảo)`, signerPersonId: low.person.id });
  expect((await w.clerk.post(`/api/v1/documents/${toSign.id}/transitions`, { version: toSign.version, action: 'submit' })).statusCode).toBe(200);
  // A classified incoming document directed to the low-clearance reader.
  const inc = json<{ id: string; version: number }>(await registerIncoming(w.clerk, w.committee.id, { secrecy: 'mat', summary: S.incoming }));
  ids.incoming = inc.id;
  const directed = await w.clerk.post(`/api/v1/incoming/${inc.id}/direction`, { version: inc.version, leadPersonId: low.person.id, deadline: today() });
  expect(directed.statusCode, directed.body).toBe(200);
  // A letter (the low reader's role does not read letters).
  const letter = await w.clerk.post('/api/v1/letters', { organizationId: w.committee.id, receivedOn: '2026-03-02', senderName: 'Trần Văn Bình', kind: 'complaint', summary: S.letter });
  expect(letter.statusCode, letter.body).toBe(201);
  ids.letter = json<{ id: string }>(letter).id;
  // A meeting of the first cell, today, with one of its members invited (outside the neighbour's scope).
  const member = await makeOfficial(t.admin, w.cell.id, { citizenId: S.citizenId });
  await t.admin.patch(`/api/v1/people/${member.personId}`, { version: 1, phone: S.phone });
  const meeting = await planMeeting(w.secretary, w.cell.id, { title: S.meeting, startsAt: `${today()}T14:00:00+07:00`, endsAt: `${today()}T16:00:00+07:00` });
  ids.meeting = meeting.id;
  // Something the reader may be told, so that the digest is really sent.
  await insertTask(t, { ownerPersonId: low.person.id, unit: w.committee, title: 'Rà soát hồ sơ nhiệm vụ', dueOn: today() });
  await scanReminders(t.database.db, today());
});
afterAll(() => t.close());

const secrets = () => [S.document, S.outgoing, S.incoming, S.letter, 'MATDOC7', 'MATINC7', 'THULET7', 'NANGMAT7'];
const expectNone = (text: string, markers = secrets()) => {
  for (const m of markers) expect(text, `leaked "${m}"`).not.toContain(m);
};

describe('classified, out-of-scope and other-role records through every path', () => {
  it('a reader with the right gets them (the paths do carry them)', async () => {
    const log = await wholeAudit(w.clerk);
    for (const m of ['MATDOC7', 'MATOUT7', 'MATINC7', 'THULET7', 'NANGMAT7']) expect(log).toContain(m);
    expect((await w.clerk.get(`/api/v1/documents/${ids.document}`)).statusCode).toBe(200);
    expect(await textOf(await w.clerk.get('/api/v1/incoming/export.xlsx?year=2026'))).toContain('MATINC7');
    expect(json<{ data: unknown[] }>(await w.clerk.get(`/api/v1/audit?entityId=${ids.document}`)).data.length).toBeGreaterThan(1);
  });

  it('by id, in lists and in search', async () => {
    for (const path of [`/api/v1/documents/${ids.document}`, `/api/v1/incoming/${ids.incoming}`, `/api/v1/letters/${ids.letter}`, `/api/v1/documents/${ids.document}/print.docx`]) {
      expect([403, 404], path).toContain((await low.client.get(path)).statusCode);
    }
    expect([403, 404]).toContain((await neighbour.client.get(`/api/v1/meetings/${ids.meeting}`)).statusCode);
    for (const path of ['/api/v1/documents?limit=200', '/api/v1/incoming?limit=200', '/api/v1/outgoing-register?year=2026', '/api/v1/incoming/follow-up']) {
      expectNone((await low.client.get(path)).body);
    }
    for (const q of ['MATDOC7', 'MATINC7', 'THULET7']) expectNone((await low.client.get(`/api/v1/search?q=${q}`)).body);
    const letters = await low.client.get('/api/v1/letters');
    expect(letters.statusCode === 403 || !letters.body.includes('THULET7')).toBe(true);
  });

  it('in the registers exported to Excel and Word', async () => {
    for (const path of ['/api/v1/incoming/export.xlsx?year=2026', '/api/v1/incoming/export.docx?year=2026', '/api/v1/outgoing-register/export.xlsx?year=2026', '/api/v1/outgoing-register/export.docx?year=2026']) {
      const res = await low.client.get(path);
      expect(res.statusCode, path).toBe(200);
      expectNone(await textOf(res));
    }
  });

  it('in the audit log: plain paging, by entity, by entity id', async () => {
    expectNone(await wholeAudit(low.client));
    for (const entity of ['document', 'incoming_document', 'outgoing_register', 'letter']) expectNone(await wholeAudit(low.client, `&entity=${entity}`));
    for (const id of [ids.document, ids.raised, ids.incoming, ids.outgoing, ids.letter]) {
      expect(json<{ data: unknown[] }>(await low.client.get(`/api/v1/audit?entityId=${id}`)).data).toEqual([]);
    }
    expect(json<{ data: unknown[] }>(await neighbour.client.get(`/api/v1/audit?entityId=${ids.meeting}`)).data).toEqual([]);
    expectNone(await wholeAudit(neighbour.client), [S.meeting, 'HOPKIN7', ...secrets()]);
  });

  it('personal data in the audit snapshots of members and people is masked without the need to know', async () => {
    const log = await wholeAudit(low.client, '&entity=member') + await wholeAudit(low.client, '&entity=person');
    expect(log).toContain('0010******23');
    expect(log).toContain('*******678');
    expectNone(log, [S.citizenId, S.phone]);
    const office = await wholeAudit(w.clerk, '&entity=member');
    expect(office).toContain(S.citizenId);
  });

  it('in calendars and feeds, the inbox, notifications and the digest e-mail', async () => {
    const day = today();
    expectNone((await neighbour.client.get(`/api/v1/meetings/calendar?from=${day}&to=${day}`)).body, ['HOPKIN7']);
    expectNone((await neighbour.client.get('/api/v1/calendar/me.ics')).body, ['HOPKIN7']);
    expect((await neighbour.client.get(`/api/v1/calendar/organizations/${w.cell.id}.ics`)).statusCode).toBe(404);
    expectNone((await neighbour.client.get('/api/v1/inbox')).body, ['HOPKIN7']);
    const inbox = await low.client.get('/api/v1/inbox');
    expect(inbox.statusCode).toBe(200);
    expectNone(inbox.body);
    const notes = await low.client.get('/api/v1/notifications');
    expect(notes.body).toContain('Rà soát hồ sơ nhiệm vụ');
    expectNone(notes.body);
    const sent: MailMessage[] = [];
    const mailer: Mailer = { send: async (m) => { sent.push(m); } };
    for (const r of [low, neighbour]) await sendDigest(t.database.db, mailer, r.person.id, day);
    expect(sent.map((m) => m.to)).toContain('thap@example.org');
    for (const m of sent) expectNone(`${m.subject}\n${m.text}`, [...secrets(), 'HOPKIN7']);
  });
});

describe('the secrecy level of audit entries', () => {
  it('is written with the entry, and backfilled for entries older than the column', async () => {
    const classified = [ids.document, ids.incoming, ids.outgoing].map(String);
    const levels = () => t.database.db.selectFrom('auditLog').select(['seq', 'action', 'secrecy']).where('entityId', 'in', classified).orderBy('seq').execute();
    const written = await levels();
    expect(written.length).toBeGreaterThan(4);
    expect(new Set(written.map((r) => r.secrecy))).toEqual(new Set(['mat']));
    // As the rows were before migration 0014: every level 'none'. The backfill marks them from the records.
    await t.database.db.transaction().execute(async (trx) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(trx);
      await sql`UPDATE audit_log SET secrecy = 'none'`.execute(trx);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(trx);
    });
    expect(new Set((await levels()).map((r) => r.secrecy))).toEqual(new Set(['none']));
    await t.database.db.transaction().execute((trx) => backfillAuditSecrecy(trx as unknown as Kysely<unknown>));
    expect(await levels()).toEqual(written);
    expectNone(await wholeAudit(low.client));
  });
});
