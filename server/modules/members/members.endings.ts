import type { MemberStatus } from '../../../common/enums.ts';
import type { Ctx } from '../../http/context.ts';
import type { ActionBody } from './members.actions.schema.ts';
import { ruleOn } from '../rules/rules.ts';
import { refuse, requireStatus, runAction } from './members.workflow.ts';

/** Retirement, discipline (kỷ luật), removal from the register (xóa tên), leaving, death. */

/** Members of the Party, as opposed to applicants: the ones discipline and removal apply to. */
const IN_PARTY: readonly MemberStatus[] = ['probationary', 'official', 'exempt', 'temporarily_elsewhere', 'transferred_out'];

export function recordRetirement(ctx: Ctx, id: string, body: ActionBody<'retirement'>) {
  // Nghỉ hưu changes nothing in the member's status; the event marks it for dues and statistics.
  return runAction(ctx, id, 'retirement', body, async () => ({
    event: { kind: 'retirement', occurredOn: body.on, note: body.note ?? null },
  }));
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
