import { type Kysely, sql } from 'kysely';
import { jsonText } from '../db/json.ts';
import type { DB } from '../db/schema.ts';

/**
 * Bulk inserts of many rows in one statement: the rows travel as one JSON array parameter read by
 * json_populate_recordset, which takes each column's type from the table, so a chunk of thousands of rows
 * costs one parse and one plan instead of tens of thousands of bound parameters. Columns are those the
 * rows name (camelCase, as Kysely's), so the table's defaults and generated columns apply to the rest.
 */

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The rows as a JSON array; values of `jsonColumns` (a `json()` value, or jsonb written as text) are copied in as they are. */
export function rowsAsJson(rows: readonly object[], jsonColumns: ReadonlySet<string>): { json: string; columns: string[] } {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const parts = keys.map((k) => ({ k, head: `${JSON.stringify(snake(k))}:`, raw: jsonColumns.has(snake(k)) }));
  const json = `[${rows.map((row) => {
    const r = row as Record<string, unknown>;
    return `{${parts.map(({ k, head, raw }) => {
      const v = r[k];
      if (v === null || v === undefined) return `${head}null`;
      return head + (raw ? (jsonText(v) ?? (typeof v === 'string' ? v : JSON.stringify(v))) : JSON.stringify(v));
    }).join(',')}}`;
  }).join(',')}]`;
  return { json, columns: keys.map(snake) };
}

/** Inserts the rows into `table` (its SQL name), `chunk` rows per statement. */
export async function insertRows(db: Kysely<DB>, table: string, rows: readonly object[], chunk = 5_000, onChunk?: (done: number) => void) {
  if (rows.length === 0) return;
  const jsonb = await sql<{ name: string }>`SELECT column_name AS name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} AND data_type = 'jsonb'`.execute(db);
  const jsonColumns = new Set(jsonb.rows.map((r) => r.name));
  for (let i = 0; i < rows.length; i += chunk) {
    const { json, columns } = rowsAsJson(rows.slice(i, i + chunk), jsonColumns);
    const list = sql.join(columns.map((c) => sql.id(c)));
    await sql`INSERT INTO ${sql.table(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${sql.table(table)}, ${json}::json)`.execute(db);
    onChunk?.(Math.min(i + chunk, rows.length));
  }
}

/**
 * Runs `load` with the secondary indexes of `tables` dropped (neither unique nor primary: trigram, scope,
 * date), then recreates them from their own definitions as the database reports them, so they stay those
 * of the migrations. Building an index once over all rows is much cheaper than updating it row by row.
 */
export async function withoutSecondaryIndexes<T>(db: Kysely<DB>, tables: readonly string[], load: () => Promise<T>, onIndex?: (name: string, ms: number) => void): Promise<T> {
  const indexes = await sql<{ name: string; definition: string }>`
    SELECT c.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
    FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND t.relname = ANY(${[...tables]}::text[]) AND NOT x.indisunique AND NOT x.indisprimary
    ORDER BY t.relname, c.relname`.execute(db);
  for (const i of indexes.rows) await sql`DROP INDEX ${sql.id(i.name)}`.execute(db);
  const result = await load();
  for (const i of indexes.rows) {
    const started = Date.now();
    await sql.raw(i.definition).execute(db);
    onIndex?.(i.name, Date.now() - started);
  }
  return result;
}
