import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { combine, defaultOrganization, meetingTime, toInstant } from './time';
import type { Me } from '../../api/types';

describe('meeting times', () => {
  it('joins the day picked and the time picked into one instant with its offset', () => {
    const at = combine(dayjs('2026-11-05'), dayjs('2020-01-01T14:30:59'));
    expect(at.format('YYYY-MM-DD HH:mm:ss')).toBe('2026-11-05 14:30:00');
    expect(toInstant(at)).toMatch(/^2026-11-05T14:30:00[+-]\d\d:\d\d$/);
  });
  it('shows one date for a meeting within a day, both dates otherwise', () => {
    expect(meetingTime('2026-11-05T08:00:00', '2026-11-05T11:30:00')).toBe('08:00 – 11:30, 05/11/2026');
    expect(meetingTime('2026-11-05T08:00:00', '2026-11-06T11:30:00')).toBe('08:00 05/11/2026 – 11:30 06/11/2026');
    expect(meetingTime('soon', 'later')).toBe('soon – later');
  });
});

describe('the organization a new meeting is planned for', () => {
  const me = (grants: { organizationId: string; path: string }[], writePaths: string[]) =>
    ({ grants: grants.map((g) => ({ ...g, role: 'cell_secretary' })), scopes: { 'meetings.write': writePaths } }) as unknown as Me;
  it('is the first grant where the user may plan meetings', () => {
    const m = me([{ organizationId: 'a', path: '/r/a/' }, { organizationId: 'b', path: '/r/b/' }], ['/r/b/']);
    expect(defaultOrganization(m)).toBe('b');
    expect(defaultOrganization(me([{ organizationId: 'a', path: '/r/a/' }], []))).toBeUndefined();
    expect(defaultOrganization(null)).toBeUndefined();
  });
});
