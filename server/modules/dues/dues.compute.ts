import type { DuesBasisKind } from '../../db/schema.dues.ts';
import { type RuleRow, ruleNumber } from './dues.rules.ts';

/** Pure dues arithmetic. Money is whole đồng (integers); rates are basis points (1% = 100). */

export interface Basis {
  kind: DuesBasisKind;
  baseAmount: number;
  /** 'YYYY-MM-01' */
  validFrom: string;
}

export const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/** base × rate, rounded half up to the đồng, without floating point. */
export function percentOf(amount: number, basisPoints: number): number {
  return Math.floor((amount * basisPoints + 5000) / 10000);
}

/** The basis in force in a month: the latest one that began on or before it. */
export function basisFor(bases: readonly Basis[], year: number, month: number): Basis | undefined {
  const day = monthStart(year, month);
  let found: Basis | undefined;
  for (const b of bases) if (b.validFrom <= day && (!found || b.validFrom > found.validFrom)) found = b;
  return found;
}

/**
 * The dues expected for a month. A fixed basis names the monthly amount itself (the rule's fixed
 * amount is only the default offered); a percent basis takes the rate valid that month.
 */
export function expectedAmount(rules: readonly RuleRow[], bases: readonly Basis[], year: number, month: number): number {
  const basis = basisFor(bases, year, month);
  if (!basis) return 0;
  const day = monthStart(year, month);
  switch (basis.kind) {
    case 'fixed':
      return basis.baseAmount;
    case 'salary_percent':
      return percentOf(basis.baseAmount, ruleNumber(rules, 'dues.salary_percent', 'basisPoints', day));
    case 'pension_percent':
      return percentOf(basis.baseAmount, ruleNumber(rules, 'dues.pension_percent', 'basisPoints', day));
  }
}

/** What a cell sends up and keeps of what it collected; the two always add up to the collection. */
export function splitRemittance(collected: number, shareBasisPoints: number): { remitted: number; kept: number } {
  const remitted = percentOf(collected, shareBasisPoints);
  return { remitted, kept: collected - remitted };
}

/**
 * "Paid up to": the last month of the unbroken run of paid months that starts at the member's first
 * due month (the first basis, or else the first payment). Months are counted as year * 12 + month - 1.
 */
export function paidUpTo(firstDue: number | null, paidMonths: ReadonlySet<number>): number | null {
  const start = firstDue ?? Math.min(...paidMonths);
  if (!Number.isFinite(start) || !paidMonths.has(start)) return null;
  let m = start;
  while (paidMonths.has(m + 1)) m += 1;
  return m;
}

export const monthIndex = (year: number, month: number) => year * 12 + month - 1;
export const monthLabel = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
