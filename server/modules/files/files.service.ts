import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { inScope, organizationFor } from '../../http/scope.ts';
import { SECRECY_LEVELS } from '../../lib/roles.ts';
import type { Actor } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import { handlerVisible } from '../letters/index.ts';
import { detectType } from './files.content.ts';
import type { Extraction } from './files.pool.ts';

/**
 * Files are stored once per content, under <data dir>/files/ab/cd/<sha256>. An upload streams to a
 * temporary file while it is hashed and measured; only a complete, accepted file gets a row, and the
 * temporary file is moved into place inside the row's transaction (a failed move rolls the row back)
 * or deleted on any failure, so neither a row without a file nor a stray file is left behind.
 */

export interface FileStore {
  root: string;
  maxBytes: number;
  /** Where search text is extracted, within limits: a file over them is stored without text. */
  extraction: Extraction;
}

export const contentPath = (store: FileStore, sha: string) => path.join(store.root, sha.slice(0, 2), sha.slice(2, 4), sha);
export const tempDir = (store: FileStore) => path.join(store.root, 'tmp');

const exists = (p: string) => access(p).then(() => true, () => false);

/** Streams the upload to a temporary file; a stream over the limit is cut and refused. */
async function receive(store: FileStore, stream: Readable & { truncated?: boolean }) {
  await mkdir(tempDir(store), { recursive: true });
  const tmp = path.join(tempDir(store), randomUUID());
  const hash = createHash('sha256');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(stream, measure, createWriteStream(tmp));
    if (stream.truncated || size > store.maxBytes) throw new AppError(413, 'file.too_large', { max: store.maxBytes });
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  return { tmp, sha256: hash.digest('hex'), size };
}

export interface Upload {
  organizationId: string;
  name: string;
  stream: Readable & { truncated?: boolean };
}

export async function uploadFile(ctx: Ctx, store: FileStore, upload: Upload) {
  const org = await organizationFor(ctx.db, ctx.actor, upload.organizationId, ['documents.write', 'correspondence.write', 'letters.write']).catch((err: unknown) => {
    upload.stream.resume();
    throw err;
  });
  const got = await receive(store, upload.stream);
  const final = contentPath(store, got.sha256);
  let placed = false;
  try {
    const detected = await detectType(got.tmp, upload.name);
    if (!detected.ok) throw new AppError(415, 'file.type_refused');
    const { text, textStatus } = await store.extraction.text(got.tmp, detected.mime);
    const row = { id: randomUUID(), sha256: got.sha256, size: got.size, mime: detected.mime, name: upload.name, text, textStatus, organizationId: org.id, scopePath: org.path, createdBy: ctx.actor.userId };
    await ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('files').values(row).execute();
      await appendAudit(trx, ctx, { action: 'file.uploaded', entity: 'file', entityId: row.id, scopePath: org.path, after: { ...row, text: text === null ? null : `${text.length} characters` } });
      if (!(await exists(final))) {
        await mkdir(path.dirname(final), { recursive: true });
        await rename(got.tmp, final);
        placed = true;
      }
    });
    return { id: row.id, name: row.name, size: row.size, mime: row.mime, sha256: row.sha256, hasText: textStatus === 'extracted', textStatus };
  } catch (err) {
    // Moved into place but the row did not commit: remove it unless another row shares the content.
    if (placed && !(await ctx.db.selectFrom('files').select('id').where('sha256', '=', got.sha256).executeTakeFirst())) await rm(final, { force: true });
    throw err;
  } finally {
    await rm(got.tmp, { force: true });
  }
}

/**
 * Files the actor may read: uploaded within a subtree where they read documents, registers or letters,
 * and not attached to a record classified above their clearance.
 */
export function visibleFiles(db: Kysely<DB>, actor: Actor) {
  const hidden = SECRECY_LEVELS.slice(actor.clearance + 1).map((l) => sql.lit(l));
  const notSecret = hidden.length === 0 ? sql<SqlBool>`true` : sql<SqlBool>`NOT EXISTS (
      SELECT 1 FROM document_files df JOIN documents d ON d.id = df.document_id WHERE df.file_id = f.id AND d.secrecy IN (${sql.join(hidden)})
      UNION ALL SELECT 1 FROM incoming_documents i WHERE i.file_id = f.id AND i.secrecy IN (${sql.join(hidden)}))`;
  // A letter routed to the inspection committee keeps its attachment from everyone else.
  const notRouted = sql<SqlBool>`NOT EXISTS (SELECT 1 FROM letters l WHERE l.file_id = f.id AND NOT ${handlerVisible(actor, 'l')})`;
  return db.selectFrom('files as f')
    .select(['f.id', 'f.name', 'f.size', 'f.mime', 'f.sha256', 'f.createdAt', 'f.textStatus', sql<boolean>`coalesce(length(trim(f.text)) > 0, false)`.as('hasText')])
    .where((eb) => eb.or(['documents.read', 'correspondence.read', 'letters.read'].map((p) => inScope(actor, p as 'documents.read', eb.ref('f.scopePath')))))
    .where(notSecret)
    .where(notRouted);
}

export async function getFile(ctx: Ctx, id: string) {
  const f = await visibleFiles(ctx.db, ctx.actor).where('f.id', '=', id).executeTakeFirst();
  if (!f) throw notFound();
  return f;
}
