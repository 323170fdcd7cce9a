import { randomUUID } from 'node:crypto';
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { checkVersion } from '../../http/concurrency.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type PageParams, type SortSpec, paginate } from '../../http/paging.ts';
import { inScope, organizationFor } from '../../http/scope.ts';
import { addDays, todayInVietnam } from '../../lib/dates.ts';
import type { Actor, Permission } from '../../lib/roles.ts';
import { arrivalKey } from '../../lib/numbering.ts';
import { appendAudit } from '../audit/index.ts';
import { foldedWords } from '../../../common/vietnamese.ts';
import { drawNumber } from '../../db/counters.ts';
import type { CreateLetter, Letter, LetterFilters } from './letters.schema.ts';

/**
 * Citizens' letters (đơn thư). Each gets an arrival number of its own yearly sequence and a deadline
 * from the rule of its kind (letter_kinds). A letter about a party member goes to the inspection
 * committee: only those who hold the inspector (or admin) role over its organization see it.
 */

/** Subtrees where the actor acts for the inspection committee. */
function inspectionPrefixes(actor: Actor): string[] {
  return actor.grants.filter((g) => g.role === 'inspector' || g.role === 'admin').map((g) => g.path);
}

/** Letters for the office, or for the inspection committee where the actor acts for it. */
export function handlerVisible(actor: Actor, alias: string): RawBuilder<SqlBool> {
  const prefixes = inspectionPrefixes(actor);
  const scope = sql.ref(`${alias}.scope_path`);
  const inspection = prefixes.length === 0 ? sql<SqlBool>`false` : sql<SqlBool>`(${sql.join(prefixes.map((p) => sql`${scope} LIKE ${`${p}%`}`), sql` OR `)})`;
  return sql<SqlBool>`(${sql.ref(`${alias}.handler`)} = 'office' OR ${inspection})`;
}

export function visibleLetters(db: Kysely<DB>, actor: Actor, permission: Permission = 'letters.read', includeRouted = false) {
  return db.selectFrom('letters as l')
    .leftJoin('people as p', 'p.id', 'l.concernedPersonId')
    .where((eb) => inScope(actor, permission, eb.ref('l.scopePath')))
    .where(includeRouted ? sql<SqlBool>`true` : handlerVisible(actor, 'l'))
    .select(['l.id', 'l.organizationId', 'l.year', 'l.arrivalNumber', 'l.receivedOn', 'l.senderName', 'l.senderAddress', 'l.kind', 'l.summary',
      'l.concernsMember', 'l.concernedPersonId', 'p.fullName as concernedPersonName', 'l.handler', 'l.deadline', 'l.state', 'l.answer',
      'l.answeredOn', 'l.fileId', 'l.version', 'l.scopePath']);
}

const sorts: SortSpec<Letter> = {
  columns: {
    receivedOn: { expr: sql`to_char(l.received_on, 'YYYY-MM-DD') || lpad(l.arrival_number::text, 9, '0')`, value: (r) => `${r.receivedOn}${String(r.arrivalNumber).padStart(9, '0')}` },
    deadline: { expr: sql`l.deadline`, value: (r) => r.deadline },
  },
  default: '-receivedOn',
  id: sql`l.id`,
};

export async function listLetters(ctx: Ctx, f: LetterFilters & { modifiedSince?: string | undefined }, page: PageParams) {
  let q = visibleLetters(ctx.db, ctx.actor);
  if (f.modifiedSince) q = q.where('l.updatedAt', '>=', f.modifiedSince);
  if (f.organizationId) q = q.where('l.organizationId', '=', f.organizationId);
  if (f.kind) q = q.where('l.kind', '=', f.kind);
  if (f.handler) q = q.where('l.handler', '=', f.handler);
  if (f.state) q = q.where('l.state', '=', f.state);
  if (f.overdue === 'true') q = q.where('l.answeredOn', 'is', null).where('l.deadline', '<', todayInVietnam());
  if (f.from) q = q.where('l.receivedOn', '>=', f.from);
  if (f.to) q = q.where('l.receivedOn', '<=', f.to);
  for (const w of f.q ? foldedWords(f.q) : []) q = q.where(sql<SqlBool>`l.search_fold LIKE ${w}`);
  return paginate(q, page, sorts);
}

/** `registrar`: the clerk who just registered a letter gets it back even when it went to the inspection committee. */
export async function getLetter(ctx: Ctx, id: string, registrar = false) {
  const l = await visibleLetters(ctx.db, ctx.actor, 'letters.read', registrar).where('l.id', '=', id).executeTakeFirst();
  if (!l) throw notFound();
  const steps = await ctx.db.selectFrom('letterSteps as s').leftJoin('users as u', 'u.id', 's.createdBy')
    .select(['s.id', 's.onDay', 's.note', 'u.displayName as by']).where('s.letterId', '=', id).orderBy('s.createdAt').orderBy('s.id').execute();
  return { ...l, steps };
}

export function listLetterKinds(db: Kysely<DB>) {
  return db.selectFrom('letterKinds as k').leftJoin('legalBases as b', 'b.id', 'k.legalBasisId')
    .select(['k.kind', 'k.name', 'k.deadlineDays', 'k.certainty', 'k.note', 'b.symbol as legalBasis']).orderBy('k.kind').execute();
}

export async function createLetter(ctx: Ctx, input: CreateLetter) {
  const org = await organizationFor(ctx.db, ctx.actor, input.organizationId, 'letters.write');
  const kind = await ctx.db.selectFrom('letterKinds').select('deadlineDays').where('kind', '=', input.kind).executeTakeFirst();
  if (!kind) throw new AppError(422, 'letter.kind_unknown');
  if (input.fileId) {
    const file = await ctx.db.selectFrom('files as f').select('f.id').where('f.id', '=', input.fileId)
      .where((eb) => inScope(ctx.actor, 'letters.read', eb.ref('f.scopePath'))).executeTakeFirst();
    if (!file) throw new AppError(422, 'resource.reference_invalid');
  }
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const year = Number(input.receivedOn.slice(0, 4));
    const arrivalNumber = await drawNumber(trx, arrivalKey('letter', org.id, year));
    const row = {
      ...input, id, year, arrivalNumber, scopePath: org.path, deadline: addDays(input.receivedOn, kind.deadlineDays),
      handler: input.concernsMember ? ('inspection_committee' as const) : ('office' as const),
      searchText: [input.senderName, input.summary].join(' '), createdBy: ctx.actor.userId,
    };
    await trx.insertInto('letters').values(row).execute();
    await appendAudit(trx, ctx, { action: 'letter.registered', entity: 'letter', entityId: id, scopePath: org.path, after: { ...row, searchText: undefined } });
  });
  return getLetter(ctx, id, true);
}

async function letterForWrite(ctx: Ctx, db: Kysely<DB>, id: string) {
  return visibleLetters(db, ctx.actor, 'letters.write').where('l.id', '=', id).executeTakeFirst();
}

export async function addStep(ctx: Ctx, id: string, input: { note: string; onDay?: string | undefined }) {
  const l = await letterForWrite(ctx, ctx.db, id);
  if (!l) throw notFound();
  await ctx.db.transaction().execute(async (trx) => {
    const row = { id: randomUUID(), letterId: id, onDay: input.onDay ?? todayInVietnam(), note: input.note, createdBy: ctx.actor.userId };
    await trx.insertInto('letterSteps').values(row).execute();
    if (l.state === 'received') await trx.updateTable('letters').set({ state: 'in_progress', version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: 'letter.step', entity: 'letter', entityId: id, scopePath: l.scopePath, after: row });
  });
  return getLetter(ctx, id);
}

export async function answerLetter(ctx: Ctx, id: string, input: { version: number; answer: string; answeredOn?: string | undefined }) {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('letters').select('id').where('id', '=', id).forUpdate().execute();
    const before = checkVersion(await letterForWrite(ctx, trx, id), input.version);
    if (before.answeredOn) throw new AppError(409, 'letter.already_answered');
    const answeredOn = input.answeredOn ?? todayInVietnam();
    if (answeredOn < before.receivedOn) throw new AppError(422, 'letter.answered_before_received');
    const set = { state: 'answered' as const, answer: input.answer, answeredOn };
    await trx.updateTable('letters').set({ ...set, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: 'letter.answered', entity: 'letter', entityId: id, scopePath: before.scopePath, before, after: set });
  });
  return getLetter(ctx, id);
}
