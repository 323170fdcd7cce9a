import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Ctx } from '../../http/context.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { PARTY_AGE_STATUSES } from './members.queries.ts';
import { CURRENT_STATUSES, inList, scopeClause, subtreeClause } from './members.sql.ts';

/**
 * Figures of the register for a subtree, all aggregated in SQL. `total` and `byStatus` count every
 * record; the breakdowns by cell, gender, age and education count current members (CURRENT_STATUSES);
 * party age only those it applies to (official and after).
 */

const AGE_BANDS = ['<30', '30-39', '40-49', '50-59', '60+'] as const;
const PARTY_AGE_BANDS = ['<5', '5-9', '10-19', '20-29', '30+'] as const;

type Counted = { key: string | null; n: number };

function banded<B extends string>(bands: readonly B[], rows: Counted[]) {
  const counts = new Map(rows.map((r) => [r.key ?? 'unknown', Number(r.n)]));
  const out: { band: B | 'unknown'; n: number }[] = bands.map((band) => ({ band, n: counts.get(band) ?? 0 }));
  const unknown = counts.get('unknown') ?? 0;
  return unknown ? [...out, { band: 'unknown' as const, n: unknown }] : out;
}

const asRecord = (rows: Counted[]) => Object.fromEntries(rows.map((r) => [r.key ?? 'unknown', Number(r.n)]));

export async function memberStatistics(ctx: Ctx, q: { organizationId?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  const today = todayInVietnam();
  const from = q.from ?? `${today.slice(0, 4)}-01-01`;
  const to = q.to ?? today;
  const path = sql`o.path`;
  const where = sql<SqlBool>`${scopeClause(ctx.actor, path)} AND ${await subtreeClause(ctx.db, ctx.actor, q.organizationId, path)}`;
  const base = sql`members m JOIN people p ON p.id = m.person_id JOIN organizations o ON o.id = m.cell_id`;
  const current = sql<SqlBool>`m.status IN (${inList(CURRENT_STATUSES)})`;
  const group = async (key: RawBuilder<unknown>, filter: RawBuilder<SqlBool> = current) =>
    (await sql<Counted>`SELECT ${key} AS key, count(*) AS n FROM ${base} WHERE ${where} AND ${filter} GROUP BY 1`.execute(ctx.db)).rows;
  const years = (d: string) => sql`extract(year FROM age(${today}::date, ${sql.ref(d)}))`;

  const byCellQuery = sql<{ cellId: string; cellName: string; total: number; official: number; probationary: number }>`
    SELECT o.id AS cell_id, o.name AS cell_name, count(*) AS total,
      count(*) FILTER (WHERE m.status = 'official') AS official, count(*) FILTER (WHERE m.status = 'probationary') AS probationary
    FROM ${base} WHERE ${where} AND ${current} GROUP BY o.id, o.name, o.path ORDER BY o.path`;
  const ageBand = sql`CASE WHEN p.birth_date IS NULL THEN NULL WHEN ${years('p.birth_date')} < 30 THEN '<30'
    WHEN ${years('p.birth_date')} < 40 THEN '30-39' WHEN ${years('p.birth_date')} < 50 THEN '40-49'
    WHEN ${years('p.birth_date')} < 60 THEN '50-59' ELSE '60+' END`;
  const partyBand = sql`CASE WHEN m.admission_decision_date IS NULL THEN NULL WHEN ${years('m.admission_decision_date')} < 5 THEN '<5'
    WHEN ${years('m.admission_decision_date')} < 10 THEN '5-9' WHEN ${years('m.admission_decision_date')} < 20 THEN '10-19'
    WHEN ${years('m.admission_decision_date')} < 30 THEN '20-29' ELSE '30+' END`;
  const flowsQuery = sql<Record<string, number>>`
    SELECT count(*) FILTER (WHERE e.kind = 'admission_decision') AS admitted,
      count(*) FILTER (WHERE e.kind = 'official_recognition') AS recognized,
      count(*) FILTER (WHERE e.kind = 'transfer_in') AS transferred_in,
      count(*) FILTER (WHERE e.kind = 'transfer_out' AND e.details->>'kind' = 'official') AS transferred_out,
      count(*) FILTER (WHERE e.kind IN ('removal', 'probation_removal')) AS removed,
      count(*) FILTER (WHERE e.kind = 'discipline' AND e.details->>'form' = 'khai_tru') AS expelled,
      count(*) FILTER (WHERE e.kind = 'death') AS deceased
    FROM member_events e JOIN ${base} ON m.id = e.member_id
    WHERE ${where} AND e.occurred_on BETWEEN ${from}::date AND ${to}::date`;
  // Independent aggregates: on PostgreSQL they run side by side on the pool's connections.
  const partyAgeFilter = sql<SqlBool>`m.status IN (${inList(PARTY_AGE_STATUSES.filter((s) => s !== 'transferred_out'))})`;
  const [statusRows, byCell, flows, genderRows, ageRows, partyAgeRows, educationRows] = await Promise.all([
    group(sql`m.status`, sql<SqlBool>`true`),
    byCellQuery.execute(ctx.db),
    flowsQuery.execute(ctx.db),
    group(sql`p.gender`),
    group(ageBand),
    group(partyBand, partyAgeFilter),
    group(sql`m.education_level`),
  ]);
  const byStatus = asRecord(statusRows);
  const f = flows.rows[0] ?? {};
  return {
    from,
    to,
    total: Object.values(byStatus).reduce((a, b) => a + b, 0),
    current: byCell.rows.reduce((a, r) => a + Number(r.total), 0),
    byStatus,
    byCell: byCell.rows.map((r) => ({ ...r, total: Number(r.total), official: Number(r.official), probationary: Number(r.probationary) })),
    byGender: asRecord(genderRows),
    byAgeBand: banded(AGE_BANDS, ageRows),
    byPartyAge: banded(PARTY_AGE_BANDS, partyAgeRows),
    byEducation: asRecord(educationRows),
    flows: {
      admitted: Number(f.admitted ?? 0), recognized: Number(f.recognized ?? 0), transferredIn: Number(f.transferredIn ?? 0),
      transferredOut: Number(f.transferredOut ?? 0), removed: Number(f.removed ?? 0), expelled: Number(f.expelled ?? 0), deceased: Number(f.deceased ?? 0),
    },
  };
}
