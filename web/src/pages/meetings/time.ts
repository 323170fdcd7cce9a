import dayjs, { type Dayjs } from 'dayjs';
import type { Me } from '../../api/types';
import { can } from '../../lib/permissions';

/** An instant with its offset, as the server wants it: '2026-11-05T08:00:00+07:00'. */
export const toInstant = (d: Dayjs): string => d.format('YYYY-MM-DDTHH:mm:ssZ');

/** A day and a time of day (from two pickers) as one moment. */
export function combine(day: Dayjs, time: Dayjs): Dayjs {
  return day.hour(time.hour()).minute(time.minute()).second(0).millisecond(0);
}

/** '08:00 – 11:30, 05/11/2026' (or both dates when it runs over several days). */
export function meetingTime(startsAt: string, endsAt: string): string {
  const s = dayjs(startsAt);
  const e = dayjs(endsAt);
  if (!s.isValid() || !e.isValid()) return `${startsAt} – ${endsAt}`;
  if (s.isSame(e, 'day')) return `${s.format('HH:mm')} – ${e.format('HH:mm')}, ${s.format('DD/MM/YYYY')}`;
  return `${s.format('HH:mm DD/MM/YYYY')} – ${e.format('HH:mm DD/MM/YYYY')}`;
}

/** Half-day shortcuts of the planning form. */
export const HALF_DAYS = {
  morning: { from: [8, 0], to: [11, 30] },
  afternoon: { from: [14, 0], to: [17, 0] },
} as const;
export type HalfDay = keyof typeof HALF_DAYS;

export const at = (hour: number, minute: number): Dayjs => dayjs().hour(hour).minute(minute).second(0).millisecond(0);

/** The organization a new meeting most likely belongs to: the user's first grant where they may plan meetings. */
export function defaultOrganization(me: Me | null | undefined): string | undefined {
  return me?.grants.find((g) => can(me, 'meetings.write', g.path))?.organizationId;
}
