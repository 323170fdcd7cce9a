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

/**
 * The days the app accepts, in every route. The office's records start with the Party's history (1930)
 * and a member's birth a few decades before; nothing it plans runs past this century. Beyond it a day is
 * a typing error, and 9999-12-31 plus a deadline overflows PostgreSQL's date arithmetic.
 */
export const DAY_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

/** A calendar day 'YYYY-MM-DD' that must exist (2025-02-31 is refused) and lie within DAY_RANGE. */
export const isoDay = z
  .string()
  .regex(ISO_DAY, 'YYYY-MM-DD')
  .refine(isCalendarDay, {
    message: 'date.invalid',
    params: { text: { vi: 'Ngày không tồn tại.', en: 'No such date.' } },
  })
  .refine((d) => d >= DAY_RANGE.min && d <= DAY_RANGE.max, {
    message: 'date.out_of_range',
    params: {
      text: {
        vi: `Ngày phải trong khoảng ${DAY_RANGE.min} đến ${DAY_RANGE.max}.`,
        en: `The date must be between ${DAY_RANGE.min} and ${DAY_RANGE.max}.`,
      },
    },
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

// Month arithmetic as PostgreSQL does it (date + interval 'n months' clamps to the month's last day).

function dayParts(day: string): [number, number, number] {
  const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
  return [y, m, d];
}

export function addMonths(day: string, months: number): string {
  const [y, m, d] = dayParts(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole months from `from` to `to`: age "counted by month" (tuổi tính theo tháng). */
export function fullMonthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = dayParts(from);
  const [y2, m2, d2] = dayParts(to);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
