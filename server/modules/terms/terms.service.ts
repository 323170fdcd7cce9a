import { randomUUID } from 'node:crypto';
import { type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { organizationFor } from '../../http/scope.ts';
import { addDays } from '../../lib/dates.ts';
import { appendAudit } from '../audit/index.ts';
import { defaultBodies, isPartyKind } from '../../../common/enums.ts';
import { findPerson } from '../people/index.ts';
import { bodiesOf, findTerm, termsOf, withLabel } from './terms.queries.ts';
import type { OpenTerm, Term } from './terms.schema.ts';

const writableOrganization = (ctx: Ctx, id: string) => organizationFor(ctx.db, ctx.actor, id, 'organizations.write');

export async function listTerms(ctx: Ctx, organizationId: string): Promise<Term[]> {
  await organizationFor(ctx.db, ctx.actor, organizationId, 'organizations.read');
  return termsOf(ctx.db, organizationId);
}

export async function getTerm(ctx: Ctx, id: string) {
  const term = await findTerm(ctx.db, id);
  if (!term) throw notFound();
  await organizationFor(ctx.db, ctx.actor, term.organizationId, 'organizations.read');
  return { ...term, bodies: await bodiesOf(ctx.db, id) };
}

/**
 * Term hand-over (domain.md): a term runs from the day after its congress closes to the close of the
 * next one. Opening term N+1 whose congress closes on day D ends term N, its bodies and seats, the
 * holdings of the organization's elected posts and its cell assignments on D; term N+1 starts on D+1.
 */
async function closePreviousTerm(trx: Transaction<DB>, organizationId: string, previous: Term, closeOn: string) {
  const open = sql<boolean>`(ends_on IS NULL OR ends_on > ${closeOn})`;
  await trx.updateTable('terms').set({ endsOn: closeOn, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` }).where('id', '=', previous.id).execute();
  const bodies = await trx.updateTable('bodies').set({ endsOn: closeOn }).where('termId', '=', previous.id).where(open).returning('id').execute();
  const seats = bodies.length
    ? await trx
        .updateTable('bodyMembers')
        .set({ endsOn: closeOn })
        .where('bodyId', 'in', bodies.map((b) => b.id))
        .where(open)
        .where('startsOn', '<=', closeOn)
        .returning('id')
        .execute()
    : [];
  const holdings = await trx
    .updateTable('postHoldings')
    .set({ endsOn: closeOn })
    .where('postId', 'in', (eb) =>
      eb.selectFrom('posts').select('id').where('organizationId', '=', organizationId).where('elected', '=', true),
    )
    .where(open)
    .where('startsOn', '<=', closeOn)
    .returning('id')
    .execute();
  const assignments = await trx
    .updateTable('cellAssignments')
    .set({ endsOn: closeOn })
    .where('termId', '=', previous.id)
    .where(open)
    .where('startsOn', '<=', closeOn)
    .returning('id')
    .execute();
  return { bodies: bodies.length, seats: seats.length, holdings: holdings.length, assignments: assignments.length };
}

export async function openTerm(ctx: Ctx, organizationId: string, input: OpenTerm): Promise<Term> {
  const org = await writableOrganization(ctx, organizationId);
  if (!isPartyKind(org.kind)) throw new AppError(422, 'term.not_party_organization');
  return ctx.db.transaction().execute(async (trx) => {
    await trx.selectFrom('organizations').select('id').where('id', '=', organizationId).forUpdate().execute();
    const [previous] = await termsOf(trx, organizationId);
    if (previous && input.ordinal !== previous.ordinal + 1) {
      throw new AppError(422, 'term.ordinal_not_next', { expected: previous.ordinal + 1 });
    }
    if (previous && input.congressClosedOn <= previous.startsOn) throw new AppError(422, 'term.date_order');
    const closed = previous ? await closePreviousTerm(trx, organizationId, previous, input.congressClosedOn) : null;
    const id = randomUUID();
    const startsOn = addDays(input.congressClosedOn, 1);
    const { bodies: kinds, ...fields } = input;
    await trx.insertInto('terms').values({ id, organizationId, ...fields, startsOn, endsOn: null }).execute();
    const bodyKinds = kinds ?? defaultBodies(org.kind);
    if (bodyKinds.length) {
      await trx
        .insertInto('bodies')
        .values(bodyKinds.map((kind) => ({ id: randomUUID(), termId: id, organizationId, kind, startsOn })))
        .execute();
    }
    const term = withLabel({ id, organizationId, ...fields, startsOn, endsOn: null, version: 1 });
    await appendAudit(trx, ctx, { action: 'term.opened', entity: 'term', entityId: id, scopePath: org.path, after: { ...term, bodies: bodyKinds } });
    if (previous && closed) {
      await appendAudit(trx, ctx, {
        action: 'term.closed',
        entity: 'term',
        entityId: previous.id,
        scopePath: org.path,
        before: previous,
        after: { ...previous, endsOn: input.congressClosedOn, closed },
      });
    }
    return term;
  });
}

async function bodyInWriteScope(ctx: Ctx, bodyId: string) {
  const body = await ctx.db.selectFrom('bodies').select(['id', 'organizationId', 'startsOn', 'endsOn']).where('id', '=', bodyId).executeTakeFirst();
  if (!body) throw notFound();
  const org = await writableOrganization(ctx, body.organizationId);
  return { ...body, path: org.path };
}

export async function addBodyMember(ctx: Ctx, bodyId: string, input: { personId: string; startsOn: string }) {
  const body = await bodyInWriteScope(ctx, bodyId);
  const person = await findPerson(ctx.db, ctx.actor, input.personId);
  if (!person) throw notFound();
  if (input.startsOn < body.startsOn || (body.endsOn && input.startsOn > body.endsOn)) {
    throw new AppError(422, 'holding.date_order');
  }
  const row = { id: randomUUID(), bodyId, personId: input.personId, startsOn: input.startsOn, endsOn: body.endsOn };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('bodyMembers').values(row).execute();
    await appendAudit(trx, ctx, { action: 'body_member.added', entity: 'body', entityId: bodyId, scopePath: body.path, after: row });
  });
  return { ...row, fullName: person.fullName };
}

export async function endBodyMember(ctx: Ctx, memberId: string, endsOn: string) {
  const member = await ctx.db.selectFrom('bodyMembers').selectAll().where('id', '=', memberId).executeTakeFirst();
  if (!member) throw notFound();
  const body = await bodyInWriteScope(ctx, member.bodyId);
  if (endsOn < member.startsOn) throw new AppError(422, 'holding.date_order');
  const person = await ctx.db.selectFrom('people').select('fullName').where('id', '=', member.personId).executeTakeFirstOrThrow();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('bodyMembers').set({ endsOn }).where('id', '=', memberId).execute();
    await appendAudit(trx, ctx, { action: 'body_member.ended', entity: 'body', entityId: member.bodyId, scopePath: body.path, before: member, after: { ...member, endsOn } });
  });
  return { ...member, endsOn, fullName: person.fullName };
}
