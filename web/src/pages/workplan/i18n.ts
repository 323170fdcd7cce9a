import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkMessages } from '../../i18n/work.vi';

/** 'tasks.title', 'statuses.open'...: every text of the work catalogue. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type WorkKey = Leaves<WorkMessages>;
export type WorkT = (key: WorkKey, values?: Record<string, string | number>) => string;

/**
 * The work namespace with its keys checked against the catalogue. It is typed here rather than in
 * the i18next module augmentation, whose union of every namespace's keys is already near TypeScript's
 * instantiation depth; the component still re-renders when the language changes.
 */
export function useWorkT(): { t: WorkT } {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const t = useCallback<WorkT>(
    (key, values) => {
      const k: string = `work:${key}`;
      return i18n.t(k, { ...values, lng, defaultValue: key });
    },
    [i18n, lng],
  );
  return { t };
}
