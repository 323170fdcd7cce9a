import { BENCH_TODAY } from './data-meetings.ts';
import type { Scenario, Targets } from './scenario.types.ts';

/**
 * The registers and the screens around them under load: one committee's incoming register for a month,
 * the search box with a two-word phrase typed without diacritics, a cell secretary's inbox, the
 * consolidated monthly report of the bloc, registering incoming documents (a write), and a mix of 90%
 * reads and 10% writes. The SQL twins are the statements of correspondence.incoming.queries.ts, search.service.ts,
 * inbox.queries.ts, reports.consolidated.ts and correspondence.incoming.ts with the same scope.
 */

export const REGISTER_MONTH = { month: '2026-10', from: '2026-10-01', to: '2026-10-31' };
export const SEARCH_PHRASE = 'ke hoach';

const incomingColumns = `i.id, i.organization_id, i.year, i.arrival_number, i.received_on, i.sender, i.symbol, i.document_date, i.type_name,
  i.summary, i.urgency, i.secrecy, i.file_id, i.state, i.lead_organization_id, (SELECT lo.name FROM organizations lo WHERE lo.id = i.lead_organization_id),
  i.lead_person_id, (SELECT lp.full_name FROM people lp WHERE lp.id = i.lead_person_id), i.co_organization_ids, i.deadline, i.directed_on,
  i.direction_note, i.reply_document_id, (SELECT rd.symbol FROM documents rd WHERE rd.id = i.reply_document_id), i.done_on, i.note, i.version,
  i.scope_path, i.urgency_rank`;

/**
 * The search of one source, as search.service.ts runs it for the administrator (clearance 3: every secrecy level):
 * the newest 200 matches from the date index, then ranked.
 */
function searchSql(table: string, date: string, newest: string, symbol: string, limit: number) {
  return `(WITH c AS (
      SELECT x.id, ${symbol} AS symbol, x.summary, ${date} AS day, x.organization_id, x.search_fold, x.search_text FROM ${table} x
      WHERE x.scope_path LIKE $2 AND x.search_fold LIKE '%ke%' AND x.search_fold LIKE '%hoach%'
      ORDER BY ${newest}, x.id DESC LIMIT 200)
    SELECT c.id, c.symbol, c.summary, c.day::text, c.organization_id,
      (0.6 * word_similarity($1, vn_fold(c.summary)) + 0.4 * word_similarity($1, left(c.search_fold, 2000)))::float8 AS score,
      substring(c.search_text FROM greatest(strpos(c.search_fold, 'ke') - 80, 1) FOR 240) AS window
    FROM c ORDER BY score DESC, c.day DESC NULLS LAST, c.id LIMIT ${limit})`;
}

/** A new incoming document each call (i is the request's number): a distinct symbol within a run; a later run repeats them, which confirmDuplicate lets through. */
function incomingBody(t: Targets) {
  return (i: number) => ({
    organizationId: t.committeeId, receivedOn: '2026-11-30', documentDate: '2026-11-27', sender: 'Văn phòng Trung ương Đảng',
    symbol: `${100_000 + (i % 800_000)}-CV/VPTW`, typeName: 'Công văn',
    summary: 'Về việc triển khai kế hoạch tổng kết công tác năm 2026 và phương hướng nhiệm vụ năm 2027', urgency: 'thuong', secrecy: 'none',
    confirmDuplicate: true,
  });
}

export function documentScenarios(t: Targets): Scenario[] {
  const list: Scenario[] = [
    {
      name: "incoming register: a committee's month, urgent first, first page",
      path: `/api/v1/incoming?organizationId=${t.committeeId}&month=${REGISTER_MONTH.month}&limit=50`,
      sql: `SELECT ${incomingColumns}
            FROM incoming_documents i
            WHERE i.scope_path LIKE $1 AND i.organization_id = $2 AND i.received_on >= $3 AND i.received_on <= $4
            ORDER BY ((i.urgency_rank::bigint * 100000 + (i.received_on - DATE '2000-01-01')) * 1000000000 + i.arrival_number) DESC, i.id DESC
            LIMIT 51`,
      params: [`${t.rootPath}%`, t.committeeId, REGISTER_MONTH.from, REGISTER_MONTH.to],
    },
    {
      name: `search without diacritics ("${SEARCH_PHRASE}"), documents, registers and letters`,
      path: `/api/v1/search?q=${encodeURIComponent(SEARCH_PHRASE)}&limit=20`,
      sql: `${searchSql('documents', 'x.issued_on', 'x.issued_on DESC NULLS LAST', 'x.symbol', 20)}
            UNION ALL ${searchSql('incoming_documents', 'x.received_on', 'x.received_on DESC', 'x.symbol', 20)}
            UNION ALL ${searchSql('letters', 'x.received_on', 'x.received_on DESC', 'NULL::text', 20)}`,
      params: [SEARCH_PHRASE, `${t.rootPath}%`],
    },
    {
      name: "a cell secretary's inbox",
      path: '/api/v1/inbox?limit=5',
      as: 'secretary',
      // The two sections that read large tables: my open tasks, and my cell's reports not yet sent.
      sql: `SELECT t.id, t.title, o.name, t.due_on FROM tasks t JOIN organizations o ON o.id = t.lead_unit_id
            WHERE t.owner_person_id = (SELECT person_id FROM users WHERE username = 'bench.bithu') AND t.deleted_at IS NULL
              AND t.status IN ('open', 'in_progress') AND t.due_on <= $1::date + 7
            ORDER BY t.due_on LIMIT 5`,
      params: [BENCH_TODAY],
    },
    {
      name: 'incoming register: register one document (write)',
      path: '/api/v1/incoming',
      body: incomingBody(t),
      sql: `WITH n AS (
              INSERT INTO document_counters (key, last_number) VALUES ('incoming|' || $1 || '|y2026', 1)
              ON CONFLICT (key) DO UPDATE SET last_number = document_counters.last_number + 1, updated_at = now() RETURNING last_number)
            INSERT INTO incoming_documents (id, organization_id, scope_path, year, arrival_number, received_on, sender, symbol, document_date,
              type_name, summary, search_text, urgency, urgency_rank, secrecy, created_by)
            SELECT gen_random_uuid(), $1, $2, 2026, n.last_number, '2026-11-30', 'Văn phòng Trung ương Đảng', $3, '2026-11-27', 'Công văn',
              'Về việc triển khai kế hoạch tổng kết công tác năm 2026', $3 || ' Văn phòng Trung ương Đảng Công văn Về việc triển khai kế hoạch tổng kết công tác năm 2026',
              'thuong', 0, 'none', NULL FROM n`,
      params: (i) => [t.committeeId, t.committeePath, `${900_000 + i}-CV/VPTW-SQL`],
    },
  ];
  if (t.monthlyPeriodId) {
    list.push({
      name: 'consolidated monthly report of the bloc (drafted anew each call)',
      path: `/api/v1/reports/periods/${t.monthlyPeriodId}/consolidated`,
      body: () => ({ organizationId: t.rootId }),
      // The period's submissions and what the system recorded in it: the reads of generateConsolidated.
      sql: `SELECT
              (SELECT count(*) FROM report_schedule_reporters r JOIN report_periods p ON p.schedule_id = r.schedule_id
                 LEFT JOIN report_submissions s ON s.period_id = p.id AND s.organization_id = r.organization_id WHERE p.id = $1) AS submissions,
              (SELECT count(*) FROM meetings WHERE scope_path LIKE $2 AND state = 'held' AND deleted_at IS NULL
                 AND starts_at >= ($3::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AND starts_at < ($4::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AS meetings,
              (SELECT count(*) FILTER (WHERE completed_on BETWEEN $3 AND $4) FROM tasks WHERE scope_path LIKE $2 AND deleted_at IS NULL) AS tasks,
              (SELECT count(*) FROM incoming_documents WHERE scope_path LIKE $2 AND received_on BETWEEN $3 AND $4) AS incoming,
              (SELECT count(*) FROM incoming_documents WHERE scope_path LIKE $2 AND done_on BETWEEN $3 AND $4 AND (deadline IS NULL OR done_on <= deadline)) AS on_time,
              (SELECT count(*) FROM outgoing_register WHERE scope_path LIKE $2 AND issued_on BETWEEN $3 AND $4) AS outgoing,
              (SELECT count(*) FROM letters WHERE scope_path LIKE $2 AND received_on BETWEEN $3 AND $4) AS letters`,
      params: [t.monthlyPeriodId, `${t.rootPath}%`, t.monthlyPeriodStart, t.monthlyPeriodEnd],
    });
  }
  return list;
}

/**
 * 90% reads and 10% writes: each connection sends nine reads (the register, the search, the member
 * register, the calendar, the task list...) then one registration, in turn.
 */
export function mixedScenario(all: Scenario[]): Scenario {
  const pick = (part: string) => all.find((s) => s.name.includes(part));
  const reads = ['incoming register: a committee', 'search without diacritics', 'member register of a committee', 'meeting calendar',
    "a unit's task list", 'people of a committee subtree', 'incoming register: a committee', 'member statistics', "a unit's task list"]
    .map(pick).filter((s): s is Scenario => s !== undefined);
  const write = pick('register one document');
  const mix = write ? [...reads, write] : reads;
  return { name: `mixed: ${mix.length - (write ? 1 : 0)} reads then 1 write, in turn`, path: mix[0]?.path ?? '/', sql: '', params: [], mix };
}
