import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingsMessages } from '../../i18n/meetings.vi';

/** 'agenda.add', 'kinds.cell_regular'...: every text of the meetings catalogue. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MeetingsKey = Leaves<MeetingsMessages>;
export type MeetingsT = (key: MeetingsKey, values?: Record<string, string | number>) => string;

/**
 * The meetings namespace with its keys checked against the catalogue. It is typed here rather than in
 * the i18next module augmentation, whose union of every namespace's keys is already near TypeScript's
 * instantiation depth; the component still re-renders when the language changes.
 */
export function useMeetingsT(): { t: MeetingsT } {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const t = useCallback<MeetingsT>(
    (key, values) => {
      const k: string = `meetings:${key}`;
      return i18n.t(k, { ...values, lng, defaultValue: key });
    },
    [i18n, lng],
  );
  return { t };
}
