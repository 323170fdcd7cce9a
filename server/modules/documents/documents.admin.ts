import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Ctx } from '../../http/context.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { addDays, isoDay } from '../../lib/dates.ts';
import { REGIMES, isCode } from '../../lib/numbering.ts';
import { appendAudit } from '../audit/index.ts';
import { nonEmptyPatch } from '../../lib/patch.ts';
import { LETTER_KINDS } from '../../../common/enums.ts';

/**
 * The administrator keeps the rules of this module as data: document types, numbering rules (a new
 * version from a date closes the previous one, so documents issued before keep their rule), and the
 * deadlines of letters. Every change is audited with its legal basis.
 */

const certainty = z.enum(['V', 'S', 'U']);
const abbreviation = z.string().trim().min(1).max(20).refine(isCode, { message: 'code', params: { text: { vi: 'Chỉ gồm chữ và số.', en: 'Letters and digits only.' } } });

export const createTypeBody = z.strictObject({
  regime: z.enum(REGIMES),
  key: z.string().regex(/^[a-z][a-z0-9_]{1,50}$/),
  abbreviation: abbreviation.nullable(),
  name: z.string().trim().min(1).max(200),
  legalBasisId: z.uuid().nullable().default(null),
  certainty,
});
export const updateTypeBody = nonEmptyPatch(z.strictObject({ name: z.string().trim().min(1).max(200).optional(), abbreviation: abbreviation.nullable().optional(), active: z.boolean().optional() }));
export const createNumberingRuleBody = z.strictObject({
  regime: z.enum(REGIMES),
  period: z.enum(['year', 'term']),
  perType: z.boolean(),
  secretSeparate: z.boolean(),
  padWidth: z.number().int().min(1).max(6),
  validFrom: isoDay,
  legalBasisId: z.uuid().nullable().default(null),
  certainty,
  note: z.string().trim().max(2000).nullable().default(null),
});
export const updateLetterKindBody = z.strictObject({
  deadlineDays: z.number().int().min(1).max(365),
  legalBasisId: z.uuid().nullable().default(null),
  certainty,
  note: z.string().trim().max(2000).nullable().default(null),
});
export const letterKindParams = z.object({ kind: z.enum(LETTER_KINDS) });

function adminOnly(ctx: Ctx) {
  if (!ctx.actor.isSystemAdmin) throw forbidden();
}

export async function createType(ctx: Ctx, input: z.infer<typeof createTypeBody>) {
  adminOnly(ctx);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('documentTypes').select(sql<number>`coalesce(max(sort_order), 0)`.as('n')).where('regime', '=', input.regime).executeTakeFirst();
    const row = { ...input, id, sortOrder: Number(last?.n ?? 0) + 1 };
    await trx.insertInto('documentTypes').values(row).execute();
    await appendAudit(trx, ctx, { action: 'document_type.created', entity: 'document_type', entityId: id, scopePath: null, after: row });
  });
  return ctx.db.selectFrom('documentTypes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** A changed abbreviation applies to documents issued from now on; issued symbols are kept as issued. */
export async function updateType(ctx: Ctx, id: string, input: z.infer<typeof updateTypeBody>) {
  adminOnly(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('documentTypes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    if (input.abbreviation === null && before.regime === 'party') throw new AppError(422, 'request.invalid');
    await trx.updateTable('documentTypes').set(input).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: 'document_type.updated', entity: 'document_type', entityId: id, scopePath: null, before, after: input });
  });
  return ctx.db.selectFrom('documentTypes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function createNumberingRule(ctx: Ctx, input: z.infer<typeof createNumberingRuleBody>) {
  adminOnly(ctx);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const later = await trx.selectFrom('numberingRules').select('validFrom').where('regime', '=', input.regime)
      .where('validFrom', '>=', input.validFrom).orderBy('validFrom').limit(1).executeTakeFirst();
    if (later?.validFrom === input.validFrom) throw new AppError(409, 'resource.duplicate');
    await trx.updateTable('numberingRules').set({ validTo: addDays(input.validFrom, -1) }).where('regime', '=', input.regime)
      .where('validFrom', '<', input.validFrom).where((eb) => eb.or([eb('validTo', 'is', null), eb('validTo', '>=', input.validFrom)])).execute();
    const row = { ...input, id, validTo: later ? addDays(later.validFrom, -1) : null };
    await trx.insertInto('numberingRules').values(row).execute();
    await appendAudit(trx, ctx, { action: 'numbering_rule.created', entity: 'numbering_rule', entityId: id, scopePath: null, after: row });
  });
  return ctx.db.selectFrom('numberingRules').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function updateLetterKind(ctx: Ctx, kind: (typeof LETTER_KINDS)[number], input: z.infer<typeof updateLetterKindBody>) {
  adminOnly(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('letterKinds').selectAll().where('kind', '=', kind).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    await trx.updateTable('letterKinds').set(input).where('kind', '=', kind).execute();
    await appendAudit(trx, ctx, { action: 'letter_kind.updated', entity: 'letter_kind', entityId: kind, scopePath: null, before, after: input });
  });
  return ctx.db.selectFrom('letterKinds').selectAll().where('kind', '=', kind).executeTakeFirstOrThrow();
}
