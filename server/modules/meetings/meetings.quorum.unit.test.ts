import { describe, expect, it } from 'vitest';
import { type QuorumParticipant, atLeast, computeQuorum, requiredVotes, votingBase } from './meetings.quorum.ts';

const twoThirds = { numerator: 2, denominator: 3 };
const p = (memberStatus: string | null, attendance: QuorumParticipant['attendance'], kind: QuorumParticipant['kind'] = 'attendee', inQuorumBase = false): QuorumParticipant =>
  ({ kind, memberStatus, attendance, inQuorumBase });

describe('quorum of a cell meeting', () => {
  it('is the official members, less those elsewhere and absent exempt members; exempt members who attend count', () => {
    const people = [
      ...Array.from({ length: 9 }, () => p('official', 'present')),
      p('official', 'absent_excused'),
      p('exempt', 'absent_excused'),
      p('exempt', 'present'),
      p('temporarily_elsewhere', 'absent_excused'),
      p('probationary', 'present'),
      p(null, 'present', 'guest'),
    ];
    const q = computeQuorum(people, 'cell', twoThirds);
    expect(q).toMatchObject({ base: 11, present: 10, required: 8, met: true, presentOthers: 2, exemptPresent: 1, temporarilyElsewhere: 1 });
  });

  it('is not met below two thirds, and never with an empty base', () => {
    const people = [p('official', 'present'), p('official', 'absent_unexcused'), p('official', 'absent_excused')];
    expect(computeQuorum(people, 'cell', twoThirds)).toMatchObject({ base: 3, present: 1, required: 2, met: false });
    expect(computeQuorum([p('probationary', 'present')], 'cell', twoThirds)).toMatchObject({ base: 0, met: false });
  });

  it('of a body meeting is its members that day; a briefing has none', () => {
    const people = [p(null, 'present', 'attendee', true), p(null, 'present', 'attendee', true), p(null, 'absent_excused', 'attendee', true), p(null, 'present')];
    expect(computeQuorum(people, 'body', twoThirds)).toMatchObject({ base: 3, present: 2, required: 2, met: true, presentOthers: 1 });
    const briefing = computeQuorum(people, 'none', twoThirds);
    expect(briefing).toMatchObject({ applicable: false, met: true });
    expect(votingBase(briefing)).toEqual({ base: 3, voters: 3 });
  });
});

describe('majorities', () => {
  it('"more than half" and "at least two thirds"', () => {
    const simple = { numerator: 1, denominator: 2, strict: true };
    const twoThirdsAtLeast = { ...twoThirds, strict: false };
    expect([6, 7, 10, 11].map((b) => requiredVotes(b, simple))).toEqual([4, 4, 6, 6]);
    expect([6, 7, 10, 12].map((b) => requiredVotes(b, twoThirdsAtLeast))).toEqual([4, 5, 7, 8]);
    expect(atLeast(9, twoThirds)).toBe(6);
  });
});
