import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inScope, withinClearance } from '../../http/scope.ts';
import type { Actor } from '../../lib/roles.ts';
import { foldVietnamese, foldedWords } from '../../../common/vietnamese.ts';
import { SEARCH_KINDS, type SearchHit, type SearchKind, type SearchQuery } from './search.schema.ts';
import { handlerVisible } from '../letters/index.ts';

/**
 * One search over documents, the incoming register and letters, with or without diacritics. Every
 * word must occur in the folded text (the trigram index serves the LIKE), or the whole query must be
 * close to a run of words (word_similarity, for typos). Rank: closeness to the summary first, then to
 * the whole text. Classified records beyond the user's clearance are never candidates.
 */

const SNIPPET = 240;

interface Source {
  kind: SearchKind;
  table: RawBuilder<unknown>;
  permission: 'documents.read' | 'correspondence.read' | 'letters.read';
  symbol: RawBuilder<string | null>;
  date: RawBuilder<string | null>;
  /** Newest first, as the date index is ordered (a NOT NULL date has no NULLS LAST to match). */
  newest: RawBuilder<unknown>;
}

const SOURCES: Record<SearchKind, Source> = {
  document: { kind: 'document', table: sql`documents`, permission: 'documents.read', symbol: sql`x.symbol`, date: sql`x.issued_on`, newest: sql`x.issued_on DESC NULLS LAST` },
  incoming: { kind: 'incoming', table: sql`incoming_documents`, permission: 'correspondence.read', symbol: sql`x.symbol`, date: sql`x.received_on`, newest: sql`x.received_on DESC` },
  letter: { kind: 'letter', table: sql`letters`, permission: 'letters.read', symbol: sql`NULL::text`, date: sql`x.received_on`, newest: sql`x.received_on DESC` },
};

/**
 * 'words': every word occurs (cheap, served by the trigram index). 'similar': the typo fallback, close
 * to a run of words but not a 'words' match; it costs a similarity per row, so it runs only when the
 * words found fewer hits than asked for.
 */
type Mode = 'words' | 'similar';

function conditions(src: Source, actor: Actor, f: SearchQuery, mode: Mode): RawBuilder<SqlBool>[] {
  const all = sql<SqlBool>`(${sql.join(foldedWords(f.q).map((w) => sql`x.search_fold LIKE ${w}`), sql` AND `)})`;
  const where: RawBuilder<SqlBool>[] = [
    inScope(actor, src.permission, sql.ref('x.scope_path')),
    mode === 'words' ? all : sql<SqlBool>`(${foldVietnamese(f.q)} <% x.search_fold AND NOT ${all})`,
  ];
  if (src.kind !== 'letter') where.push(withinClearance(actor, sql.ref('x.secrecy')) as RawBuilder<SqlBool>);
  else where.push(handlerVisible(actor, 'x'));
  if (f.organizationId) where.push(sql<SqlBool>`x.organization_id = ${f.organizationId}`);
  if (f.from) where.push(sql<SqlBool>`${src.date} >= ${f.from}`);
  if (f.to) where.push(sql<SqlBool>`${src.date} <= ${f.to}`);
  if (src.kind === 'document' && f.regime) where.push(sql<SqlBool>`x.regime = ${f.regime}`);
  if (src.kind === 'document' && f.typeId) where.push(sql<SqlBool>`x.type_id = ${f.typeId}`);
  return where;
}

interface RawHit {
  id: string;
  symbol: string | null;
  summary: string;
  date: string | null;
  organizationId: string;
  score: number;
  window: string;
}

/**
 * How many of the newest matches are ranked. Ranking every match of a common phrase ("kế hoạch" is in a
 * third of a register) costs a similarity per row: seconds at millions of entries. The newest matches are
 * read from the date index, which stops as soon as it has them; a rare phrase is found through the trigram
 * index instead, and then every match is ranked. So the rank is exact whenever there are fewer matches
 * than this, and otherwise ranks the newest ones, which in a register are the ones looked for.
 */
export const CANDIDATES = 200;

async function query(db: Kysely<DB>, src: Source, actor: Actor, f: SearchQuery, mode: Mode, limit: number) {
  const folded = foldVietnamese(f.q);
  const first = foldedWords(f.q)[0]?.slice(1, -1).replace(/\\(.)/g, '$1') ?? folded;
  // vn_fold keeps one character for one (NFC Vietnamese), so a position in the folded text is one in the
  // text. The rank reads the summary and the start of the text: a long body would make it costly.
  const rows = await sql<RawHit>`
    WITH c AS (
      SELECT x.id, ${src.symbol} AS symbol, x.summary, ${src.date} AS day, x.organization_id, x.search_fold, x.search_text
      FROM ${src.table} x
      WHERE ${sql.join(conditions(src, actor, f, mode), sql` AND `)}
      ORDER BY ${src.newest}, x.id DESC
      LIMIT ${Math.max(CANDIDATES, limit)})
    SELECT c.id, c.symbol, c.summary, c.day::text AS date, c.organization_id,
      (0.6 * word_similarity(${folded}, vn_fold(c.summary)) + 0.4 * word_similarity(${folded}, left(c.search_fold, 2000)))::float8 AS score,
      substring(c.search_text FROM greatest(strpos(c.search_fold, ${first}) - 80, 1) FOR ${SNIPPET}) AS window
    FROM c
    ORDER BY score DESC, c.day DESC NULLS LAST, c.id
    LIMIT ${limit}`.execute(db);
  return rows.rows;
}

async function searchSource(db: Kysely<DB>, src: Source, actor: Actor, f: SearchQuery): Promise<SearchHit[]> {
  const exact = await query(db, src, actor, f, 'words', f.limit);
  const rows = exact.length < f.limit ? [...exact, ...(await query(db, src, actor, f, 'similar', f.limit - exact.length))] : exact;
  return rows.map((r) => ({
    kind: src.kind, id: r.id, symbol: r.symbol, summary: r.summary, date: r.date, organizationId: r.organizationId,
    score: Math.round(Number(r.score) * 1000) / 1000, snippet: r.window, highlights: highlight(r.window, f.q),
  }));
}

/** Where the query's words occur in `text`, ignoring diacritics and case: [start, end) pairs, merged. */
export function highlight(text: string, q: string): Array<[number, number]> {
  // Fold character by character so that positions in the folded text are positions in the original.
  const folded = [...text].map((c) => foldVietnamese(c).slice(0, 1) || c).join('');
  const ranges: Array<[number, number]> = [];
  for (const w of foldVietnamese(q).split(/\s+/).filter(Boolean)) {
    for (let at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + w.length)) ranges.push([at, at + w.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export async function search(db: Kysely<DB>, actor: Actor, f: SearchQuery) {
  let kinds = (f.kinds?.split(',') ?? SEARCH_KINDS) as SearchKind[];
  if (f.regime || f.typeId) kinds = kinds.filter((k) => k === 'document');
  const results = await Promise.all([...new Set(kinds)].map((k) => searchSource(db, SOURCES[k], actor, f)));
  const data = results.flat().sort((a, b) => b.score - a.score || (b.date ?? '').localeCompare(a.date ?? '')).slice(0, f.limit);
  return { data };
}
