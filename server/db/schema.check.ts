import type { InsertType, SelectType } from 'kysely';
import type { DB } from './schema.ts';
import type { Json, MigratedDB, NullableJson } from './schema.gen.ts';

/**
 * Holds the hand-written table types (db/schema*.ts) to the migrated database (db/schema.gen.ts, kept in
 * step with the migrations by db/schema.test.ts). The type-check fails on `SchemaDrift`, naming each
 * table or column where the two disagree: a table or column one side lacks, a column NULL on one side
 * only, a value of another type, or a default (or generated value) the types do not mark `Generated`
 * (or mark where the database has none). The content of a jsonb column is the hand-written side's to say.
 */
type IsJson<G> = [SelectType<G>] extends [Json | NullableJson] ? true : false;
type Nullable<C> = [SelectType<C>] extends [NullableJson] ? true : [SelectType<C>] extends [Json] ? false : null extends SelectType<C> ? true : false;
type Value<C> = Exclude<SelectType<C>, null>;
/** What an insert may do with the column: not give it (a default), must give it, or may never give it. */
type OnInsert<C> = [InsertType<C>] extends [never] ? 'never given' : undefined extends InsertType<C> ? 'defaulted' : 'required';

type ColumnDrift<Name extends string, H, G> =
  | (Nullable<H> extends Nullable<G> ? never : `${Name}: nullable is ${Nullable<G>} in the database`)
  | (OnInsert<H> extends OnInsert<G> ? never : `${Name}: on insert, ${OnInsert<G>} in the database but ${OnInsert<H>} in the types`)
  | ([Value<H>] extends [never]
      ? `${Name}: its type reads as never`
      : IsJson<G> extends true
        ? never
        : [Value<H>] extends [Value<G>]
          ? never
          : `${Name}: its type is not the database's ${Value<G> & string}`);

type TableDrift<T extends string, H, G> =
  | `${T}.${Exclude<keyof G, keyof H> & string}: column missing from the types`
  | `${T}.${Exclude<keyof H, keyof G> & string}: column not in the database`
  | { [C in keyof G & keyof H & string]: ColumnDrift<`${T}.${C}`, H[C], G[C]> }[keyof G & keyof H & string];

type Both = keyof DB & keyof MigratedDB & string;
type Drift =
  | `${Exclude<keyof MigratedDB, keyof DB> & string}: table missing from the types`
  | `${Exclude<keyof DB, keyof MigratedDB> & string}: table not in the database`
  | { [T in Both]: TableDrift<T, DB[T], MigratedDB[T]> }[Both];

type NoDrift<D extends never> = D;
/** Fails to type-check while the hand-written types and the database differ; the message lists how. */
export type SchemaDrift = NoDrift<Drift>;
