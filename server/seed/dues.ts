import type { Insertable, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { DuesBasesTable, DuesPaymentsTable, RatingEntriesTable, RatingLevelValue } from '../db/schema.dues.ts';
import { todayInVietnam } from '../lib/dates.ts';
import { appendAudit } from '../modules/audit/index.ts';
import { type Basis, expectedAmount } from '../modules/dues/index.ts';
import { DUES_RULE_KEYS } from '../modules/dues/index.ts';
import { loadRules } from '../modules/rules/index.ts';
import { Rng, demoId } from './random.ts';

const SEED = 0x0d_0e_20_26;
const BATCH = 1000;

interface SeedMember {
  id: string;
  cellId: string;
}

function buildBases(rng: Rng, members: readonly SeedMember[], from: string) {
  return members.map((m): Insertable<DuesBasesTable> => {
    const kind = rng.weighted([['salary_percent', 90], ['pension_percent', 7], ['fixed', 3]] as const);
    const baseAmount = kind === 'fixed' ? 5000 : kind === 'pension_percent' ? rng.int(500, 1200) * 10_000 : rng.int(800, 3000) * 10_000;
    return { id: demoId(`dues-basis:${m.id}`), memberId: m.id, kind, baseAmount, validFrom: from };
  });
}

/**
 * Last year fully paid; this year each cell paid up to a recent month (most to last month, a few one
 * or two behind), and about one member in ten behind the cell by one to four months.
 */
function buildPayments(rng: Rng, members: readonly SeedMember[], bases: Map<string, Basis[]>, rules: Awaited<ReturnType<typeof loadRules>>, today: string) {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const cellUpTo = new Map<string, number>();
  const rows: Insertable<DuesPaymentsTable>[] = [];
  for (const m of members) {
    if (!cellUpTo.has(m.cellId)) cellUpTo.set(m.cellId, Math.max(0, month - rng.weighted([[1, 6], [0, 2], [2, 2], [3, 1]] as const)));
    const behind = rng.chance(0.1) ? rng.int(1, 4) : 0;
    const upTo = Math.max(0, (cellUpTo.get(m.cellId) ?? 0) - behind);
    const months = [...Array.from({ length: 12 }, (_, i) => [year - 1, i + 1] as const), ...Array.from({ length: upTo }, (_, i) => [year, i + 1] as const)];
    for (const [y, mo] of months) {
      const amount = expectedAmount(rules, bases.get(m.id) ?? [], y, mo);
      if (amount === 0) continue;
      const paidOn = `${y}-${String(mo).padStart(2, '0')}-${String(rng.int(5, 25)).padStart(2, '0')}`;
      rows.push({ id: demoId(`dues-payment:${m.id}:${y}:${mo}`), memberId: m.id, cellId: m.cellId, year: y, month: mo, amount, paidOn });
    }
  }
  return rows;
}

const LEVELS: readonly (readonly [RatingLevelValue, number])[] = [['hoan_thanh_xuat_sac', 12], ['hoan_thanh_tot', 60], ['hoan_thanh', 26], ['khong_hoan_thanh', 2]];
const SCORE: Record<RatingLevelValue, readonly [number, number]> = { hoan_thanh_xuat_sac: [90, 98], hoan_thanh_tot: [72, 89], hoan_thanh: [55, 69], khong_hoan_thanh: [35, 49] };

/** Last year's round decided (within the 20% quota of excellent ratings); this year's in progress. */
function buildRatings(rng: Rng, members: readonly SeedMember[], today: string) {
  const year = Number(today.slice(0, 4));
  const cells = [...new Set(members.map((m) => m.cellId))];
  const rounds = cells.flatMap((cellId) => [year - 1, year].map((y) => ({ id: demoId(`rating-round:${cellId}:${y}`), organizationId: cellId, year: y })));
  const entries: Insertable<RatingEntriesTable>[] = [];
  for (const r of rounds) {
    const done = r.year < year;
    const subjects = [null, ...members.filter((m) => m.cellId === r.organizationId).map((m) => m.id)];
    let excellent = 0;
    let good = 0;
    for (const memberId of subjects) {
      let level = rng.weighted(LEVELS);
      // Keep the decided year within the quota: an excellent beyond 20% of good-or-above becomes good.
      if (level === 'hoan_thanh_xuat_sac' && (excellent + 1) * 5 > excellent + good + 1) level = 'hoan_thanh_tot';
      if (memberId && level === 'hoan_thanh_xuat_sac') excellent++;
      if (memberId && level === 'hoan_thanh_tot') good++;
      const [lo, hi] = SCORE[level];
      const assessed = done || rng.chance(0.6);
      const proposed = done || (assessed && rng.chance(0.4));
      entries.push({
        id: demoId(`rating-entry:${r.id}:${memberId ?? 'org'}`),
        roundId: r.id,
        memberId,
        selfScore: assessed ? rng.int(lo, hi) : null,
        selfLevel: assessed ? level : null,
        proposedLevel: proposed ? level : null,
        decidedLevel: done ? level : null,
        decidedOn: done ? `${year}-01-${String(rng.int(10, 25)).padStart(2, '0')}` : null,
      });
    }
  }
  return { rounds, entries };
}

/**
 * Dues bases and partly paid months, and two years of quality ratings, for the demo's members.
 * Runs inside the demo seed's transaction, after seedMembers. The demo's "current year" is the year
 * of the day the demo is loaded, so the screens open on a year with data; the same day gives the same rows.
 */
export async function seedDuesAndRatings(trx: Transaction<DB>, log: (msg: string) => void): Promise<void> {
  const members = await trx.selectFrom('members').select(['id', 'cellId']).where('status', 'in', ['official', 'probationary']).orderBy('id').execute();
  if (members.length === 0) return;
  const rng = new Rng(SEED);
  const today = todayInVietnam();
  const bases = buildBases(rng, members, `${Number(today.slice(0, 4)) - 1}-01-01`);
  const basesBy = new Map(bases.map((b) => [b.memberId, [{ kind: b.kind, baseAmount: b.baseAmount, validFrom: b.validFrom }]]));
  const payments = buildPayments(rng, members, basesBy, await loadRules(trx, DUES_RULE_KEYS), today);
  const ratings = buildRatings(rng, members, today);
  const put = async <R>(entity: string, label: string, rows: R[], insert: (chunk: R[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
    await appendAudit(trx, { actor: null, label: 'seed' }, { action: 'seed.demo', entity, entityId: 'demo', after: { rows: rows.length } });
    log(`  ${label}: ${rows.length}`);
  };
  await put('dues_basis', 'mức đóng đảng phí / dues bases', bases, (c) => trx.insertInto('duesBases').values(c).execute());
  await put('dues_payment', 'đảng phí đã nộp / dues payments', payments, (c) => trx.insertInto('duesPayments').values(c).execute());
  await put('rating_round', 'đợt đánh giá / rating rounds', ratings.rounds, (c) => trx.insertInto('ratingRounds').values(c).execute());
  await put('rating_entry', 'đánh giá xếp loại / ratings', ratings.entries, (c) => trx.insertInto('ratingEntries').values(c).execute());
}
