import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * Dues rates and rating rules are rule_values rows (rules as data, with a validity period and the
 * regulation they come from). This reads them once per request and picks the one valid on a day.
 */
export interface RuleRow {
  key: string;
  value: unknown;
  validFrom: string;
  validTo: string | null;
  certainty: string;
  note: string | null;
  legalBasis: string | null;
}

export const DUES_RULE_KEYS = ['dues.salary_percent', 'dues.pension_percent', 'dues.fixed_amount', 'dues.remit_share'] as const;
export const RATING_RULE_KEYS = ['rating.score_bands', 'rating.excellent_quota'] as const;

export async function loadRules(db: Kysely<DB>, keys: readonly string[]): Promise<RuleRow[]> {
  return db
    .selectFrom('ruleValues as r')
    .leftJoin('legalBases as lb', 'lb.id', 'r.legalBasisId')
    .select(['r.key', 'r.value', 'r.validFrom', 'r.validTo', 'r.certainty', 'r.note', 'lb.symbol as legalBasis'])
    .where('r.key', 'in', [...keys])
    .orderBy('r.key')
    .orderBy('r.validFrom')
    .execute();
}

/** The value of `key` valid on `day`: the latest period that has begun and not ended. */
export function ruleAt(rules: readonly RuleRow[], key: string, day: string): unknown {
  let found: RuleRow | undefined;
  for (const r of rules) {
    if (r.key !== key || r.validFrom > day || (r.validTo !== null && r.validTo < day)) continue;
    if (!found || r.validFrom > found.validFrom) found = r;
  }
  return found?.value;
}

/** A number field of a rule's JSON value, or `fallback` when the rule is missing or malformed. */
export function ruleNumber(rules: readonly RuleRow[], key: string, field: string, day: string, fallback = 0): number {
  const v = ruleAt(rules, key, day);
  if (typeof v !== 'object' || v === null) return fallback;
  const n = (v as Record<string, unknown>)[field];
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
}
