import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { type FieldError, isApiError } from '../api/api';

/** The sentence to show for an error: the server's own title, or ours when it never answered. */
export function errorText(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.code === 'network.unavailable') return t('errors.network');
    if (error.code === 'resource.version_conflict') return t('errors.conflict');
    if (error.code === 'http.error') return `${t('errors.unknown')} (${error.status})`;
    return error.title;
  }
  return t('errors.unknown');
}

/** 'body.name' -> ['name']; 'body.grants.0.role' -> ['grants', 0, 'role']. */
export function fieldPath(field: string): (string | number)[] {
  const parts = field.split('.').filter(Boolean);
  if (parts[0] === 'body' || parts[0] === 'querystring' || parts[0] === 'params') parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts each field error next to its form field. Returns the errors that match no field of the form,
 * so the caller can show them elsewhere.
 */
export function applyFieldErrors(form: FormInstance, errors: FieldError[]): FieldError[] {
  const registered = form.getFieldsValue() as Record<string, unknown>;
  const unmatched: FieldError[] = [];
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const e of errors) {
    const name = fieldPath(e.field);
    const top = name[0];
    if (typeof top !== 'string' || !(top in registered)) {
      unmatched.push(e);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(e.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return unmatched;
}

/**
 * After a version conflict: fields the user has not touched take the record's current values, so that
 * saving again does not silently undo the other person's change; the user's own edits stay.
 */
export function mergeUntouched(form: FormInstance, current: object) {
  const fields = Object.entries(current)
    .filter(([name]) => !form.isFieldTouched(name))
    .map(([name, value]) => ({ name, value: value as unknown }));
  form.setFields(fields);
}

export interface ErrorOptions {
  form?: FormInstance;
  /** Queries holding the record that a 409 says is stale: they are reloaded. */
  reload?: QueryKey[];
  /** Problems without field errors that still belong to one field: code -> field name. */
  fieldFor?: Record<string, string>;
  /** Receives the record as it is now when the server answers 409 with it. */
  onConflict?: (current: unknown) => void;
}

/**
 * One error handler for every mutation: field errors go next to their fields, a version conflict
 * reloads the record, anything else becomes a message.
 */
export function useErrorHandler() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const qc = useQueryClient();
  return useCallback(
    (error: unknown, opts: ErrorOptions = {}) => {
      if (isApiError(error) && error.status === 409 && error.code === 'resource.version_conflict') {
        for (const key of opts.reload ?? []) void qc.invalidateQueries({ queryKey: key });
        if (error.current !== undefined) opts.onConflict?.(error.current);
        void message.warning(t('errors.conflict'), 6);
        return;
      }
      const field = isApiError(error) ? opts.fieldFor?.[error.code] : undefined;
      if (isApiError(error) && opts.form && field) {
        opts.form.setFields([{ name: field, errors: [error.title] }]);
        return;
      }
      if (isApiError(error) && opts.form && error.errors.length > 0) {
        const rest = applyFieldErrors(opts.form, error.errors);
        if (rest.length === 0) return;
        void message.error(`${error.title} ${rest.map((e) => `${e.label ?? e.field}: ${e.message}`).join('; ')}`);
        return;
      }
      void message.error(errorText(error, t));
    },
    [message, t, qc],
  );
}
