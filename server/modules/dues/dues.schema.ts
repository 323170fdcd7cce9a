import { z } from 'zod';
import { isoDay } from '../../lib/dates.ts';

export const BASIS_KINDS = ['salary_percent', 'pension_percent', 'fixed'] as const;
/** Whole đồng: no fractions, and far below what a month's dues could be. */
const money = z.number().int().min(0).max(1_000_000_000);
const yearParam = z.coerce.number().int().min(1930).max(2200);
const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const cellYearQuery = z.strictObject({ cellId: z.uuid(), year: yearParam });

export const basis = z.object({ kind: z.enum(BASIS_KINDS), baseAmount: z.number(), validFrom: z.string() });

export const gridPayment = z.object({ id: z.uuid(), amount: z.number(), paidOn: z.string(), version: z.number() });

export const gridRow = z.object({
  memberId: z.uuid(),
  fullName: z.string(),
  status: z.string(),
  basis: basis.nullable(),
  /** 'YYYY-MM' of the last month of the unbroken run of paid months, or null. */
  paidUpTo: z.string().nullable(),
  months: z.array(z.object({ month: z.number(), expected: z.number(), payment: gridPayment.nullable() })),
  totals: z.object({ expected: z.number(), paid: z.number() }),
});

export const monthTotals = z.object({
  month: z.number(),
  expected: z.number(),
  collected: z.number(),
  remitted: z.number(),
  kept: z.number(),
});

export const grid = z.object({
  cell: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }),
  year: z.number(),
  remitShareBasisPoints: z.number(),
  canWrite: z.boolean(),
  rows: z.array(gridRow),
  months: z.array(monthTotals),
  totals: monthTotals.omit({ month: true }),
});
export type Grid = z.infer<typeof grid>;

export const paymentChange = z.strictObject({
  memberId: z.uuid(),
  month: z.number().int().min(1).max(12),
  /** null removes the month's payment (its version is then required). */
  amount: money.nullable(),
  paidOn: isoDay.optional(),
  /** The version the grid showed; absent when the month had no payment. */
  version: z.number().int().min(1).optional(),
});
export type PaymentChange = z.infer<typeof paymentChange>;

export const savePaymentsBody = z.strictObject({
  cellId: z.uuid(),
  year: z.number().int().min(1930).max(2200),
  changes: z.array(paymentChange).min(1).max(5000),
});
export type SavePayments = z.infer<typeof savePaymentsBody>;

export const setBasisBody = z.strictObject({
  kind: z.enum(BASIS_KINDS),
  baseAmount: money,
  validFrom: yearMonth,
});
export type SetBasis = z.infer<typeof setBasisBody>;

export const memberBases = z.object({ memberId: z.uuid(), data: z.array(basis) });

export const rule = z.object({
  key: z.string(),
  value: z.unknown(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  certainty: z.string(),
  note: z.string().nullable(),
  legalBasis: z.string().nullable(),
});

export const statementQuery = z.strictObject({ cellId: z.uuid(), year: yearParam });
