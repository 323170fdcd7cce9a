import { type RuleRow, ruleAt, ruleNumber } from '../rules/index.ts';

export const RATING_RULE_KEYS = ['rating.score_bands', 'rating.excellent_quota'] as const;
import { RATING_LEVELS, type Quota, type RatingLevel } from './ratings.schema.ts';

/** Score bands and the quota are rule values (QĐ 366-QĐ/TW; the numbers are configuration). */
export const DEFAULT_BANDS: Record<string, number> = { hoan_thanh_xuat_sac: 90, hoan_thanh_tot: 70, hoan_thanh: 50 };

export function scoreBands(rules: readonly RuleRow[], year: number): Record<string, number> {
  const v = ruleAt(rules, 'rating.score_bands', `${year}-12-31`);
  return typeof v === 'object' && v !== null ? { ...DEFAULT_BANDS, ...(v as Record<string, number>) } : DEFAULT_BANDS;
}

/** The best level a score reaches. */
export function levelForScore(bands: Record<string, number>, score: number): RatingLevel {
  return RATING_LEVELS.find((l) => l !== 'khong_hoan_thanh' && score >= (bands[l] ?? Infinity)) ?? 'khong_hoan_thanh';
}

export const rank = (l: RatingLevel) => RATING_LEVELS.indexOf(l);

/** Excellent ratings allowed: a share (basis points) of those rated good or above, rounded down. */
export function quotaOf(rules: readonly RuleRow[], year: number, levels: readonly (string | null)[]): Quota {
  const basisPoints = ruleNumber(rules, 'rating.excellent_quota', 'basisPoints', `${year}-12-31`, 10_000);
  const excellent = levels.filter((l) => l === 'hoan_thanh_xuat_sac').length;
  const goodOrAbove = excellent + levels.filter((l) => l === 'hoan_thanh_tot').length;
  const max = Math.floor((goodOrAbove * basisPoints) / 10_000);
  return { basisPoints, excellent, goodOrAbove, max, exceeded: excellent > max };
}
