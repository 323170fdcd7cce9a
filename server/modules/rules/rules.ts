import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { addDays } from '../../lib/dates.ts';
import { type HolidaySet, workingDaysHorizon } from '../../lib/working-days.ts';
import { DISCIPLINE_FORMS } from '../../../common/enums.ts';
import { appendAudit } from '../audit/index.ts';
import type { CreateRule } from './rules.schema.ts';

/**
 * Rules as data (quy định): each key has versions valid from a date, with the regulation they come
 * from. The workflows read the version valid on the day of the event they check.
 */
const count = z.number().int().min(0).max(1000);
const basisPoints = z.strictObject({ basisPoints: z.number().int().min(0).max(10_000) });
/**
 * Every rule the application reads, with the shape its value must have. A module's rules are listed
 * here so that one mechanism validates, versions and serves them all.
 */
export const RULE_SHAPES = {
  'member.admission.age_min_years': count,
  'member.admission.age_max_years': count,
  'member.admission.introducers_count': count,
  'member.admission.introducer_acquaintance_months': count,
  'member.admission.certificate_validity_months': count,
  'member.admission.resolution_share': z.strictObject({
    numerator: z.number().int().min(1),
    denominator: z.number().int().min(1),
  }),
  'member.admission.ceremony_within_working_days': count,
  'member.probation_months': count,
  'member.recognition_within_working_days': count,
  'member.transfer.official_within_working_days': count,
  'member.discipline.cell_forms': z.array(z.enum(DISCIPLINE_FORMS)),
  'member.exemption_review_months': count,
  'dues.salary_percent': basisPoints,
  'dues.pension_percent': basisPoints,
  'dues.fixed_amount': z.strictObject({ amount: z.number().int().min(0) }),
  'dues.remit_share': basisPoints,
  'rating.score_bands': z.strictObject({
    hoan_thanh_xuat_sac: z.number().int().min(0).max(100),
    hoan_thanh_tot: z.number().int().min(0).max(100),
    hoan_thanh: z.number().int().min(0).max(100),
  }),
  'rating.excellent_quota': basisPoints,
  'meeting.quorum_share': z.strictObject({ numerator: z.number().int().min(1), denominator: z.number().int().min(1) }),
  'meeting.majority.simple': z.strictObject({ numerator: z.number().int().min(1), denominator: z.number().int().min(1), strict: z.boolean() }),
  'meeting.majority.two_thirds': z.strictObject({ numerator: z.number().int().min(1), denominator: z.number().int().min(1), strict: z.boolean() }),
  'meeting.monthly_agenda': z.strictObject({ items: z.array(z.string().trim().min(1).max(500)).min(1).max(50) }),
  'meeting.attendance_alert': basisPoints,
  'meeting.thematic_every_months': count,
  'office.place_name': z.strictObject({ name: z.string().trim().min(1).max(100) }),
  'report.cutoff_day': z.number().int().min(1).max(28),
  'report.due_working_days': z.number().int().min(0).max(60),
  'task.overlap_similarity': basisPoints,
} as const;
export type RuleKey = keyof typeof RULE_SHAPES;
export type RuleOf<K extends RuleKey> = z.infer<(typeof RULE_SHAPES)[K]>;

const isRuleKey = (key: string): key is RuleKey => key in RULE_SHAPES;

/** The value of `key` valid on `on`; a missing rule is a configuration gap the user must hear about. */
export async function ruleOn<K extends RuleKey>(db: Kysely<DB>, key: K, on: string): Promise<RuleOf<K>> {
  const row = await db
    .selectFrom('ruleValues')
    .select('value')
    .where('key', '=', key)
    .where('validFrom', '<=', on)
    .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', on)]))
    .orderBy('validFrom', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) throw new AppError(409, 'rule.missing', { key, on });
  return RULE_SHAPES[key].parse(row.value) as RuleOf<K>;
}

export async function listRules(db: Kysely<DB>) {
  const rows = await db
    .selectFrom('ruleValues as r')
    .leftJoin('legalBases as b', 'b.id', 'r.legalBasisId')
    .select([
      'r.id', 'r.key', 'r.value', 'r.validFrom', 'r.validTo', 'r.certainty', 'r.note',
      'b.id as basisId', 'b.symbol', 'b.issuer', 'b.title', 'b.issuedOn', 'b.effectiveFrom',
    ])
    .orderBy('r.key')
    .orderBy('r.validFrom')
    .execute();
  return rows.map(({ basisId, symbol, issuer, title, issuedOn, effectiveFrom, ...r }) => ({
    ...r,
    legalBasis: basisId && symbol && issuer && title ? { id: basisId, symbol, issuer, title, issuedOn, effectiveFrom } : null,
  }));
}

/** A new version of a rule from a day: the version it replaces now ends the day before. */
export async function createRuleValue(ctx: Ctx, input: CreateRule) {
  if (!ctx.actor.isSystemAdmin) throw forbidden();
  if (!isRuleKey(input.key)) throw new AppError(422, 'rule.invalid', { key: input.key });
  const parsed = RULE_SHAPES[input.key].safeParse(input.value);
  if (!parsed.success) throw new AppError(422, 'rule.invalid', { key: input.key });
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('ruleValues')
      .set({ validTo: addDays(input.validFrom, -1) })
      .where('key', '=', input.key)
      .where('validFrom', '<', input.validFrom)
      .where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', input.validFrom)]))
      .execute();
    // A later version, if any, bounds the new one.
    const next = await trx.selectFrom('ruleValues').select('validFrom').where('key', '=', input.key)
      .where('validFrom', '>', input.validFrom).orderBy('validFrom').limit(1).executeTakeFirst();
    const row = {
      id, key: input.key, value: json(parsed.data), validFrom: input.validFrom,
      validTo: next ? addDays(next.validFrom, -1) : null, legalBasisId: input.legalBasisId ?? null,
      certainty: input.certainty, note: input.note ?? null,
    };
    await trx.insertInto('ruleValues').values(row).execute();
    await appendAudit(trx, ctx, { action: 'rule.created', entity: 'rule_value', entityId: id, scopePath: null, after: { ...row, value: parsed.data } });
  });
  const created = (await listRules(ctx.db)).find((r) => r.id === id);
  if (!created) throw notFound();
  return created;
}

// ---- holidays (ngày nghỉ lễ, tết) ----

export function listHolidays(db: Kysely<DB>, year: number | undefined) {
  let q = db.selectFrom('holidays').select(['day', 'name', 'certainty']).orderBy('day');
  if (year !== undefined) q = q.where('day', '>=', `${year}-01-01`).where('day', '<=', `${year}-12-31`);
  return q.execute();
}

/** The holidays a deadline of up to `workingDays` working days after `from` can meet. */
export async function holidaysAfter(db: Kysely<DB>, from: string, workingDays: number): Promise<HolidaySet> {
  const rows = await db
    .selectFrom('holidays')
    .select('day')
    .where('day', '>', from)
    .where('day', '<=', addDays(from, workingDaysHorizon(workingDays)))
    .execute();
  return new Set(rows.map((r) => r.day));
}

/** The years the holiday calendar covers, 1 January of the first to 31 December of the last; null when empty. */
export async function knownCalendar(db: Kysely<DB>): Promise<{ from: string; to: string } | null> {
  const row = await db.selectFrom('holidays').select((eb) => [eb.fn.min('day').as('first'), eb.fn.max('day').as('last')]).executeTakeFirst();
  if (!row?.first || !row.last) return null;
  return { from: `${String(row.first).slice(0, 4)}-01-01`, to: `${String(row.last).slice(0, 4)}-12-31` };
}

/** Whether a count of working days over these days may miss holidays the calendar does not know. */
export function outsideCalendar(known: { from: string; to: string } | null, ...days: string[]): boolean {
  return days.some((d) => !known || d < known.from || d > known.to);
}

export async function addHoliday(ctx: Ctx, input: { day: string; name: string; certainty: 'V' | 'S' | 'U' }) {
  if (!ctx.actor.isSystemAdmin) throw forbidden();
  return ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('holidays').values({ ...input, legalBasisId: null }).execute();
    await appendAudit(trx, ctx, { action: 'holiday.created', entity: 'holiday', entityId: input.day, scopePath: null, after: input });
    return input;
  });
}

export async function deleteHoliday(ctx: Ctx, day: string) {
  if (!ctx.actor.isSystemAdmin) throw forbidden();
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.deleteFrom('holidays').where('day', '=', day).returning(['day', 'name', 'certainty']).executeTakeFirst();
    if (!before) throw notFound();
    await appendAudit(trx, ctx, { action: 'holiday.deleted', entity: 'holiday', entityId: day, scopePath: null, before });
  });
}

// ---- many rules over many days at once (dues months, a rating year): read once, pick in memory ----

export interface RuleRow {
  key: string;
  value: unknown;
  validFrom: string;
  validTo: string | null;
  certainty: string;
  note: string | null;
  legalBasis: string | null;
}

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
