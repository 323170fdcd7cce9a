import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { checkVersion } from '../../http/concurrency.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type PageParams, type SortSpec, paginate } from '../../http/paging.ts';
import { inScope, withinClearance } from '../../http/scope.ts';
import { type Actor, canAt } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import { foldedWords } from '../../../common/vietnamese.ts';
import { type OutgoingEntry, type OutgoingFilters, type UpdateOutgoing, monthRange } from './correspondence.schema.ts';

/** The outgoing register (sổ đăng ký văn bản đi): written by issuing, then kept by the clerk. */

function visibleOutgoing(db: Kysely<DB>, actor: Actor) {
  return db
    .selectFrom('outgoingRegister as g')
    .innerJoin('documents as d', 'd.id', 'g.documentId')
    .where((eb) => inScope(actor, 'correspondence.read', eb.ref('g.scopePath')))
    .where((eb) => withinClearance(actor, eb.ref('d.secrecy')))
    .select([
      'g.id', 'g.documentId', 'g.organizationId', 'g.issuedOn', 'g.symbol', 'd.number', 'g.typeName', 'g.summary', 'g.signerName',
      'g.recipients', 'g.fileCopyHolder', 'g.copies', 'g.sentOn', 'g.note', 'd.secrecy', 'd.urgency', 'g.version', 'g.scopePath',
    ]);
}

const sorts: SortSpec<OutgoingEntry> = {
  columns: {
    issuedOn: { expr: sql`g.issued_on`, value: (r) => r.issuedOn },
    symbol: { expr: sql`g.symbol`, value: (r) => r.symbol },
    /** The register's own order: by day, then by number. */
    register: { expr: sql`to_char(g.issued_on, 'YYYY-MM-DD') || lpad(coalesce(d.number, 0)::text, 9, '0')`, value: (r) => `${r.issuedOn}${String(r.number ?? 0).padStart(9, '0')}` },
  },
  default: 'issuedOn',
  id: sql`g.id`,
};

/** Applies the register filters: organization, year, month or date range, words of the summary or symbol. */
export function outgoingQuery(db: Kysely<DB>, actor: Actor, f: OutgoingFilters) {
  let q = visibleOutgoing(db, actor);
  if (f.organizationId) q = q.where('g.organizationId', '=', f.organizationId);
  if (f.year) q = q.where('g.issuedOn', '>=', `${f.year}-01-01`).where('g.issuedOn', '<=', `${f.year}-12-31`);
  const range = f.month ? monthRange(f.month) : null;
  const from = range?.from ?? f.from;
  const to = range?.to ?? f.to;
  if (from) q = q.where('g.issuedOn', '>=', from);
  if (to) q = q.where('g.issuedOn', '<=', to);
  for (const w of f.q ? foldedWords(f.q) : []) q = q.where(sql<SqlBool>`vn_fold(g.symbol || ' ' || g.summary) LIKE ${w}`);
  return q;
}

export async function listOutgoing(ctx: Ctx, f: OutgoingFilters, page: PageParams) {
  const q = outgoingQuery(ctx.db, ctx.actor, f);
  return paginate(q, page, sorts);
}

async function findOutgoing(db: Kysely<DB>, actor: Actor, id: string) {
  return visibleOutgoing(db, actor).where('g.id', '=', id).executeTakeFirst();
}

/** The clerk completes the register: copies, who keeps the file copy, the day it was sent, notes. */
export async function updateOutgoing(ctx: Ctx, id: string, input: UpdateOutgoing) {
  const found = await findOutgoing(ctx.db, ctx.actor, id);
  if (!found) throw notFound();
  if (!canAt(ctx.actor, 'correspondence.write', found.scopePath)) throw new AppError(403, 'register.no_permission');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('outgoingRegister').select('id').where('id', '=', id).forUpdate().execute();
    const before = checkVersion(await findOutgoing(trx, ctx.actor, id), input.version);
    const { version: _v, ...set } = input;
    if (set.sentOn && set.sentOn < before.issuedOn) throw new AppError(422, 'request.invalid');
    await trx.updateTable('outgoingRegister').set({ ...set, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: 'outgoing_register.updated', entity: 'outgoing_register', entityId: id, scopePath: before.scopePath, before, after: set });
  });
  const after = await findOutgoing(ctx.db, ctx.actor, id);
  if (!after) throw notFound();
  return after;
}
