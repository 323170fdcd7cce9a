import { conflict, notFound } from './errors.ts';

/**
 * The optimistic-lock check every update makes after reading the row FOR UPDATE: absent is 404,
 * a stale version is 409 carrying the current record.
 */
export function checkVersion<T extends { version: number }>(current: T | undefined, expected: number): T {
  if (!current) throw notFound();
  if (current.version !== expected) throw conflict(current);
  return current;
}
