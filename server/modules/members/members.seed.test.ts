import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, json } from '../../../test/app.ts';
import { freshDatabase } from '../../../test/db.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { DEMO_PASSWORD, seedDemo } from '../../seed/demo.ts';
import type { Member } from './members.schema.ts';

let database: Database;
let app: FastifyInstance;
let office: Client;

beforeAll(async () => {
  database = await freshDatabase();
  await seedDemo(database.db, () => {});
  app = await buildApp(loadConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'never' }), database);
  await app.ready();
  office = await new Client(app).login('vanphong', DEMO_PASSWORD);
});
afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('demo member register', () => {
  it('gives the demo member account a record and a register with every kind of member', async () => {
    const me = await new Client(app).login('dangvien', DEMO_PASSWORD);
    expect(json<Member>(await me.get('/api/v1/members/me'))).toMatchObject({ status: 'official' });
    const stats = json<{ total: number; byStatus: Record<string, number> }>(await office.get('/api/v1/members/statistics'));
    expect(stats.total).toBeGreaterThanOrEqual(350);
    expect(stats.byStatus).toMatchObject({ probationary: 15, applicant: 5, exempt: 3, deceased: 1, expelled: 1, transferred_out: 1, temporarily_elsewhere: 1 });
  });

  it('keeps every history consistent with the rules: ceremony after the decision, recognition after probation', async () => {
    const rows = await database.db.selectFrom('members').selectAll().execute();
    for (const m of rows) {
      if (m.ceremonyDate && m.admissionDecisionDate) expect(m.ceremonyDate >= m.admissionDecisionDate).toBe(true);
      if (m.officialRecognitionDate && m.ceremonyDate) expect(m.officialRecognitionDate > m.ceremonyDate).toBe(true);
    }
    const events = await database.db.selectFrom('memberEvents').select(['memberId', 'kind']).execute();
    expect(new Set(events.map((e) => e.memberId)).size).toBe(rows.length);
  });

  it('shows reminders and data-quality issues', async () => {
    const reminders = json<{ data: { kind: string; overdue: boolean; daysLeft: number }[] }>(await office.get('/api/v1/members/reminders')).data;
    const reviews = reminders.filter((r) => r.kind === 'probation_review');
    expect(reviews.filter((r) => !r.overdue)).toHaveLength(2);
    expect(reviews.filter((r) => r.overdue)).toHaveLength(1);
    expect(reminders.map((r) => r.kind)).toEqual(expect.arrayContaining(['transfer_incomplete', 'ceremony_due', 'certificate_expiring', 'exemption_review']));
    const issues = json<{ data: { issues: string[] }[] }>(await office.get('/api/v1/members/quality')).data.flatMap((d) => d.issues);
    expect(issues.filter((i) => i === 'missing_card_number')).toHaveLength(2);
    expect(issues.filter((i) => i === 'duplicate_name_birth')).toHaveLength(2);
  });
});
