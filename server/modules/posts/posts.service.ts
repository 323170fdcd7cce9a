import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { checkVersion } from '../../http/concurrency.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { appendAudit } from '../audit/index.ts';
import { findPerson } from '../people/index.ts';
import { organizationFor } from '../../http/scope.ts';
import type { z } from 'zod';
import type { addAssignmentBody, addHoldingBody, createPostBody, updatePostBody } from './posts.schema.ts';

const postColumns = ['id', 'organizationId', 'name', 'title', 'sphere', 'precedence', 'elected', 'version'] as const;

const organizationIn = (ctx: Ctx, organizationId: string, write: boolean) =>
  organizationFor(ctx.db, ctx.actor, organizationId, write ? 'organizations.write' : 'organizations.read');

async function personFor(ctx: Ctx, personId: string) {
  const person = await findPerson(ctx.db, ctx.actor, personId);
  if (!person) throw notFound();
  return person;
}

/** Posts of an organization by precedence, each with its holders newest first. */
export async function listPosts(ctx: Ctx, organizationId: string) {
  await organizationIn(ctx, organizationId, false);
  const posts = await ctx.db.selectFrom('posts').select(postColumns).where('organizationId', '=', organizationId).where('deletedAt', 'is', null).orderBy('precedence').orderBy('title').execute();
  const holders = posts.length
    ? await ctx.db
        .selectFrom('postHoldings as h')
        .innerJoin('people as p', 'p.id', 'h.personId')
        .select(['h.id', 'h.postId', 'h.personId', 'p.fullName', 'h.termId', 'h.startsOn', 'h.endsOn', 'h.decisionRef'])
        .where('h.postId', 'in', posts.map((p) => p.id))
        .orderBy('h.startsOn', 'desc')
        .execute()
    : [];
  return posts.map((p) => ({ ...p, holders: holders.filter((h) => h.postId === p.id) }));
}

export async function createPost(ctx: Ctx, organizationId: string, input: z.infer<typeof createPostBody>) {
  const org = await organizationIn(ctx, organizationId, true);
  const row = { id: randomUUID(), organizationId, ...input };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('posts').values(row).execute();
    await appendAudit(trx, ctx, { action: 'post.created', entity: 'post', entityId: row.id, scopePath: org.path, after: row });
  });
  return { ...row, version: 1, holders: [] };
}

export async function updatePost(ctx: Ctx, id: string, input: z.infer<typeof updatePostBody>) {
  return ctx.db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('posts').select(postColumns).where('id', '=', id).where('deletedAt', 'is', null).forUpdate().executeTakeFirst();
    if (!current) throw notFound();
    const org = await organizationIn({ ...ctx, db: trx }, current.organizationId, true);
    const before = checkVersion(current, input.version);
    const { version: _v, ...patch } = input;
    const after = await trx
      .updateTable('posts')
      .set({ ...patch, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })
      .where('id', '=', id)
      .returning(postColumns)
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx, { action: 'post.updated', entity: 'post', entityId: id, scopePath: org.path, before, after });
    const holders = (await listPosts({ ...ctx, db: trx }, after.organizationId)).find((p) => p.id === id)?.holders ?? [];
    return { ...after, holders };
  });
}

export async function addHolding(ctx: Ctx, postId: string, input: z.infer<typeof addHoldingBody>) {
  const post = await ctx.db.selectFrom('posts').select(['id', 'organizationId']).where('id', '=', postId).where('deletedAt', 'is', null).executeTakeFirst();
  if (!post) throw notFound();
  const org = await organizationIn(ctx, post.organizationId, true);
  const person = await personFor(ctx, input.personId);
  const row = { id: randomUUID(), postId, ...input };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('postHoldings').values(row).execute();
    await appendAudit(trx, ctx, { action: 'post_holding.added', entity: 'post', entityId: postId, scopePath: org.path, after: row });
  });
  return { ...row, fullName: person.fullName };
}

export async function endHolding(ctx: Ctx, holdingId: string, endsOn: string) {
  const h = await ctx.db
    .selectFrom('postHoldings as h')
    .innerJoin('posts as po', 'po.id', 'h.postId')
    .innerJoin('people as p', 'p.id', 'h.personId')
    .select(['h.id', 'h.postId', 'h.personId', 'p.fullName', 'h.termId', 'h.startsOn', 'h.endsOn', 'h.decisionRef', 'po.organizationId'])
    .where('h.id', '=', holdingId)
    .executeTakeFirst();
  if (!h) throw notFound();
  const org = await organizationIn(ctx, h.organizationId, true);
  if (endsOn < h.startsOn) throw new AppError(422, 'holding.date_order');
  const { organizationId: _o, ...before } = h;
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('postHoldings').set({ endsOn }).where('id', '=', holdingId).execute();
    await appendAudit(trx, ctx, { action: 'post_holding.ended', entity: 'post', entityId: h.postId, scopePath: org.path, before, after: { ...before, endsOn } });
  });
  return { ...before, endsOn };
}

export async function listAssignments(ctx: Ctx, organizationId: string) {
  await organizationIn(ctx, organizationId, false);
  return ctx.db
    .selectFrom('cellAssignments as a')
    .innerJoin('people as p', 'p.id', 'a.personId')
    .select(['a.id', 'a.organizationId', 'a.personId', 'p.fullName', 'a.termId', 'a.startsOn', 'a.endsOn'])
    .where('a.organizationId', '=', organizationId)
    .orderBy('a.startsOn', 'desc')
    .limit(200)
    .execute();
}

/** Phân công phụ trách: the committee member in charge of a cell. */
export async function addAssignment(ctx: Ctx, organizationId: string, input: z.infer<typeof addAssignmentBody>) {
  const org = await organizationIn(ctx, organizationId, true);
  const person = await personFor(ctx, input.personId);
  const row = { id: randomUUID(), organizationId, ...input };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('cellAssignments').values(row).execute();
    await appendAudit(trx, ctx, { action: 'assignment.added', entity: 'organization', entityId: organizationId, scopePath: org.path, after: row });
  });
  return { ...row, fullName: person.fullName };
}

export async function endAssignment(ctx: Ctx, id: string, endsOn: string) {
  const a = await ctx.db
    .selectFrom('cellAssignments as a')
    .innerJoin('people as p', 'p.id', 'a.personId')
    .select(['a.id', 'a.organizationId', 'a.personId', 'p.fullName', 'a.termId', 'a.startsOn', 'a.endsOn'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!a) throw notFound();
  const org = await organizationIn(ctx, a.organizationId, true);
  if (endsOn < a.startsOn) throw new AppError(422, 'holding.date_order');
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('cellAssignments').set({ endsOn }).where('id', '=', id).execute();
    await appendAudit(trx, ctx, { action: 'assignment.ended', entity: 'organization', entityId: a.organizationId, scopePath: org.path, before: a, after: { ...a, endsOn } });
  });
  return { ...a, endsOn };
}
