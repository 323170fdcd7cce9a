import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Ctx } from '../../http/context.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { addWorkingDays } from '../../lib/working-days.ts';
import type { ActionBody } from './members.actions.schema.ts';
import { addMonths, fullMonthsBetween } from '../../lib/dates.ts';
import { latestEvent } from './members.queries.ts';
import { holidaysAfter, ruleOn } from '../rules/index.ts';
import type { Member } from './members.schema.ts';
import { decisionText, refuse, requireStatus, runAction } from './members.workflow.ts';

/**
 * From application to official membership (kết nạp, dự bị, công nhận chính thức): each step checks the
 * rule valid on its date, working days counted on the holiday calendar.
 */

async function applicationDate(trx: Transaction<DB>, member: Member): Promise<string> {
  return (await latestEvent(trx, member.id, ['application']))?.occurredOn ?? todayInVietnam();
}

export function recordIntroducers(ctx: Ctx, id: string, body: ActionBody<'introducers'>) {
  return runAction(ctx, id, 'introducers', body, async (trx, member) => {
    requireStatus(member, ['applicant']);
    const appliedOn = await applicationDate(trx, member);
    const count = await ruleOn(trx, 'member.admission.introducers_count', appliedOn);
    const months = await ruleOn(trx, 'member.admission.introducer_acquaintance_months', appliedOn);
    const ids = body.introducers.map((i) => i.memberId);
    const found = await trx
      .selectFrom('members as m')
      .innerJoin('people as p', 'p.id', 'm.personId')
      .select(['m.id', 'm.status', 'p.fullName'])
      .where('m.id', 'in', ids)
      .execute();
    const byId = new Map(found.map((f) => [f.id, f]));
    // Người giới thiệu: official members who have known the applicant long enough, two different people.
    const valid =
      ids.length === count &&
      new Set(ids).size === ids.length &&
      body.introducers.every((i) => {
        const m = byId.get(i.memberId);
        return m && m.id !== member.id && m.status === 'official' && fullMonthsBetween(i.knownSince, appliedOn) >= months;
      });
    if (!valid) refuse('member.introducers_invalid', { count, months });
    const introducers = body.introducers.map((i) => ({ ...i, fullName: byId.get(i.memberId)?.fullName ?? '' }));
    return { event: { kind: 'introducers', occurredOn: todayInVietnam(), details: { introducers, applicationDate: appliedOn }, note: body.note ?? null } };
  });
}

export function recordCourseCertificate(ctx: Ctx, id: string, body: ActionBody<'course-certificate'>) {
  return runAction(ctx, id, 'course-certificate', body, async (_trx, member) => {
    requireStatus(member, ['applicant']);
    return {
      event: { kind: 'course_certificate', occurredOn: body.issuedOn, details: { number: body.number ?? null, issuer: body.issuer ?? null }, note: body.note ?? null },
    };
  });
}

export function recordCellResolution(ctx: Ctx, id: string, body: ActionBody<'cell-resolution'>) {
  return runAction(ctx, id, 'cell-resolution', body, async (trx, member) => {
    requireStatus(member, ['applicant']);
    const share = await ruleOn(trx, 'member.admission.resolution_share', body.resolvedOn);
    // Whole numbers only: votes / members >= n / d  <=>  votes * d >= n * members.
    if (body.votesFor > body.officialMembers || body.votesFor * share.denominator < share.numerator * body.officialMembers) {
      refuse('member.resolution_share_too_low', { share: `${share.numerator}/${share.denominator}` });
    }
    return {
      event: { kind: 'cell_resolution', occurredOn: body.resolvedOn, details: { votesFor: body.votesFor, officialMembers: body.officialMembers }, note: body.note ?? null },
    };
  });
}

/** Every condition of admission, checked on the day of the decision. */
async function checkAdmission(trx: Transaction<DB>, member: Member, decidedOn: string) {
  if (!(await latestEvent(trx, member.id, ['introducers']))) {
    const count = await ruleOn(trx, 'member.admission.introducers_count', decidedOn);
    const months = await ruleOn(trx, 'member.admission.introducer_acquaintance_months', decidedOn);
    refuse('member.introducers_invalid', { count, months });
  }
  const certificate = await latestEvent(trx, member.id, ['course_certificate']);
  if (!certificate) refuse('member.certificate_missing');
  const validity = await ruleOn(trx, 'member.admission.certificate_validity_months', decidedOn);
  if (certificate.occurredOn > decidedOn || addMonths(certificate.occurredOn, validity) < decidedOn) {
    refuse('member.certificate_expired', { months: validity });
  }
  const resolution = await latestEvent(trx, member.id, ['cell_resolution']);
  if (!resolution || resolution.occurredOn > decidedOn) refuse('member.resolution_missing');
  const [min, max] = [await ruleOn(trx, 'member.admission.age_min_years', decidedOn), await ruleOn(trx, 'member.admission.age_max_years', decidedOn)];
  if (!member.birthDate) refuse('member.birth_date_missing');
  const age = fullMonthsBetween(member.birthDate, decidedOn);
  if (age < min * 12 || age > max * 12) refuse('member.age_out_of_range', { min, max });
}

export function recordAdmissionDecision(ctx: Ctx, id: string, body: ActionBody<'admission-decision'>) {
  return runAction(ctx, id, 'admission-decision', body, async (trx, member) => {
    requireStatus(member, ['applicant']);
    if (member.admissionDecisionDate) refuse('member.invalid_transition', { status: member.status });
    await checkAdmission(trx, member, body.decidedOn);
    return {
      patch: { admissionDecisionDate: body.decidedOn, admissionDecisionNumber: decisionText(body.decision) },
      event: { kind: 'admission_decision', occurredOn: body.decidedOn, decision: body.decision, note: body.note ?? null },
    };
  });
}

export function recordCeremony(ctx: Ctx, id: string, body: ActionBody<'ceremony'>) {
  return runAction(ctx, id, 'ceremony', body, async (trx, member) => {
    requireStatus(member, ['applicant']);
    const decidedOn = member.admissionDecisionDate;
    if (!decidedOn) refuse('member.invalid_transition', { status: member.status });
    if (body.heldOn < decidedOn) refuse('member.ceremony_before_decision');
    const days = await ruleOn(trx, 'member.admission.ceremony_within_working_days', decidedOn);
    const dueOn = addWorkingDays(decidedOn, days, await holidaysAfter(trx, decidedOn, days));
    if (body.heldOn > dueOn) refuse('member.ceremony_too_late', { days, dueOn });
    return {
      status: 'probationary',
      patch: { ceremonyDate: body.heldOn },
      event: { kind: 'ceremony', occurredOn: body.heldOn, details: { dueOn }, note: body.note ?? null },
    };
  });
}

export function recordOfficialRecognition(ctx: Ctx, id: string, body: ActionBody<'official-recognition'>) {
  return runAction(ctx, id, 'official-recognition', body, async (trx, member) => {
    requireStatus(member, ['probationary'], 'member.not_probationary');
    const ceremony = member.ceremonyDate ?? body.decidedOn;
    const endsOn = addMonths(ceremony, await ruleOn(trx, 'member.probation_months', ceremony));
    if (body.decidedOn < endsOn) refuse('member.probation_not_ended', { endsOn });
    const days = await ruleOn(trx, 'member.recognition_within_working_days', endsOn);
    const dueOn = addWorkingDays(endsOn, days, await holidaysAfter(trx, endsOn, days));
    // Late recognition is still recognition; the record keeps the fact for the inspection committee.
    return {
      status: 'official',
      patch: { officialRecognitionDate: body.decidedOn },
      event: {
        kind: 'official_recognition', occurredOn: body.decidedOn, decision: body.decision,
        details: { probationEndsOn: endsOn, dueOn, late: body.decidedOn > dueOn }, note: body.note ?? null,
      },
    };
  });
}

export function recordProbationRemoval(ctx: Ctx, id: string, body: ActionBody<'probation-removal'>) {
  return runAction(ctx, id, 'probation-removal', body, async (_trx, member) => {
    requireStatus(member, ['probationary'], 'member.not_probationary');
    return {
      status: 'removed',
      event: { kind: 'probation_removal', occurredOn: body.decidedOn, decision: body.decision, details: { reason: body.reason ?? null }, note: body.note ?? null },
    };
  });
}
