import { z } from 'zod';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the string names a day that exists on the calendar (2024-02-29 yes, 2025-02-29 no). */
export function isCalendarDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A calendar day 'YYYY-MM-DD' that must exist: 2025-02-31 is refused with `date.invalid`. */
export const isoDay = z
  .string()
  .regex(ISO_DAY, 'YYYY-MM-DD')
  .refine(isCalendarDay, {
    message: 'date.invalid',
    params: { text: { vi: 'Ngày không tồn tại.', en: 'No such date.' } },
  });

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today in Vietnam (UTC+7), where the office works. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
