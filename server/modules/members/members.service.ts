import { randomUUID } from 'node:crypto';
import { type Kysely, type Transaction, sql } from 'kysely';
import { isCellKind } from '../../../common/enums.ts';
import { json } from '../../db/json.ts';
import type { DB } from '../../db/schema.ts';
import { checkVersion } from '../../http/concurrency.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { organizationFor } from '../../http/scope.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { type Actor } from '../../lib/roles.ts';
import { appendAudit } from '../audit/index.ts';
import { findMember, findMemberByPerson, memberEvents } from './members.queries.ts';
import type { CreateMember, Member, MemberEvent, UpdateMember } from './members.schema.ts';

/** A cell (chi bộ) where the actor may keep member records: anything else does not exist for them. */
export async function writableCell(db: Kysely<DB>, actor: Actor, cellId: string) {
  const cell = await organizationFor(db, actor, cellId, 'members.write');
  if (!isCellKind(cell.kind) || cell.dissolvedOn) throw new AppError(422, 'member.not_a_cell');
  return cell;
}

export async function getMember(ctx: Ctx, id: string): Promise<Member> {
  const m = await findMember(ctx.db, ctx.actor, id, todayInVietnam());
  if (!m) throw notFound();
  return m;
}

/** The logged-in user's own record, through the person their account is linked to. */
export async function getOwnMember(ctx: Ctx): Promise<Member> {
  const m = ctx.actor.personId ? await findMemberByPerson(ctx.db, ctx.actor.personId, todayInVietnam()) : undefined;
  if (!m) throw notFound();
  return m;
}

export async function listEvents(ctx: Ctx, id: string): Promise<MemberEvent[]> {
  await getMember(ctx, id);
  return memberEvents(ctx.db, id);
}

/** Dates entered from an existing record must at least follow each other. */
function checkRecordedDates(input: CreateMember) {
  const { admissionDecisionDate: decided, ceremonyDate: ceremony, officialRecognitionDate: recognized } = input;
  if (decided && ceremony && ceremony < decided) throw new AppError(409, 'member.ceremony_before_decision');
  if (recognized && (ceremony ?? decided) && recognized < (ceremony ?? decided ?? recognized)) {
    throw new AppError(409, 'member.dates_inconsistent', { detail: 'officialRecognitionDate' });
  }
}

function newRecord(input: CreateMember, id: string) {
  const application = input.origin === 'application';
  if (!application) checkRecordedDates(input);
  return {
    id,
    personId: input.personId,
    cellId: input.cellId,
    status: application ? 'applicant' : (input.status ?? 'official'),
    partyCardNumber: input.partyCardNumber ?? null,
    citizenId: input.citizenId ?? null,
    admissionDecisionNumber: application ? null : (input.admissionDecisionNumber ?? null),
    admissionDecisionDate: application ? null : (input.admissionDecisionDate ?? null),
    ceremonyDate: application ? null : (input.ceremonyDate ?? null),
    officialRecognitionDate: application ? null : (input.officialRecognitionDate ?? null),
    educationLevel: input.educationLevel ?? null,
    politicalTheoryLevel: input.politicalTheoryLevel ?? null,
    occupation: input.occupation ?? null,
    position: input.position ?? null,
    contact: input.contact ?? null,
  };
}

export async function createMember(ctx: Ctx, input: CreateMember): Promise<Member> {
  // Who may not write in the cell is told so before any rule about the record.
  const cell = await writableCell(ctx.db, ctx.actor, input.cellId);
  if (input.origin === 'application' && input.status && input.status !== 'applicant') {
    throw new AppError(409, 'member.invalid_transition', { status: input.status });
  }
  const person = await ctx.db.selectFrom('people').select('id').where('id', '=', input.personId).where('deletedAt', 'is', null).executeTakeFirst();
  if (!person) throw notFound();
  const id = randomUUID();
  const today = todayInVietnam();
  const row = newRecord(input, id);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('members').select('id').where('personId', '=', input.personId).forUpdate().executeTakeFirst();
    if (existing) throw new AppError(409, 'member.already_exists', {}, { memberId: existing.id });
    await trx.insertInto('members').values(row).execute();
    const application = input.origin === 'application';
    await insertEvent(trx, ctx, id, {
      kind: application ? 'application' : 'recorded',
      occurredOn: application ? (input.applicationDate ?? today) : today,
      statusAfter: row.status,
      details: application ? {} : { origin: 'record' },
      note: input.note ?? null,
    });
    const created = await findMember(trx, ctx.actor, id, today);
    if (!created) throw notFound();
    await appendAudit(trx, ctx, { action: 'member.created', entity: 'member', entityId: id, scopePath: cell.path, after: created });
    return created;
  });
}

export async function updateMember(ctx: Ctx, id: string, input: UpdateMember): Promise<Member> {
  const today = todayInVietnam();
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('members').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    const before = checkVersion(locked ? await findMember(trx, ctx.actor, id, today, 'members.write') : undefined, input.version);
    const { version: _v, ...patch } = input;
    await trx
      .updateTable('members')
      .set({ ...patch, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })
      .where('id', '=', id)
      .execute();
    const after = await findMember(trx, ctx.actor, id, today);
    if (!after) throw notFound();
    await appendAudit(trx, ctx, { action: 'member.updated', entity: 'member', entityId: id, scopePath: before.cellPath, before, after });
    return after;
  });
}

export interface NewEvent {
  kind: string;
  occurredOn: string;
  statusAfter: string | null;
  decision?: { number?: string | undefined; symbol?: string | undefined; issuer?: string | undefined } | undefined;
  details?: Record<string, unknown>;
  note?: string | null;
}

export async function insertEvent(trx: Transaction<DB>, ctx: Ctx, memberId: string, e: NewEvent): Promise<MemberEvent> {
  return (await trx
    .insertInto('memberEvents')
    .values({
      id: randomUUID(),
      memberId,
      kind: e.kind,
      occurredOn: e.occurredOn,
      statusAfter: e.statusAfter,
      decisionNumber: e.decision?.number ?? null,
      decisionSymbol: e.decision?.symbol ?? null,
      decisionIssuer: e.decision?.issuer ?? null,
      details: json(e.details ?? {}),
      note: e.note ?? null,
      createdBy: ctx.actor.userId,
    })
    .returning(['id', 'kind', 'occurredOn', 'statusAfter', 'decisionNumber', 'decisionSymbol', 'decisionIssuer', 'details', 'note', 'createdAt'])
    .executeTakeFirstOrThrow()) as MemberEvent;
}
