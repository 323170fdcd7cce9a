import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/db.ts';
import type { Database } from '../db/client.ts';
import { todayInVietnam } from '../lib/dates.ts';
import { parseSymbol } from '../lib/numbering.ts';
import { type DocumentsSummary, seedDocuments } from './documents.ts';
import { seedDemo } from './demo.ts';

const silent = () => {};
const n = (v: unknown) => Number(v);

describe('demo documents and correspondence', () => {
  let database: Database;
  let summary: DocumentsSummary | undefined;
  let ms = 0;
  beforeAll(async () => {
    database = await freshDatabase();
    await seedDemo(database.db, silent);
    // Until the demo seed calls it, the test loads the documents on top of the demo data itself.
    const loaded = await database.db.selectFrom('incomingDocuments').select('id').limit(1).executeTakeFirst();
    if (!loaded) {
      const started = Date.now();
      summary = await database.db.transaction().execute((trx) => seedDocuments(trx, silent));
      ms = Date.now() - started;
    }
  }, 240_000);
  afterAll(async () => {
    await database?.close();
  });

  it('issues a year of documents of both regimes, numbered from 1 without gaps or twins in each sequence', async () => {
    const rows = await database.db.selectFrom('documents').where('number', 'is not', null)
      .select(['regime', 'sequenceKey', 'number', 'symbol', 'issuedOn']).orderBy('sequenceKey').orderBy('number').execute();
    const party = rows.filter((r) => r.regime === 'party');
    const admin = rows.filter((r) => r.regime === 'administrative');
    expect(party.length).toBeGreaterThan(150);
    expect(admin.length).toBeGreaterThan(250);
    const bySequence = new Map<string, typeof rows>();
    for (const r of rows) bySequence.set(r.sequenceKey ?? '', [...(bySequence.get(r.sequenceKey ?? '') ?? []), r]);
    expect(bySequence.size).toBeGreaterThan(10);
    for (const [key, seq] of bySequence) {
      expect(seq.map((r) => r.number), key).toEqual(seq.map((_, i) => i + 1));
      // Numbers follow the issue dates.
      expect([...seq].sort((a, b) => (a.issuedOn ?? '').localeCompare(b.issuedOn ?? '')).map((r) => r.number), key).toEqual(seq.map((r) => r.number));
      const counter = await database.db.selectFrom('documentCounters').select('lastNumber').where('key', '=', key).executeTakeFirst();
      expect(counter?.lastNumber, key).toBe(seq.length);
    }
    expect(party.every((r) => /^\d{2,}-[\p{L}]+\/(ĐU|CB)$/u.test(r.symbol ?? '') && parseSymbol('party', r.symbol ?? '') !== null)).toBe(true);
    expect(admin.every((r) => /^\d{2,}\/([\p{L}]+-VPQH|VPQH-[\p{L}]+)$/u.test(r.symbol ?? ''))).toBe(true);
    expect(rows.some((r) => r.symbol === '01-QĐ/ĐU' || r.symbol === '01-KH/ĐU')).toBe(true);
    if (summary) expect(summary.documents).toBeGreaterThan(rows.length);
  });

  it("has every signed document signed by the one holding the signing post on the signing day", async () => {
    // T/M ĐẢNG ỦY (or T/M CHI BỘ), BÍ THƯ: the committee's (the cell's) secretary that day; CHỦ NHIỆM: the agency's head that day.
    const wrong = await sql<{ symbol: string | null; signerName: string | null; signedOn: string }>`
      SELECT d.symbol, d.signer_name AS "signerName", d.signed_on::text AS "signedOn"
      FROM documents d
      WHERE d.signed_on IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM post_holdings h JOIN posts p ON p.id = h.post_id
        WHERE h.person_id = d.signer_person_id AND p.organization_id = d.organization_id
          AND p.name IN (CASE d.regime WHEN 'party' THEN 'Bí thư' ELSE 'Chủ nhiệm' END, CASE d.regime WHEN 'party' THEN 'Bí thư Chi bộ' END)
          AND h.starts_on <= d.signed_on AND (h.ends_on IS NULL OR h.ends_on >= d.signed_on))`.execute(database.db);
    expect(wrong.rows.slice(0, 5)).toEqual([]);
    const signed = await database.db.selectFrom('documents').where('signedOn', 'is not', null).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(n(signed.n)).toBeGreaterThan(400);
  });

  it('has comment rounds: one still open on a draft with comments waiting for handling, closed ones on issued documents all answered', async () => {
    const rounds = await database.db.selectFrom('commentRounds as r').innerJoin('documents as d', 'd.id', 'r.documentId')
      .select(['r.id', 'r.closedAt', 'd.state', sql<number>`(SELECT count(*) FROM comments c WHERE c.round_id = r.id)`.as('total'),
        sql<number>`(SELECT count(*) FROM comments c WHERE c.round_id = r.id AND c.handling IS NULL)`.as('unanswered')]).execute();
    const open = rounds.filter((r) => r.closedAt === null);
    const closed = rounds.filter((r) => r.closedAt !== null);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((r) => r.state === 'draft' && n(r.total) >= 3 && n(r.unanswered) > 0)).toBe(true);
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((r) => r.state === 'issued' && n(r.total) >= 3 && n(r.unanswered) === 0)).toBe(true);
  });

  it('fills the outgoing register with each issued document, and keeps drafts and a recall', async () => {
    const issued = await database.db.selectFrom('documents').where('state', 'in', ['issued', 'recalled']).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    const register = await database.db.selectFrom('outgoingRegister').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(n(register.n)).toBe(n(issued.n));
    const states = await database.db.selectFrom('documents').select(['state', sql<number>`count(*)`.as('n')]).groupBy('state').execute();
    const of = (s: string) => n(states.find((r) => r.state === s)?.n ?? 0);
    expect(of('draft') + of('submitted') + of('signed')).toBe(18);
    expect(of('recalled')).toBeGreaterThan(0);
    const plans = await database.db.selectFrom('documents').where(sql<boolean>`search_fold LIKE '%ke hoach%'`).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(n(plans.n)).toBeGreaterThan(20);
  });

  it('registers tens of thousands of incoming documents in several registers, with consecutive arrival numbers per year, directed, answered and overdue', async () => {
    const today = todayInVietnam();
    const perYear = await database.db.selectFrom('incomingDocuments')
      .select(['organizationId', 'year', sql<number>`count(*)`.as('n'), sql<number>`max(arrival_number)`.as('max'), sql<number>`count(DISTINCT arrival_number)`.as('distinct')])
      .groupBy(['organizationId', 'year']).execute();
    const total = perYear.reduce((s, r) => s + n(r.n), 0);
    expect(total).toBeGreaterThan(20_000);
    expect(total).toBeLessThan(35_000);
    expect(new Set(perYear.map((r) => r.organizationId)).size).toBeGreaterThan(10);
    const counters = new Map((await database.db.selectFrom('documentCounters').select(['key', 'lastNumber']).where('key', 'like', 'incoming|%').execute())
      .map((c) => [c.key, c.lastNumber]));
    for (const r of perYear) {
      expect(n(r.max)).toBe(n(r.n));
      expect(n(r.distinct)).toBe(n(r.n));
      // The next registration continues the sequence.
      expect(counters.get(`incoming|${r.organizationId}|y${r.year}`)).toBe(n(r.n));
    }
    const f = await database.db.selectFrom('incomingDocuments').select([
      sql<number>`count(*) FILTER (WHERE state = 'directed' OR state = 'done')`.as('directed'),
      sql<number>`count(*) FILTER (WHERE done_on IS NULL AND deadline < ${today})`.as('overdue'),
      sql<number>`count(*) FILTER (WHERE reply_document_id IS NOT NULL)`.as('replied'),
      sql<number>`count(*) FILTER (WHERE done_on > deadline)`.as('late'),
      sql<number>`count(*) FILTER (WHERE urgency <> 'thuong')`.as('urgent'),
      sql<number>`count(*) FILTER (WHERE done_on < received_on OR deadline < received_on)`.as('impossible'),
    ]).executeTakeFirstOrThrow();
    expect(n(f.directed)).toBeGreaterThan(total * 0.7);
    expect(n(f.overdue)).toBeGreaterThan(10);
    expect(n(f.replied)).toBeGreaterThan(20);
    expect(n(f.late)).toBeGreaterThan(20);
    expect(n(f.urgent)).toBeGreaterThan(100);
    expect(n(f.impossible)).toBe(0);
    const senders = await database.db.selectFrom('incomingDocuments').select('sender').distinct().execute();
    expect(senders.map((s) => s.sender)).toEqual(expect.arrayContaining(['Ban Tổ chức Trung ương', 'Văn phòng Trung ương Đảng', 'Bộ Nội vụ', 'Ủy ban Thường vụ Quốc hội']));
    expect(senders.length).toBeGreaterThan(50);
    // Summaries vary: no one summary stands for more than a small share of the register.
    const summaries = await database.db.selectFrom('incomingDocuments').select(['summary', sql<number>`count(*)`.as('n')]).groupBy('summary').orderBy(sql`count(*)`, 'desc').execute();
    expect(summaries.length).toBeGreaterThan(total / 4);
    expect(n(summaries[0]?.n)).toBeLessThan(total / 100);
    const found = await database.db.selectFrom('incomingDocuments').where(sql<boolean>`search_fold LIKE '%nghi quyet so 57-nq/tw%'`).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(n(found.n)).toBeGreaterThan(10);
  });

  it('receives about 350 letters of the four kinds, those about members routed to the inspection committee', async () => {
    const rows = await database.db.selectFrom('letters').select(['kind', 'handler', 'concernsMember', 'state', 'deadline', 'receivedOn', 'answeredOn', 'senderName']).execute();
    expect(rows).toHaveLength(350);
    expect(new Set(rows.map((r) => r.senderName)).size).toBeGreaterThan(250);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['complaint', 'denunciation', 'recommendation', 'reflection']));
    expect(rows.filter((r) => r.concernsMember).length).toBeGreaterThan(10);
    expect(rows.every((r) => (r.handler === 'inspection_committee') === r.concernsMember)).toBe(true);
    expect(rows.filter((r) => r.state === 'answered').length).toBeGreaterThan(200);
    expect(rows.some((r) => r.answeredOn !== null && r.answeredOn > r.deadline)).toBe(true);
    expect(rows.every((r) => r.deadline > r.receivedOn)).toBe(true);
  });

  it('writes one audit row per table and loads in a few seconds', async () => {
    const audit = await database.db.selectFrom('auditLog').where('action', '=', 'seed.demo')
      .where('entity', 'in', ['document', 'outgoing_register', 'incoming_document', 'letter']).select(['entity', sql<number>`count(*)`.as('n')]).groupBy('entity').execute();
    expect(audit).toHaveLength(4);
    expect(audit.every((a) => n(a.n) === 1)).toBe(true);
    if (summary) expect(ms).toBeLessThan(30_000);
  });
});
