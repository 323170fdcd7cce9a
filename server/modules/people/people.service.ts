import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { checkVersion } from '../../http/concurrency.ts';
import type { Ctx } from '../../http/context.ts';
import { notFound } from '../../http/errors.ts';
import { organizationFor } from '../../http/scope.ts';
import { fullName, personSortKey } from '../../../common/vietnamese.ts';
import { appendAudit } from '../audit/index.ts';
import { findPerson } from './people.queries.ts';
import { heldPostsOn, titleOfPosts } from './people.titles.ts';
import type { CreatePerson, Person, UpdatePerson } from './people.schema.ts';

/** The organization must be one the actor may add people to; otherwise it does not exist for them. */
async function writableOrganizationPath(ctx: Ctx, organizationId: string): Promise<string> {
  return (await organizationFor(ctx.db, ctx.actor, organizationId, 'people.write')).path;
}

export async function getPerson(ctx: Ctx, id: string): Promise<Person> {
  const p = await findPerson(ctx.db, ctx.actor, id);
  if (!p) throw notFound();
  return p;
}

export async function createPerson(ctx: Ctx, input: CreatePerson): Promise<Person> {
  const scopePath = await writableOrganizationPath(ctx, input.organizationId);
  const id = randomUUID();
  return ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('people')
      .values({ id, ...input, fullName: fullName(input), sortKey: personSortKey(input) })
      .execute();
    const created = await findPerson(trx, ctx.actor, id);
    if (!created) throw notFound();
    await appendAudit(trx, ctx, { action: 'person.created', entity: 'person', entityId: id, scopePath, after: created });
    return created;
  });
}

export async function updatePerson(ctx: Ctx, id: string, input: UpdatePerson): Promise<Person> {
  // Both paths are read before the transaction: on PGlite a statement outside an open transaction waits for it.
  const current = await findPerson(ctx.db, ctx.actor, id, 'people.write');
  if (!current) throw notFound();
  const scopePath = await writableOrganizationPath(ctx, input.organizationId ?? current.organizationId);
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('people').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    const before = checkVersion(locked ? await findPerson(trx, ctx.actor, id, 'people.write') : undefined, input.version);
    const { version: _v, ...patch } = input;
    const names = {
      familyName: patch.familyName ?? before.familyName,
      middleName: patch.middleName ?? before.middleName,
      givenName: patch.givenName ?? before.givenName,
    };
    await trx
      .updateTable('people')
      .set({
        ...patch,
        fullName: fullName(names),
        sortKey: personSortKey(names),
        version: sql<number>`version + 1`,
        updatedAt: sql<string>`now()`,
      })
      .where('id', '=', id)
      .execute();
    const after = await findPerson(trx, ctx.actor, id);
    if (!after) throw notFound();
    await appendAudit(trx, ctx, { action: 'person.updated', entity: 'person', entityId: id, scopePath, before, after });
    return after;
  });
}

/**
 * The string minutes and news print before a name: every post held on `date` in the one order of
 * people.titles.ts, then the name. "Bí thư Đảng ủy Cơ quan, Phó Chủ nhiệm Văn phòng Quốc hội Nguyễn Văn A".
 */
export async function personTitle(ctx: Ctx, id: string, date: string) {
  const person = await getPerson(ctx, id);
  const posts = (await heldPostsOn(ctx.db, [id], date)).get(id) ?? [];
  const held = titleOfPosts(posts);
  const title = held ? `${held} ${person.fullName}` : person.fullName;
  return { personId: id, date, title, posts };
}
