import { type Kysely, sql } from 'kysely';

/**
 * Foundation: extensions, the Vietnamese search helper, legal bases, organizations and their history,
 * terms, bodies, posts and holders, people, accounts, sessions, tokens, role grants and the audit chain.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  // unaccent() is only STABLE (it depends on the dictionary search path); naming the dictionary
  // explicitly makes the result fixed, so the wrapper may be IMMUTABLE and used in indexes.
  await sql`
    CREATE OR REPLACE FUNCTION vn_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`.execute(db);

  await sql`
    CREATE TABLE legal_bases (
      id uuid PRIMARY KEY,
      symbol text NOT NULL,
      issuer text NOT NULL,
      title text NOT NULL,
      issued_on date,
      effective_from date,
      replaced_by_id uuid REFERENCES legal_bases(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE organizations (
      id uuid PRIMARY KEY,
      parent_id uuid REFERENCES organizations(id),
      path text NOT NULL,
      depth integer NOT NULL,
      kind text NOT NULL,
      name text NOT NULL,
      short_name text,
      code text,
      sort_order integer NOT NULL DEFAULT 0,
      founded_on date,
      dissolved_on date,
      merged_into_id uuid REFERENCES organizations(id),
      name_fold text GENERATED ALWAYS AS (vn_fold(name)) STORED,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX organizations_path ON organizations (path text_pattern_ops)`.execute(db);
  await sql`CREATE INDEX organizations_parent ON organizations (parent_id, sort_order, name)`.execute(db);
  await sql`CREATE INDEX organizations_name_trgm ON organizations USING gin (name_fold gin_trgm_ops)`.execute(db);
  await sql`CREATE INDEX organizations_updated ON organizations (updated_at, id)`.execute(db);

  await sql`
    CREATE TABLE organization_events (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      kind text NOT NULL,
      occurred_on date NOT NULL,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      note text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX organization_events_org ON organization_events (organization_id, occurred_on)`.execute(db);

  await sql`
    CREATE TABLE people (
      id uuid PRIMARY KEY,
      family_name text NOT NULL,
      middle_name text NOT NULL DEFAULT '',
      given_name text NOT NULL,
      full_name text NOT NULL,
      sort_key text NOT NULL,
      name_fold text GENERATED ALWAYS AS (vn_fold(full_name)) STORED,
      gender text,
      birth_date date,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      email text,
      phone text,
      is_demo boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX people_sort ON people (sort_key COLLATE "C", id)`.execute(db);
  await sql`CREATE INDEX people_org ON people (organization_id, sort_key COLLATE "C")`.execute(db);
  await sql`CREATE INDEX people_name_trgm ON people USING gin (name_fold gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE terms (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      ordinal integer NOT NULL CHECK (ordinal > 0),
      start_year integer NOT NULL,
      end_year integer NOT NULL,
      congress_opened_on date,
      congress_closed_on date NOT NULL,
      starts_on date NOT NULL,
      ends_on date,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (organization_id, ordinal)
    )`.execute(db);

  await sql`
    CREATE TABLE bodies (
      id uuid PRIMARY KEY,
      term_id uuid NOT NULL REFERENCES terms(id),
      organization_id uuid NOT NULL REFERENCES organizations(id),
      kind text NOT NULL,
      starts_on date NOT NULL,
      ends_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (term_id, kind)
    )`.execute(db);

  await sql`
    CREATE TABLE body_members (
      id uuid PRIMARY KEY,
      body_id uuid NOT NULL REFERENCES bodies(id),
      person_id uuid NOT NULL REFERENCES people(id),
      starts_on date NOT NULL,
      ends_on date,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_on IS NULL OR ends_on >= starts_on)
    )`.execute(db);
  await sql`CREATE INDEX body_members_body ON body_members (body_id, starts_on)`.execute(db);
  await sql`CREATE INDEX body_members_person ON body_members (person_id)`.execute(db);

  await sql`
    CREATE TABLE posts (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      name text NOT NULL,
      title text NOT NULL,
      sphere text NOT NULL,
      precedence integer NOT NULL,
      elected boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX posts_org ON posts (organization_id, precedence)`.execute(db);

  await sql`
    CREATE TABLE post_holdings (
      id uuid PRIMARY KEY,
      post_id uuid NOT NULL REFERENCES posts(id),
      person_id uuid NOT NULL REFERENCES people(id),
      term_id uuid REFERENCES terms(id),
      starts_on date NOT NULL,
      ends_on date,
      decision_ref text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_on IS NULL OR ends_on >= starts_on)
    )`.execute(db);
  await sql`CREATE INDEX post_holdings_person ON post_holdings (person_id, starts_on)`.execute(db);
  await sql`CREATE INDEX post_holdings_post ON post_holdings (post_id, starts_on)`.execute(db);

  // phân công phụ trách: the committee member in charge of a cell
  await sql`
    CREATE TABLE cell_assignments (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      person_id uuid NOT NULL REFERENCES people(id),
      term_id uuid REFERENCES terms(id),
      starts_on date NOT NULL,
      ends_on date,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX cell_assignments_org ON cell_assignments (organization_id, starts_on)`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY,
      username text NOT NULL,
      password_hash text NOT NULL,
      display_name text NOT NULL,
      email text,
      person_id uuid REFERENCES people(id),
      clearance smallint NOT NULL DEFAULT 0 CHECK (clearance BETWEEN 0 AND 3),
      is_system_admin boolean NOT NULL DEFAULT false,
      locale text NOT NULL DEFAULT 'vi',
      disabled_at timestamptz,
      last_login_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX users_username ON users (lower(username))`.execute(db);

  await sql`
    CREATE TABLE role_grants (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      role text NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (user_id, role, organization_id)
    )`.execute(db);

  await sql`
    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL DEFAULT now(),
      ip text,
      user_agent text
    )`.execute(db);
  await sql`CREATE INDEX sessions_user ON sessions (user_id)`.execute(db);

  await sql`
    CREATE TABLE api_tokens (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id),
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      prefix text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);

  await sql`
    CREATE TABLE login_attempts (
      id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
      username text NOT NULL,
      ip text NOT NULL,
      success boolean NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX login_attempts_user ON login_attempts (lower(username), at)`.execute(db);
  await sql`CREATE INDEX login_attempts_ip ON login_attempts (ip, at)`.execute(db);

  await sql`
    CREATE TABLE audit_log (
      seq bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
      id uuid NOT NULL UNIQUE,
      at timestamptz NOT NULL,
      actor_user_id uuid,
      actor_label text NOT NULL,
      action text NOT NULL,
      entity text NOT NULL,
      entity_id text NOT NULL,
      scope_path text,
      before jsonb,
      after jsonb,
      request_id text,
      prev_hash text NOT NULL,
      hash text NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq)`.execute(db);
  await sql`CREATE INDEX audit_log_actor ON audit_log (actor_user_id, seq)`.execute(db);
  await sql`CREATE INDEX audit_log_scope ON audit_log (scope_path text_pattern_ops, seq)`.execute(db);
  // Append-only: the application can never rewrite history. Tampering by a database owner is
  // still possible, and the hash chain (npm run audit:verify) is what detects it.
  await sql`
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db);
  await sql`
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration is not reversible');
}
