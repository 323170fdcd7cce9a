import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterImportMessages } from '../../i18n/register-import.vi';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type RegisterImportT = (key: Leaves<RegisterImportMessages>, values?: Record<string, string | number>) => string;

/** The registerImport namespace, its keys checked against the catalogue (typed here, as documents' is). */
export function useRegisterImportT(): { t: RegisterImportT } {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const t = useCallback<RegisterImportT>((key, values) => i18n.t(`registerImport:${key}`, { ...values, lng, defaultValue: key }), [i18n, lng]);
  return { t };
}
