import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { json, testWorld } from '../../../test/app.ts';
import { json as jsonb } from '../../db/json.ts';
import { issue, makeWorld } from './documents.fixtures.ts';
import type { DocumentDetail } from './documents.schema.ts';

/**
 * Issuing under load: many documents of one sequence issued at once must get 1..N exactly. PostgreSQL
 * runs them on several connections; PGlite has one connection and runs them one after another, so a
 * smaller batch there still checks the same invariant.
 */
const N = process.env.TEST_DB === 'postgres' ? 200 : 25;

const { t, w } = testWorld(makeWorld);

/** Signed documents inserted directly: the test is about issuing, not about drafting them. */
async function insertSigned(count: number, typeKey: string) {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(), organizationId: w.committee.id, scopePath: w.committee.path, regime: 'administrative' as const,
    typeId: w.types[`administrative.${typeKey}`] ?? '', issuerCode: 'VPQH', summary: `Quyết định số thứ ${i}`, state: 'signed' as const,
    signerName: 'Nguyễn Văn A', signedOn: '2026-04-01', circulation: jsonb([]), recipients: jsonb([]),
  }));
  await t.database.db.insertInto('documents').values(rows).execute();
  return rows.map((r) => ({ id: r.id, version: 1 }));
}

describe('issuing concurrently', () => {
  it(`gives ${N} documents issued at once the numbers 1..${N}, no gap, no duplicate`, async () => {
    const docs = await insertSigned(N, 'quyet_dinh');
    const responses = await Promise.all(docs.map((d) => issue(w.clerk, d, '2026-04-02')));
    expect(responses.map((r) => r.statusCode).filter((s) => s !== 200)).toEqual([]);
    const numbers = responses.map((r) => json<DocumentDetail>(r).number ?? 0).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    const symbols = new Set(responses.map((r) => json<DocumentDetail>(r).symbol));
    expect(symbols.size).toBe(N);
    expect(symbols.has('01/QĐ-VPQH')).toBe(true);
    const register = await t.database.db.selectFrom('outgoingRegister').select('symbol').where('organizationId', '=', w.committee.id).execute();
    expect(register).toHaveLength(N);
  });

  it('issues one document once when the same issue is sent several times at once', async () => {
    const [doc] = await insertSigned(1, 'chi_thi');
    const responses = await Promise.all(Array.from({ length: 6 }, () => issue(w.clerk, doc!, '2026-04-02')));
    expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(5);
    const counter = await t.database.db.selectFrom('documentCounters').select('lastNumber').where('key', 'like', '%|chi_thi|%').executeTakeFirstOrThrow();
    expect(counter.lastNumber).toBe(1);
  });
});
