import type { AttendanceState, MajorityKind } from '../../../common/enums.ts';
import type { Quorum } from './meetings.schema.ts';

/**
 * Quorum and majorities (domain.md "Meetings"). Pure: the service hands in the participants with the
 * member status each had on the meeting's day, and the rule values valid that day.
 */

export type QuorumBasis = Quorum['basis'];

export interface QuorumParticipant {
  kind: 'attendee' | 'guest' | 'unit';
  memberStatus: string | null;
  /** Body meetings: a member of the body on the day. */
  inQuorumBase: boolean;
  attendance: AttendanceState;
}

export interface Share {
  numerator: number;
  denominator: number;
}

export interface MajorityRule extends Share {
  /** true: more than the share ("quá nửa"); false: at least the share ("ít nhất 2/3"). */
  strict: boolean;
}

/**
 * Whether a participant counts in the base. A cell's base is its official members, less those
 * temporarily active elsewhere and exempt members who are absent (an exempt member who attends counts).
 * Probationary members attend but are not in the base.
 */
export function inBase(p: QuorumParticipant, basis: QuorumBasis): boolean {
  if (p.kind !== 'attendee') return false;
  switch (basis) {
    case 'cell':
      if (p.memberStatus === 'official') return true;
      return p.memberStatus === 'exempt' && p.attendance === 'present';
    case 'body':
      return p.inQuorumBase;
    case 'none':
      return false;
  }
}

/** At least `share` of `base`, rounded up: 2/3 of 10 is 7. */
export function atLeast(base: number, share: Share): number {
  return Math.ceil((base * share.numerator) / share.denominator);
}

export function computeQuorum(participants: readonly QuorumParticipant[], basis: QuorumBasis, share: Share): Quorum {
  const attendees = participants.filter((p) => p.kind === 'attendee');
  const countStatus = (status: string) => attendees.filter((p) => p.memberStatus === status).length;
  const countAttendance = (a: AttendanceState) => attendees.filter((p) => p.attendance === a).length;
  const base = attendees.filter((p) => inBase(p, basis)).length;
  const present = attendees.filter((p) => p.attendance === 'present' && inBase(p, basis)).length;
  const presentAll = participants.filter((p) => p.kind !== 'unit' && p.attendance === 'present').length;
  const applicable = basis !== 'none';
  const required = applicable ? atLeast(base, share) : 0;
  return {
    applicable,
    basis,
    invited: attendees.length,
    official: countStatus('official'),
    probationary: countStatus('probationary'),
    exempt: countStatus('exempt'),
    exemptPresent: attendees.filter((p) => p.memberStatus === 'exempt' && p.attendance === 'present').length,
    temporarilyElsewhere: countStatus('temporarily_elsewhere'),
    base,
    present,
    presentOthers: presentAll - present,
    absentExcused: countAttendance('absent_excused'),
    absentUnexcused: countAttendance('absent_unexcused'),
    pending: countAttendance('pending'),
    share: { numerator: share.numerator, denominator: share.denominator },
    required,
    met: applicable ? base > 0 && present >= required : true,
  };
}

/** Who may vote and on what base: the quorum base where there is one, else everyone present. */
export function votingBase(q: Quorum): { base: number; voters: number } {
  if (!q.applicable) return { base: q.present + q.presentOthers, voters: q.present + q.presentOthers };
  return { base: q.base, voters: q.present };
}

/** The votes in favour a decision needs: "quá nửa" is floor(base/2)+1, "2/3" is ceil(2·base/3). */
export function requiredVotes(base: number, rule: MajorityRule): number {
  if (!rule.strict) return atLeast(base, rule);
  return Math.floor((base * rule.numerator) / rule.denominator) + 1;
}

export const MAJORITY_RULE_KEYS: Record<MajorityKind, 'meeting.majority.simple' | 'meeting.majority.two_thirds'> = {
  simple: 'meeting.majority.simple',
  two_thirds: 'meeting.majority.two_thirds',
};
