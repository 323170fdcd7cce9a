import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentsMessages } from '../../i18n/documents.vi';

/** 'fields.summary', 'states.draft'...: every text of the documents catalogue. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type DocsKey = Leaves<DocumentsMessages>;
export type DocsT = (key: DocsKey, values?: Record<string, string | number>) => string;

/**
 * The documents namespace with its keys checked against the catalogue, typed here (as the meetings
 * one) rather than in the i18next module augmentation, which is near TypeScript's instantiation depth.
 */
export function useDocsT(): { t: DocsT } {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const t = useCallback<DocsT>(
    (key, values) => {
      const k: string = `documents:${key}`;
      return i18n.t(k, { ...values, lng, defaultValue: key });
    },
    [i18n, lng],
  );
  return { t };
}
