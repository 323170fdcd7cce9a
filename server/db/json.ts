import { type ColumnType, type RawBuilder, sql } from 'kysely';

declare const jsonShape: unique symbol;

/** A value bound for a jsonb column, carrying the shape it holds: only `json()` makes one. */
export type JsonInput<T> = RawBuilder<T> & { readonly [jsonShape]: T };

const texts = new WeakMap<object, string>();

/**
 * `value` as a jsonb parameter: its JSON text, cast in the statement, the same on PGlite and PostgreSQL.
 * A JSON column's type (below) takes only a `json()` of its shape, so a raw string or an object the
 * driver would turn into a PostgreSQL array cannot slip in.
 */
export function json<T>(value: T): JsonInput<T> {
  const text = JSON.stringify(value);
  const input = sql<T>`${text}::jsonb` as JsonInput<T>;
  texts.set(input, text);
  return input;
}

/** The JSON text a `json()` value carries, for loads that send whole rows as one JSON document; else undefined. */
export function jsonText(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null ? texts.get(value) : undefined;
}

/** A JSON object whose keys the code does not fix (event details, report figures). */
export type JsonObject = Record<string, unknown>;

/** A jsonb column NOT NULL with no default, holding `T`. */
export type JsonColumn<T> = ColumnType<T, JsonInput<T>, JsonInput<T>>;
/** A jsonb column NOT NULL with a default ('[]' or '{}'): an insert may leave it out. */
export type DefaultedJsonColumn<T> = ColumnType<T, JsonInput<T> | undefined, JsonInput<T>>;
/** A jsonb column that may be NULL. */
export type NullableJsonColumn<T> = ColumnType<T | null, JsonInput<T> | null, JsonInput<T> | null>;
