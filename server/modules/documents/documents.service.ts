import { randomUUID } from 'node:crypto';
import { type Kysely, type Transaction, sql } from 'kysely';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import { checkVersion } from '../../http/concurrency.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { inScope, organizationFor, withinClearance } from '../../http/scope.ts';
import { clearanceAllows } from '../../lib/roles.ts';
import { isCode } from '../../lib/numbering.ts';
import { type SecrecyLevel } from '../../../common/enums.ts';
import { appendAudit } from '../audit/index.ts';
import { type FoundDocument, documentDetail, findDocument, visibleDocuments } from './documents.queries.ts';
import type { CreateDocument, UpdateDocument } from './documents.schema.ts';

/** Creating and editing drafts; the state machine is in documents.workflow.ts, issuing in documents.issue.ts. */

export async function getDocument(ctx: Ctx, id: string) {
  const d = await findDocument(ctx.db, ctx.actor, id);
  if (!d) throw notFound();
  return documentDetail(ctx.db, d);
}

/** A document readable by the actor, locked for the transaction; 404 otherwise. */
export async function lockDocument(trx: Transaction<DB>, ctx: Ctx, id: string, version: number) {
  await trx.selectFrom('documents').select('id').where('id', '=', id).forUpdate().execute();
  return checkVersion(await findDocument(trx, ctx.actor, id, 'documents.write'), version);
}

function checkCodes(typeAbbreviation: string | null, regime: string, issuerCode: string | null, unitCode: string | null) {
  if (!issuerCode) throw new AppError(422, 'document.issuer_code_required');
  if (!isCode(issuerCode) || (unitCode !== null && !isCode(unitCode))) throw new AppError(422, 'document.code_invalid');
  if (regime === 'administrative' && typeAbbreviation === null && !unitCode) throw new AppError(422, 'document.unit_code_required');
}

function checkClearance(ctx: Ctx, secrecy: SecrecyLevel) {
  if (!clearanceAllows(ctx.actor.clearance, secrecy)) throw new AppError(422, 'document.clearance_exceeded');
}

/** Related documents and attached files must be ones the actor may see; the reply target too. */
async function checkReferences(trx: Kysely<DB>, ctx: Ctx, id: string, input: { relations?: { documentId: string }[]; fileIds?: string[]; inReplyToIncomingId?: string | null }) {
  const related = [...new Set((input.relations ?? []).map((r) => r.documentId))];
  if (related.includes(id)) throw new AppError(422, 'document.relation_invalid');
  if (related.length > 0) {
    const seen = await visibleDocuments(trx, ctx.actor).select('d.id').where('d.id', 'in', related).execute();
    if (seen.length !== related.length) throw new AppError(422, 'document.relation_invalid');
  }
  const fileIds = [...new Set(input.fileIds ?? [])];
  if (fileIds.length > 0) {
    const seen = await trx.selectFrom('files as f').select('f.id').where('f.id', 'in', fileIds)
      .where((eb) => inScope(ctx.actor, 'documents.read', eb.ref('f.scopePath'))).execute();
    if (seen.length !== fileIds.length) throw new AppError(422, 'resource.reference_invalid');
  }
  if (input.inReplyToIncomingId) {
    const inc = await trx.selectFrom('incomingDocuments as i').select('i.id').where('i.id', '=', input.inReplyToIncomingId)
      .where((eb) => inScope(ctx.actor, 'correspondence.read', eb.ref('i.scopePath')))
      .where((eb) => withinClearance(ctx.actor, eb.ref('i.secrecy'))).executeTakeFirst();
    if (!inc) throw new AppError(422, 'resource.reference_invalid');
  }
}

/** What search reads: summary, symbol, body and the text of attached files, folded by the database. */
export async function refreshSearchText(trx: Transaction<DB>, id: string) {
  await sql`
    UPDATE documents d SET search_text = concat_ws(' ', d.symbol, d.summary, d.body,
      (SELECT string_agg(f.text, ' ') FROM document_files df JOIN files f ON f.id = df.file_id WHERE df.document_id = d.id))
    WHERE d.id = ${id}`.execute(trx);
}

async function replaceLinks(trx: Transaction<DB>, id: string, input: { relations?: CreateDocument['relations']; fileIds?: string[] }) {
  if (input.relations) {
    await trx.deleteFrom('documentRelations').where('documentId', '=', id).execute();
    const rows = [...new Map(input.relations.map((r) => [`${r.documentId}|${r.kind}`, r])).values()];
    if (rows.length > 0) await trx.insertInto('documentRelations').values(rows.map((r) => ({ documentId: id, relatedDocumentId: r.documentId, kind: r.kind }))).execute();
  }
  if (input.fileIds) {
    await trx.deleteFrom('documentFiles').where('documentId', '=', id).execute();
    const files = [...new Set(input.fileIds)];
    if (files.length > 0) await trx.insertInto('documentFiles').values(files.map((fileId) => ({ documentId: id, fileId }))).execute();
  }
}

export async function createDocument(ctx: Ctx, input: CreateDocument) {
  const org = await organizationFor(ctx.db, ctx.actor, input.organizationId, 'documents.write');
  const type = await ctx.db.selectFrom('documentTypes').selectAll().where('id', '=', input.typeId).where('active', '=', true).executeTakeFirst();
  if (!type) throw new AppError(422, 'document.type_unknown');
  const issuerCode = input.issuerCode ?? org.code ?? null;
  checkCodes(type.abbreviation, type.regime, issuerCode, input.unitCode);
  checkClearance(ctx, input.secrecy);
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await checkReferences(trx, ctx, id, input);
    const { relations, fileIds, organizationId, typeId, ...fields } = input;
    const row = {
      ...fields, id, organizationId, typeId, regime: type.regime, scopePath: org.path, issuerCode: issuerCode ?? '',
      circulation: json(input.circulation), recipients: json(input.recipients), createdBy: ctx.actor.userId,
    };
    await trx.insertInto('documents').values(row).execute();
    await trx.insertInto('documentVersions').values({ id: randomUUID(), documentId: id, versionNo: 1, body: input.body, note: null, createdBy: ctx.actor.userId }).execute();
    await replaceLinks(trx, id, { relations, fileIds });
    await refreshSearchText(trx, id);
    await trx.insertInto('documentEvents').values({ id: randomUUID(), documentId: id, kind: 'created', note: null, actorUserId: ctx.actor.userId }).execute();
    await appendAudit(trx, ctx, { action: 'document.created', entity: 'document', entityId: id, scopePath: org.path, after: { ...row, body: undefined, relations, fileIds } });
  });
  return getDocument(ctx, id);
}

/** Edits a draft. A body that differs from the latest version is kept as the next version. */
export async function updateDocument(ctx: Ctx, id: string, input: UpdateDocument) {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await lockDocument(trx, ctx, id, input.version);
    if (before.state !== 'draft') throw new AppError(409, 'document.state_forbids', { state: before.state });
    const { version: _v, versionNote, relations, fileIds, circulation, recipients, ...fields } = input;
    const next: FoundDocument = { ...before, ...fields };
    checkCodes(next.typeAbbreviation, next.regime, next.issuerCode, next.unitCode);
    if (fields.secrecy) checkClearance(ctx, fields.secrecy);
    await checkReferences(trx, ctx, id, input);
    if (fields.body !== undefined && fields.body !== before.body) {
      const last = await trx.selectFrom('documentVersions').select(sql<number>`max(version_no)`.as('n')).where('documentId', '=', id).executeTakeFirst();
      await trx.insertInto('documentVersions').values({ id: randomUUID(), documentId: id, versionNo: Number(last?.n ?? 0) + 1, body: fields.body, note: versionNote ?? null, createdBy: ctx.actor.userId }).execute();
    }
    await trx.updateTable('documents').set({
      ...fields,
      ...(circulation ? { circulation: json(circulation) } : {}),
      ...(recipients ? { recipients: json(recipients) } : {}),
      version: sql<number>`version + 1`, updatedAt: sql<string>`now()`,
    }).where('id', '=', id).execute();
    await replaceLinks(trx, id, { relations, fileIds });
    await refreshSearchText(trx, id);
    const { body: _b, ...beforeAudit } = before;
    await appendAudit(trx, ctx, { action: 'document.updated', entity: 'document', entityId: id, scopePath: before.scopePath, before: beforeAudit, after: { ...fields, body: undefined, circulation, recipients, relations, fileIds } });
  });
  return getDocument(ctx, id);
}

export async function getVersion(ctx: Ctx, id: string, versionNo: number) {
  const d = await findDocument(ctx.db, ctx.actor, id);
  if (!d) throw notFound();
  const v = await ctx.db.selectFrom('documentVersions').select(['versionNo', 'body', 'note', 'createdAt'])
    .where('documentId', '=', id).where('versionNo', '=', versionNo).executeTakeFirst();
  if (!v) throw new AppError(404, 'document.version_unknown', { no: versionNo });
  return v;
}
