import type { Transaction } from 'kysely';
import { MEMBER_STATUSES, type MemberStatus } from '../../../common/enums.ts';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { addWorkingDays } from '../../lib/working-days.ts';
import type { ActionBody } from './members.actions.schema.ts';
import { addMonths } from '../../lib/dates.ts';
import { latestEvent } from './members.queries.ts';
import { holidaysAfter, ruleOn } from '../rules/index.ts';
import { writableCell } from './members.service.ts';
import { refuse, requireStatus, runAction } from './members.workflow.ts';

/**
 * Chuyển sinh hoạt đảng: an official transfer moves the record away (completed when the receiving
 * organization confirms); a temporary one keeps it here. Also exemption from activities (miễn sinh hoạt).
 */

const TRANSFERABLE: readonly MemberStatus[] = ['official', 'probationary', 'exempt'];

export function transferOut(ctx: Ctx, id: string, body: ActionBody<'transfer-out'>) {
  return runAction(ctx, id, 'transfer-out', { version: body.version, terminalCode: 'member.transfer_not_allowed' }, async (trx, member) => {
    requireStatus(member, TRANSFERABLE, 'member.transfer_not_allowed');
    const details: Record<string, unknown> = {
      kind: body.kind, letterNumber: body.letterNumber ?? null, toOrganization: body.toOrganization,
      toOrganizationId: body.toOrganizationId ?? null, previousStatus: member.status, fromCellId: member.cellId,
    };
    if (body.kind === 'official') {
      const days = await ruleOn(trx, 'member.transfer.official_within_working_days', body.leftOn);
      details.dueOn = addWorkingDays(body.leftOn, days, await holidaysAfter(trx, body.leftOn, days));
    }
    return {
      status: body.kind === 'official' ? 'transferred_out' : 'temporarily_elsewhere',
      event: { kind: 'transfer_out', occurredOn: body.leftOn, details, note: body.note ?? null },
    };
  });
}

/** The official transfer out that no receipt has confirmed yet, if any. */
async function openTransfer(trx: Transaction<DB>, memberId: string) {
  const last = await latestEvent(trx, memberId, ['transfer_out', 'transfer_receipt', 'transfer_in']);
  return last?.kind === 'transfer_out' && last.details.kind === 'official' ? last : undefined;
}

export function transferReceipt(ctx: Ctx, id: string, body: ActionBody<'transfer-receipt'>) {
  return runAction(ctx, id, 'transfer-receipt', body, async (trx, member) => {
    requireStatus(member, ['transferred_out'], 'member.no_open_transfer');
    const open = await openTransfer(trx, member.id);
    if (!open || body.receivedOn < open.occurredOn) refuse('member.no_open_transfer');
    return {
      event: {
        kind: 'transfer_receipt', occurredOn: body.receivedOn,
        details: { reference: body.reference ?? null, transferEventId: open.id }, note: body.note ?? null,
      },
    };
  });
}

export function transferIn(ctx: Ctx, id: string, body: ActionBody<'transfer-in'>) {
  return runAction(ctx, id, 'transfer-in', { version: body.version, terminalCode: 'member.transfer_not_allowed' }, async (trx, member) => {
    requireStatus(member, ['temporarily_elsewhere', 'transferred_out'], 'member.transfer_not_allowed');
    await writableCell(trx, ctx.actor, body.cellId);
    // Back from elsewhere: still on probation if the 12 months from the ceremony are not over.
    let status: MemberStatus = 'official';
    if (!member.officialRecognitionDate && member.ceremonyDate) {
      const endsOn = addMonths(member.ceremonyDate, await ruleOn(trx, 'member.probation_months', member.ceremonyDate));
      if (endsOn > body.arrivedOn) status = 'probationary';
    }
    return {
      status,
      patch: { cellId: body.cellId },
      event: {
        kind: 'transfer_in', occurredOn: body.arrivedOn,
        details: { kind: body.kind, letterNumber: body.letterNumber ?? null, fromOrganization: body.fromOrganization ?? null, fromCellId: member.cellId },
        note: body.note ?? null,
      },
    };
  });
}

export function startExemption(ctx: Ctx, id: string, body: ActionBody<'exemption'>) {
  return runAction(ctx, id, 'exemption', body, async (_trx, member) => {
    requireStatus(member, ['official', 'probationary']);
    return {
      status: 'exempt',
      event: { kind: 'exemption', occurredOn: body.from, details: { grounds: body.grounds ?? null, previousStatus: member.status }, note: body.note ?? null },
    };
  });
}

export function endExemption(ctx: Ctx, id: string, body: ActionBody<'exemption-end'>) {
  return runAction(ctx, id, 'exemption-end', body, async (trx, member) => {
    requireStatus(member, ['exempt']);
    const started = await latestEvent(trx, member.id, ['exemption']);
    const previous = started?.details.previousStatus;
    const status = (MEMBER_STATUSES as readonly unknown[]).includes(previous) ? (previous as MemberStatus) : 'official';
    return { status, event: { kind: 'exemption_end', occurredOn: body.on, details: { exemptionEventId: started?.id ?? null }, note: body.note ?? null } };
  });
}
