import { type Kysely, sql } from 'kysely';
import { HOLIDAYS, LEGAL_BASES, RULES, daysOf } from './20261122_0002_members.data.ts';

/**
 * Members (issue: the party member register): the rule values and holiday calendar the workflows read,
 * the member record on a person, and its events. Dues, ratings and imports have their own migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A rule that law or the superior body may change, with the regulation it comes from and how sure we
  // are of it (V checked against the text, S secondary source, U unverified practice).
  await sql`
    CREATE TABLE rule_values (
      id uuid PRIMARY KEY,
      key text NOT NULL,
      value jsonb NOT NULL,
      valid_from date NOT NULL,
      valid_to date,
      legal_basis_id uuid REFERENCES legal_bases(id),
      certainty text NOT NULL CHECK (certainty IN ('V', 'S', 'U')),
      note text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (valid_to IS NULL OR valid_to >= valid_from)
    )`.execute(db);
  await sql`CREATE INDEX rule_values_key ON rule_values (key, valid_from)`.execute(db);

  await sql`
    CREATE TABLE holidays (
      day date PRIMARY KEY,
      name text NOT NULL,
      legal_basis_id uuid REFERENCES legal_bases(id),
      certainty text NOT NULL DEFAULT 'S' CHECK (certainty IN ('V', 'S', 'U'))
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX rule_values_key_from ON rule_values (key, valid_from)`.execute(db);

  await sql`
    CREATE TABLE members (
      id uuid PRIMARY KEY,
      person_id uuid NOT NULL UNIQUE REFERENCES people(id),
      cell_id uuid NOT NULL REFERENCES organizations(id),
      status text NOT NULL,
      party_card_number text,
      citizen_id text,
      admission_decision_number text,
      admission_decision_date date,
      ceremony_date date,
      official_recognition_date date,
      education_level text,
      political_theory_level text,
      occupation text,
      position text,
      contact text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX members_cell ON members (cell_id, status)`.execute(db);
  await sql`CREATE INDEX members_status ON members (status)`.execute(db);

  await sql`
    CREATE TABLE member_events (
      id uuid PRIMARY KEY,
      member_id uuid NOT NULL REFERENCES members(id),
      kind text NOT NULL,
      occurred_on date NOT NULL,
      status_after text,
      decision_number text,
      decision_symbol text,
      decision_issuer text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      note text,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX member_events_member ON member_events (member_id, occurred_on)`.execute(db);
  await sql`CREATE INDEX member_events_kind ON member_events (kind, occurred_on)`.execute(db);
  await sql`CREATE INDEX members_citizen ON members (citizen_id) WHERE citizen_id IS NOT NULL`.execute(db);
  await createFunctions(db);
  await seedRules(db);
}

/**
 * Deadlines computed inside SQL (reminders, statistics) read the same rule values and holiday calendar
 * as the TypeScript checks (server/lib/working-days.ts); STABLE because both tables can change.
 */
async function createFunctions(db: Kysely<unknown>) {
  await sql`
    CREATE FUNCTION rule_int(rule_key text, on_day date) RETURNS integer
    LANGUAGE sql STABLE AS $$
      SELECT (r.value #>> '{}')::integer FROM rule_values r
      WHERE r.key = rule_key AND r.valid_from <= on_day AND (r.valid_to IS NULL OR r.valid_to >= on_day)
      ORDER BY r.valid_from DESC LIMIT 1
    $$`.execute(db);
  // The n-th working day after `start` (weekends and holidays skipped); `start` itself when n <= 0.
  await sql`
    CREATE FUNCTION add_working_days(start date, n integer) RETURNS date
    LANGUAGE sql STABLE AS $$
      SELECT CASE WHEN n <= 0 THEN start ELSE (
        SELECT g.d::date FROM generate_series((start + 1)::timestamp, (start + n * 2 + 60)::timestamp, interval '1 day') AS g(d)
        WHERE extract(isodow FROM g.d) < 6 AND NOT EXISTS (SELECT 1 FROM holidays h WHERE h.day = g.d::date)
        ORDER BY g.d OFFSET n - 1 LIMIT 1
      ) END
    $$`.execute(db);
  // Thử thách: probation runs the rule's months from the admission ceremony.
  await sql`
    CREATE FUNCTION probation_end(ceremony date) RETURNS date
    LANGUAGE sql STABLE AS $$
      SELECT (ceremony + make_interval(months => rule_int('member.probation_months', ceremony)))::date
    $$`.execute(db);
}

/** The rules must exist in every database, not only demo ones: they are part of the schema's data. */
async function seedRules(db: Kysely<unknown>) {
  for (const b of LEGAL_BASES) {
    await sql`
      INSERT INTO legal_bases (id, symbol, issuer, title, issued_on, effective_from)
      VALUES (${b.id}, ${b.symbol}, ${b.issuer}, ${b.title}, ${b.issuedOn}, ${b.effectiveFrom})`.execute(db);
  }
  for (const r of RULES) {
    await sql`
      INSERT INTO rule_values (id, key, value, valid_from, legal_basis_id, certainty, note)
      VALUES (${r.id}, ${r.key}, ${JSON.stringify(r.value)}::jsonb, ${r.validFrom}, ${r.legalBasisId}, ${r.certainty}, ${r.note})`.execute(db);
  }
  const rows = HOLIDAYS.flatMap((h) => daysOf(h).map((day) => sql`(${day}::date, ${h.name}, ${h.legalBasisId}::uuid, ${h.certainty})`));
  await sql`INSERT INTO holidays (day, name, legal_basis_id, certainty) VALUES ${sql.join(rows)}`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Not reversible');
}
