import { Input } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs from 'dayjs';
import type { DocsT } from './i18n';

/**
 * A day typed as the clerk reads it (05/03/2026, 5/3/2026, 05-03-2026, 05.03.2026 or 05032026), kept as
 * typed: a date that cannot be read stays in the field with an error next to it, and is never replaced
 * by another day (a date picker silently puts back the last valid one).
 */

const SEPARATED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DIGITS = /^(\d{2})(\d{2})(\d{4})$/;

/** 'YYYY-MM-DD' of a typed day, or null when it is not a day of the calendar. */
export function parseTypedDay(text: string | undefined): string | null {
  const m = SEPARATED.exec(text?.trim() ?? '') ?? DIGITS.exec(text?.trim() ?? '');
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A day as typed in the field: DD/MM/YYYY. */
export const typedDay = (day: string | null | undefined): string => (day ? dayjs(day).format('DD/MM/YYYY') : '');

/** The rule of a day field beside its required rule: readable as a day. */
export function dayRule(t: DocsT): Rule {
  return {
      validator: (_, value: string | undefined) =>
      !value?.trim() || parseTypedDay(value) ? Promise.resolve() : Promise.reject(new Error(t('entry.dayInvalid', { text: value.trim() }))),
  };
}

/** The input itself (value and onChange come from Form.Item). */
export function DayInput(props: { id?: string; value?: string; onChange?: (v: string) => void; placeholder: string }) {
  return (
    <Input
      id={props.id}
      value={props.value}
      onChange={(e) => props.onChange?.(e.target.value)}
      placeholder={props.placeholder}
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
    />
  );
}
