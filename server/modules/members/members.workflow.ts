import { type Transaction, sql } from 'kysely';
import type { MemberStatus } from '../../../common/enums.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { AppError, conflict, notFound } from '../../http/errors.ts';
import type { MessageCode } from '../../http/messages.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { appendAudit } from '../audit/index.ts';
import { findMember } from './members.queries.ts';
import type { ActionResult, Member } from './members.schema.ts';
import { type NewEvent, insertEvent } from './members.service.ts';

/** Statuses after which the record is history: no workflow applies any more. */
export const TERMINAL: readonly MemberStatus[] = ['removed', 'expelled', 'left', 'deceased'];

/** What a workflow step decides: the new status (or none), the record's changed dates, the event. */
export interface Transition {
  status?: MemberStatus;
  patch?: {
    cellId?: string;
    admissionDecisionNumber?: string | null;
    admissionDecisionDate?: string;
    ceremonyDate?: string;
    officialRecognitionDate?: string;
  };
  event: Omit<NewEvent, 'statusAfter'>;
}

export type Decide = (trx: Transaction<DB>, member: Member) => Promise<Transition>;

export function refuse(code: MessageCode, vars: Record<string, string | number> = {}): never {
  throw new AppError(409, code, vars);
}

/** Refuses unless the member's status is one of `allowed`. */
export function requireStatus(member: Member, allowed: readonly MemberStatus[], code: MessageCode = 'member.invalid_transition') {
  if (!allowed.includes(member.status)) refuse(code, { status: member.status });
}

/** "45" and "QĐ/ĐU" print as "45-QĐ/ĐU", the party style (no colon, a hyphen). */
export function decisionText(d: { number?: string | undefined; symbol?: string | undefined } | undefined): string | null {
  if (!d?.number && !d?.symbol) return null;
  return [d.number, d.symbol].filter(Boolean).join('-');
}

/**
 * Runs one workflow step: locks the record, checks the version and that the status is not terminal,
 * lets `decide` check its rule (a refusal throws and rolls everything back), then saves the record,
 * the event and the audit row in the same transaction.
 */
export async function runAction(
  ctx: Ctx,
  id: string,
  action: string,
  opts: { version?: number | undefined; terminalCode?: MessageCode },
  decide: Decide,
): Promise<ActionResult> {
  const today = todayInVietnam();
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom('members').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
    const before = locked ? await findMember(trx, ctx.actor, id, today, 'members.write') : undefined;
    if (!before) throw notFound();
    if (opts.version !== undefined && before.version !== opts.version) throw conflict(before);
    if (TERMINAL.includes(before.status)) refuse(opts.terminalCode ?? 'member.invalid_transition', { status: before.status });
    const t = await decide(trx, before);
    const status = t.status ?? before.status;
    await trx
      .updateTable('members')
      .set({ ...t.patch, status, version: sql<number>`version + 1`, updatedAt: sql<string>`now()` })
      .where('id', '=', id)
      .execute();
    const event = await insertEvent(trx, ctx, id, { ...t.event, statusAfter: status });
    const after = await findMember(trx, ctx.actor, id, today);
    if (!after) throw notFound();
    await appendAudit(trx, ctx, {
      action: `member.${action}`,
      entity: 'member',
      entityId: id,
      scopePath: after.cellPath,
      before,
      after: { member: after, event },
    });
    return { member: after, event };
  });
}
