import { type Kysely, sql } from 'kysely';

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
      legal_basis_id uuid REFERENCES legal_bases(id)
    )`.execute(db);

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
}

export async function down(): Promise<void> {
  throw new Error('Not reversible');
}
