import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, makeOrganization, startTestApp } from '../../../test/app.ts';
import { seedDuesAndRatings } from '../../seed/dues.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { insertMembers } from './dues.fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  const committee = await makeOrganization(t.admin, { name: 'Đảng bộ Cơ quan' });
  for (const name of ['Chi bộ 1', 'Chi bộ 2', 'Chi bộ 3']) {
    const cell = await makeOrganization(t.admin, { parentId: committee.id, kind: 'cell_under_committee', name });
    await insertMembers(t.database, cell.id, Array.from({ length: 25 }, (_, i) => `Nguyễn Văn ${name.slice(-1)}x${i}`));
  }
});
afterAll(() => t.close());

describe('demo dues and ratings', () => {
  it('gives every member a basis, last year paid in full, and two rating years within the quota', async () => {
    const db = t.database.db;
    await db.transaction().execute((trx) => seedDuesAndRatings(trx, () => {}));
    const year = Number(todayInVietnam().slice(0, 4));
    expect(await db.selectFrom('duesBases').select('id').execute()).toHaveLength(75);
    const lastYear = await db.selectFrom('duesPayments').select('memberId').where('year', '=', year - 1).execute();
    expect(lastYear).toHaveLength(75 * 12);
    const rounds = await db.selectFrom('ratingRounds').select(['id', 'year']).execute();
    expect(rounds).toHaveLength(6);
    const decided = await db.selectFrom('ratingEntries as e').innerJoin('ratingRounds as r', 'r.id', 'e.roundId').select(['e.roundId', 'e.decidedLevel', 'e.memberId']).where('r.year', '=', year - 1).execute();
    expect(decided.every((e) => e.decidedLevel !== null)).toBe(true);
    for (const r of rounds.filter((x) => x.year === year - 1)) {
      const levels = decided.filter((e) => e.roundId === r.id && e.memberId).map((e) => e.decidedLevel);
      const excellent = levels.filter((l) => l === 'hoan_thanh_xuat_sac').length;
      expect(excellent * 5).toBeLessThanOrEqual(excellent + levels.filter((l) => l === 'hoan_thanh_tot').length);
    }
  });
});
