import dayjs, { type Dayjs } from 'dayjs';

/** The server speaks 'YYYY-MM-DD' for days; people read DD/MM/YYYY. */
export const DAY = 'YYYY-MM-DD';
export const DISPLAY_DAY = 'DD/MM/YYYY';

export function formatDay(day: string | null | undefined): string {
  if (!day) return '';
  // A birth date masked by the server (personal data, need to know): '1985-**-**' -> '**/**/1985'.
  if (/^\d{4}-\*\*-\*\*$/.test(day)) return `**/**/${day.slice(0, 4)}`;
  const d = dayjs(day);
  return d.isValid() ? d.format(DISPLAY_DAY) : day;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = dayjs(iso);
  return d.isValid() ? d.format('DD/MM/YYYY HH:mm') : iso;
}

/** `YYYY-MM-DD`; a required date field's value gives a string, an optional one may give null. */
export function toDay(d: Dayjs): string;
export function toDay(d: Dayjs | null | undefined): string | null;
export function toDay(d: Dayjs | null | undefined): string | null {
  return d ? d.format(DAY) : null;
}
export const fromDay = (day: string | null | undefined): Dayjs | null => (day ? dayjs(day) : null);
export const today = (): string => dayjs().format(DAY);

/** True when a period [startsOn, endsOn] covers today (open end = still running). */
export function isCurrent(startsOn: string, endsOn: string | null, on: string = today()): boolean {
  return startsOn <= on && (endsOn === null || endsOn >= on);
}
