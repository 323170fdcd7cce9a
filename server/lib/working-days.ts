import { addDays } from './dates.ts';

/**
 * Working days (ngày làm việc): Monday to Friday, minus public holidays and their compensatory days.
 * Pure: the caller loads the holiday calendar (table `holidays`) and passes it in. The SQL function
 * add_working_days (migration 0002) computes the same thing inside queries.
 */

export type HolidaySet = ReadonlySet<string>;

function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function isWorkingDay(day: string, holidays: HolidaySet): boolean {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && !holidays.has(day);
}

/** The n-th working day after `day` (the day itself is not counted); `day` itself when n <= 0. */
export function addWorkingDays(day: string, n: number, holidays: HolidaySet): string {
  let current = day;
  for (let left = n; left > 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current, holidays)) left--;
  }
  return current;
}

/**
 * Working days after `from` up to and including `to`: the inverse of addWorkingDays, so
 * workingDaysBetween(d, addWorkingDays(d, n)) === n. Negative when `to` comes before `from`.
 */
export function workingDaysBetween(from: string, to: string, holidays: HolidaySet): number {
  if (to < from) return -workingDaysBetween(to, from, holidays);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) count++;
  return count;
}

/** Calendar days that may hold the n-th working day after a day: enough to load holidays for. */
export function workingDaysHorizon(n: number): number {
  return n * 2 + 60;
}
