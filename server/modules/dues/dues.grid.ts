import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type Basis, expectedAmount, monthIndex, monthLabel, monthStart, paidUpTo, splitRemittance } from './dues.compute.ts';
import { type CellRef, basesOf, gridMembers, paymentsOf } from './dues.queries.ts';
import { DUES_RULE_KEYS, type RuleRow, loadRules, ruleNumber } from './dues.rules.ts';
import type { Grid } from './dues.schema.ts';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** Only a cell under a grassroots committee sends a share upward (domain: Members, dues). */
export function remitShare(rules: readonly RuleRow[], cell: Pick<CellRef, 'kind'>, year: number, month: number): number {
  return cell.kind === 'cell_under_committee' ? ruleNumber(rules, 'dues.remit_share', 'basisPoints', monthStart(year, month)) : 0;
}

function groupBy<T extends { memberId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.memberId, [...(out.get(r.memberId) ?? []), r]);
  return out;
}

/**
 * A cell's year of dues: each member's expected amount per month (from their basis and the rate
 * valid that month) beside what the cell recorded, and per month what was collected, sent up and kept.
 */
export async function buildGrid(db: Kysely<DB>, cell: CellRef, year: number, canWrite: boolean): Promise<Grid> {
  const [rules, members] = await Promise.all([loadRules(db, DUES_RULE_KEYS), gridMembers(db, cell.id, year)]);
  const ids = members.map((m) => m.memberId);
  const [bases, payments] = await Promise.all([basesOf(db, ids), paymentsOf(db, ids, year)]);
  const basesBy = groupBy(bases);
  const paymentsBy = groupBy(payments);
  const monthSums = MONTHS.map((month) => ({ month, expected: 0, collected: 0 }));

  const rows = members.map((m) => {
    const own: Basis[] = basesBy.get(m.memberId) ?? [];
    const paid = paymentsBy.get(m.memberId) ?? [];
    const first = own[0];
    const firstDue = first ? monthIndex(Number(first.validFrom.slice(0, 4)), Number(first.validFrom.slice(5, 7))) : null;
    const upTo = paidUpTo(firstDue, new Set(paid.map((p) => monthIndex(p.year, p.month))));
    const months = MONTHS.map((month) => {
      const expected = expectedAmount(rules, own, year, month);
      const p = paid.find((x) => x.year === year && x.month === month && x.cellId === cell.id);
      const sums = monthSums[month - 1];
      if (sums) {
        sums.expected += expected;
        sums.collected += p?.amount ?? 0;
      }
      return { month, expected, payment: p ? { id: p.id, amount: p.amount, paidOn: p.paidOn, version: p.version } : null };
    });
    const current = own.at(-1);
    return {
      ...m,
      basis: current ? { kind: current.kind, baseAmount: current.baseAmount, validFrom: current.validFrom } : null,
      paidUpTo: upTo === null ? null : monthLabel(upTo),
      months,
      totals: {
        expected: months.reduce((s, x) => s + x.expected, 0),
        paid: months.reduce((s, x) => s + (x.payment?.amount ?? 0), 0),
      },
    };
  });

  const monthTotals = monthSums.map((s) => ({ ...s, ...splitRemittance(s.collected, remitShare(rules, cell, year, s.month)) }));
  const sum = (k: 'expected' | 'collected' | 'remitted' | 'kept') => monthTotals.reduce((a, m) => a + m[k], 0);
  return {
    cell: { id: cell.id, name: cell.name, kind: cell.kind },
    year,
    remitShareBasisPoints: remitShare(rules, cell, year, 12),
    canWrite,
    rows,
    months: monthTotals,
    totals: { expected: sum('expected'), collected: sum('collected'), remitted: sum('remitted'), kept: sum('kept') },
  };
}
