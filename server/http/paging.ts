import { type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import { AppError } from './errors.ts';

/** Query parameters every list accepts. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1000).optional(),
  sort: z.string().max(60).optional(),
  modifiedSince: z.iso.datetime({ offset: true }).optional(),
  includeTotal: z.enum(['true', 'false']).optional(),
};

export interface PageParams {
  limit: number;
  cursor?: string | undefined;
  sort?: string | undefined;
  includeTotal?: 'true' | 'false' | undefined;
}

/** One sortable column: the SQL to order by and the output field holding the same value for the cursor. */
export interface SortColumn<R> {
  expr: RawBuilder<unknown>;
  value: (row: R) => string | number | null;
}

export interface SortSpec<R> {
  columns: Record<string, SortColumn<R>>;
  default: string;
  /** The unique tie-breaker, e.g. sql`p.id`. */
  id: RawBuilder<unknown>;
}

export interface Page<R> {
  data: R[];
  links: { next: string | null };
  meta: { sort: string; total?: number };
}

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    links: z.object({ next: z.string().nullable() }),
    meta: z.object({ sort: z.string(), total: z.number().optional() }),
  });

interface Cursor {
  s: string;
  v: string | number | null;
  id: string;
}

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

function decode(raw: string, sort: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (c.s === sort && typeof c.id === 'string' && ['string', 'number'].includes(typeof c.v)) return c;
  } catch {
    // fall through
  }
  throw new AppError(400, 'request.malformed');
}

/**
 * Keyset paging with a stable order: (sort column, id), ascending or descending ('-name').
 * The cursor carries the last row's sort value and id, so a page costs the same at any depth.
 */
export async function paginate<DB, TB extends keyof DB, R extends { id: string }>(
  qb: SelectQueryBuilder<DB, TB, R>,
  params: PageParams,
  // The row type comes from the query alone; a spec written for a wider type (the API's) fits any query
  // whose rows have at least its fields.
  spec: SortSpec<NoInfer<R>>,
): Promise<Page<R>> {
  const sort = params.sort ?? spec.default;
  const desc = sort.startsWith('-');
  const column = spec.columns[desc ? sort.slice(1) : sort];
  if (!column) throw new AppError(400, 'request.invalid');
  const dir = desc ? 'desc' : 'asc';

  let total: number | undefined;
  if (params.includeTotal === 'true') {
    const row = await qb
      .clearSelect()
      .clearOrderBy()
      .select(sql<number>`count(*)`.as('total'))
      .executeTakeFirst();
    total = Number((row as { total?: number } | undefined)?.total ?? 0);
  }

  let q = qb;
  if (params.cursor) {
    const c = decode(params.cursor, sort);
    const op = sql.raw(desc ? '<' : '>');
    q = q.where(sql<SqlBool>`(${column.expr}, ${spec.id}) ${op} (${c.v}, ${c.id})`);
  }
  const rows = await q
    .clearOrderBy()
    .orderBy(column.expr, dir)
    .orderBy(spec.id, dir)
    .limit(params.limit + 1)
    .execute();
  const data = rows.slice(0, params.limit) as R[];
  const last = data.at(-1);
  const next = rows.length > params.limit && last ? encode({ s: sort, v: column.value(last), id: last.id }) : null;
  return { data, links: { next }, meta: { sort, ...(total === undefined ? {} : { total }) } };
}
