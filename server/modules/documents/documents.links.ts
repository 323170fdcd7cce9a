import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { inScope } from '../../http/scope.ts';
import { type Actor, canAt } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import { findDocument, visibleDocuments } from './documents.queries.ts';
import type { DocumentRelation, RelationInput } from './documents.schema.ts';
import { refreshSearchText } from './documents.service.ts';

/**
 * What a document is linked to, changed one link at a time in any state: the relations between
 * documents (this one replaces, amends or implements another) and its attached files. A signed scan is
 * often attached, and an amending document related, after issue; a link is additive and does not touch
 * the text, so it takes no version. Removing an attachment is a draft's edit only: once submitted, the
 * files are part of what was signed.
 */

/** The document readable by the actor and writable by them, its row locked for the transaction. */
async function writableDocument(trx: Transaction<DB>, ctx: Ctx, id: string) {
  await trx.selectFrom('documents').select('id').where('id', '=', id).forUpdate().execute();
  const d = await findDocument(trx, ctx.actor, id);
  if (!d) throw notFound();
  if (!canAt(ctx.actor, 'documents.write', d.scopePath)) throw new AppError(403, 'document.no_permission');
  return d;
}

/**
 * Relations in both directions, each with the other document as the actor may see it: 'to' reads
 * "this document <kind> the other" (this one replaces X), 'from' reads "the other <kind> this one"
 * (Y amends this one). A related document the actor may not see is left out.
 */
export async function listRelations(db: Kysely<DB>, actor: Actor, id: string): Promise<DocumentRelation[]> {
  const columns = ['r.kind', 'd.id as documentId', 'd.symbol', 'd.summary', 't.name as typeName', 'd.state', 'd.issuedOn'] as const;
  const [to, from] = await Promise.all([
    visibleDocuments(db, actor).innerJoin('documentRelations as r', 'r.relatedDocumentId', 'd.id').select(columns).where('r.documentId', '=', id)
      .orderBy('r.kind').orderBy('d.issuedOn').orderBy('d.id').execute(),
    visibleDocuments(db, actor).innerJoin('documentRelations as r', 'r.documentId', 'd.id').select(columns).where('r.relatedDocumentId', '=', id)
      .orderBy('r.kind').orderBy('d.issuedOn').orderBy('d.id').execute(),
  ]);
  return [...to.map((r) => ({ ...r, direction: 'to' as const })), ...from.map((r) => ({ ...r, direction: 'from' as const }))];
}

export async function getRelations(ctx: Ctx, id: string) {
  if (!(await findDocument(ctx.db, ctx.actor, id))) throw notFound();
  return { data: await listRelations(ctx.db, ctx.actor, id) };
}

/** Refused with nothing written: to itself, to a document unknown or out of sight, twice, or in a circle. */
export async function addRelation(ctx: Ctx, id: string, input: RelationInput) {
  await ctx.db.transaction().execute(async (trx) => {
    const d = await writableDocument(trx, ctx, id);
    if (input.documentId === id) throw new AppError(422, 'document.relation_self');
    const other = await visibleDocuments(trx, ctx.actor).select(['d.id', 'd.symbol']).where('d.id', '=', input.documentId).executeTakeFirst();
    if (!other) throw new AppError(422, 'document.relation_invalid');
    const existing = await trx.selectFrom('documentRelations').select(['documentId', 'relatedDocumentId'])
      .where('kind', '=', input.kind)
      .where((eb) => eb.or([
        eb.and([eb('documentId', '=', id), eb('relatedDocumentId', '=', input.documentId)]),
        eb.and([eb('documentId', '=', input.documentId), eb('relatedDocumentId', '=', id)]),
      ]))
      .executeTakeFirst();
    if (existing?.documentId === id) throw new AppError(409, 'document.relation_exists');
    if (existing) throw new AppError(422, 'document.relation_circular');
    const row = { documentId: id, relatedDocumentId: input.documentId, kind: input.kind };
    await trx.insertInto('documentRelations').values(row).execute();
    await trx.updateTable('documents').set({ updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: 'document.relation_added', entity: 'document', entityId: id, scopePath: d.scopePath, after: { ...row, relatedSymbol: other.symbol } });
  });
  return { data: await listRelations(ctx.db, ctx.actor, id) };
}

export async function removeRelation(ctx: Ctx, id: string, input: RelationInput) {
  await ctx.db.transaction().execute(async (trx) => {
    const d = await writableDocument(trx, ctx, id);
    const removed = await trx.deleteFrom('documentRelations').where('documentId', '=', id).where('relatedDocumentId', '=', input.documentId)
      .where('kind', '=', input.kind).returning(['documentId', 'relatedDocumentId', 'kind']).executeTakeFirst();
    if (!removed) throw new AppError(404, 'document.relation_unknown');
    await trx.updateTable('documents').set({ updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: 'document.relation_removed', entity: 'document', entityId: id, scopePath: d.scopePath, before: removed });
  });
  return { data: await listRelations(ctx.db, ctx.actor, id) };
}

export function documentFiles(db: Kysely<DB>, id: string) {
  return db.selectFrom('documentFiles as df').innerJoin('files as f', 'f.id', 'df.fileId')
    .select(['f.id', 'f.name', 'f.size', 'f.mime', 'f.textStatus', 'f.createdAt']).where('df.documentId', '=', id).orderBy('f.createdAt').orderBy('f.id').execute();
}

async function changeFiles(ctx: Ctx, id: string, fileId: string, change: (trx: Transaction<DB>, d: Awaited<ReturnType<typeof writableDocument>>) => Promise<string>) {
  await ctx.db.transaction().execute(async (trx) => {
    const d = await writableDocument(trx, ctx, id);
    const action = await change(trx, d);
    await refreshSearchText(trx, id);
    await trx.updateTable('documents').set({ updatedAt: sql<string>`now()` }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action, entity: 'document', entityId: id, scopePath: d.scopePath, after: { fileId } });
  });
  return { data: await documentFiles(ctx.db, id) };
}

/** Attaches an uploaded file the actor may read (uploaded within their documents' scope). */
export function attachFile(ctx: Ctx, id: string, fileId: string) {
  return changeFiles(ctx, id, fileId, async (trx) => {
    const file = await trx.selectFrom('files as f').select('f.id').where('f.id', '=', fileId)
      .where((eb) => inScope(ctx.actor, 'documents.read', eb.ref('f.scopePath'))).executeTakeFirst();
    if (!file) throw new AppError(422, 'resource.reference_invalid');
    const added = await trx.insertInto('documentFiles').values({ documentId: id, fileId }).onConflict((oc) => oc.doNothing()).returning('fileId').executeTakeFirst();
    if (!added) throw new AppError(409, 'document.file_already_attached');
    return 'document.file_attached';
  });
}

export function detachFile(ctx: Ctx, id: string, fileId: string) {
  return changeFiles(ctx, id, fileId, async (trx, d) => {
    if (d.state !== 'draft') throw new AppError(409, 'document.state_forbids', { state: d.state });
    const removed = await trx.deleteFrom('documentFiles').where('documentId', '=', id).where('fileId', '=', fileId).returning('fileId').executeTakeFirst();
    if (!removed) throw new AppError(404, 'document.file_unknown');
    return 'document.file_detached';
  });
}
