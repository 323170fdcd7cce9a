import type { MemberStatus } from '../../../common/enums.ts';
import type { Ctx } from '../../http/context.ts';
import type { ActionBody } from './members.actions.schema.ts';
import { addWorkingDays } from '../../lib/working-days.ts';
import { holidaysAfter, ruleOn } from '../rules/index.ts';
import { refuse, requireStatus, runAction } from './members.workflow.ts';

/** Retirement, discipline (kỷ luật), removal from the register (xóa tên), leaving, death. */

/** Members of the Party, as opposed to applicants: the ones discipline and removal apply to. */
const IN_PARTY: readonly MemberStatus[] = ['probationary', 'official', 'exempt', 'temporarily_elsewhere', 'transferred_out'];

/**
 * Nghỉ hưu changes nothing in the member's status; the event marks it for dues and statistics. A
 * retirement that needs a transfer (to the party organization of the place of residence) starts the
 * transfer deadline of an official transfer from the day of retirement; the reminders show it until
 * the transfer out is recorded.
 */
export function recordRetirement(ctx: Ctx, id: string, body: ActionBody<'retirement'>) {
  return runAction(ctx, id, 'retirement', body, async (trx) => {
    const details: Record<string, unknown> = { needsTransfer: body.needsTransfer };
    if (body.needsTransfer) {
      const days = await ruleOn(trx, 'member.transfer.official_within_working_days', body.on);
      details.transferDueOn = addWorkingDays(body.on, days, await holidaysAfter(trx, body.on, days));
    }
    return { event: { kind: 'retirement', occurredOn: body.on, details, note: body.note ?? null } };
  });
}

export function recordDiscipline(ctx: Ctx, id: string, body: ActionBody<'discipline'>) {
  return runAction(ctx, id, 'discipline', body, async (trx, member) => {
    requireStatus(member, IN_PARTY);
    if (body.decidingBody === 'cell') {
      const forms = await ruleOn(trx, 'member.discipline.cell_forms', body.decidedOn);
      if (!forms.includes(body.form)) refuse('member.discipline_not_cell_level', { forms: forms.join(', ') });
    }
    return {
      ...(body.form === 'khai_tru' ? { status: 'expelled' as const } : {}),
      event: {
        kind: 'discipline', occurredOn: body.decidedOn, decision: body.decision,
        details: { form: body.form, decidingBody: body.decidingBody, reason: body.reason ?? null }, note: body.note ?? null,
      },
    };
  });
}

export function recordRemoval(ctx: Ctx, id: string, body: ActionBody<'removal'>) {
  return runAction(ctx, id, 'removal', body, async (_trx, member) => {
    requireStatus(member, IN_PARTY);
    return {
      status: 'removed',
      event: { kind: 'removal', occurredOn: body.decidedOn, decision: body.decision, details: { reason: body.reason ?? null }, note: body.note ?? null },
    };
  });
}

export function recordLeave(ctx: Ctx, id: string, body: ActionBody<'leave'>) {
  return runAction(ctx, id, 'leave', body, async () => ({
    status: 'left',
    event: { kind: 'leave', occurredOn: body.on, note: body.note ?? null },
  }));
}

export function recordDeath(ctx: Ctx, id: string, body: ActionBody<'death'>) {
  return runAction(ctx, id, 'death', body, async () => ({
    status: 'deceased',
    event: { kind: 'death', occurredOn: body.on, note: body.note ?? null },
  }));
}
