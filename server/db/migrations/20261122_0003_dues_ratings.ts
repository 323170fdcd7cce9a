import { type Kysely, sql } from 'kysely';

// Fixed ids: the default rules are part of the schema's history, the same on every database.
const LB_DUES = '3a4c0f8e-1d2b-4c6a-9e01-000000000342';
const LB_RATING = '3a4c0f8e-1d2b-4c6a-9e01-000000000366';

/** Default dues and rating rules, with their legal basis; an administrator may add later periods. */
const RULES: ReadonlyArray<{ id: string; key: string; value: unknown; basis: string; certainty: 'S' | 'U'; note: string }> = [
  { id: '3a4c0f8e-1d2b-4c6a-9e02-000000000001', key: 'dues.salary_percent', value: { basisPoints: 100 }, basis: LB_DUES, certainty: 'U', note: '1% tiền lương, phụ cấp' },
  { id: '3a4c0f8e-1d2b-4c6a-9e02-000000000002', key: 'dues.pension_percent', value: { basisPoints: 50 }, basis: LB_DUES, certainty: 'U', note: '0,5% lương hưu' },
  { id: '3a4c0f8e-1d2b-4c6a-9e02-000000000003', key: 'dues.fixed_amount', value: { amount: 5000 }, basis: LB_DUES, certainty: 'U', note: 'Mức cố định hằng tháng cho đảng viên khác' },
  { id: '3a4c0f8e-1d2b-4c6a-9e02-000000000004', key: 'dues.remit_share', value: { basisPoints: 7000 }, basis: LB_DUES, certainty: 'S', note: 'Chi bộ trực thuộc đảng bộ cơ sở nộp 70% lên cấp trên' },
  { id: '3a4c0f8e-1d2b-4c6a-9e02-000000000005', key: 'rating.score_bands', value: { hoan_thanh_xuat_sac: 90, hoan_thanh_tot: 70, hoan_thanh: 50 }, basis: LB_RATING, certainty: 'U', note: 'Điểm tối thiểu của mỗi mức (thang 100 điểm)' },
  { id: '3a4c0f8e-1d2b-4c6a-9e02-000000000006', key: 'rating.excellent_quota', value: { basisPoints: 2000 }, basis: LB_RATING, certainty: 'U', note: 'Xuất sắc tối đa 20% số được xếp loại tốt trở lên' },
];

/** Party dues, yearly quality ratings and member imports. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO legal_bases (id, symbol, issuer, title, issued_on, effective_from) VALUES
      (${LB_DUES}, '342-QĐ/TW', 'Ban Chấp hành Trung ương', 'Quy định về chế độ đảng phí', '2010-12-28', '2011-01-01'),
      (${LB_RATING}, '366-QĐ/TW', 'Bộ Chính trị', 'Quy định về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm', '2025-08-30', '2025-08-30')
  `.execute(db);
  for (const r of RULES) {
    await sql`
      INSERT INTO rule_values (id, key, value, valid_from, legal_basis_id, certainty, note)
      VALUES (${r.id}, ${r.key}, ${JSON.stringify(r.value)}::jsonb, '2011-01-01', ${r.basis}, ${r.certainty}, ${r.note})
    `.execute(db);
  }
  await createDuesTables(db);
  await createRatingTables(db);
  await sql`
    CREATE TABLE import_jobs (
      id uuid PRIMARY KEY,
      status text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
      total integer NOT NULL,
      processed integer NOT NULL DEFAULT 0,
      errors jsonb NOT NULL DEFAULT '[]'::jsonb,
      summary jsonb,
      scope_path text NOT NULL,
      created_by uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    )`.execute(db);
}

async function createDuesTables(db: Kysely<unknown>) {
  // The basis a member's monthly dues are computed from, from a month on (valid_from is a 1st).
  await sql`
    CREATE TABLE dues_bases (
      id uuid PRIMARY KEY,
      member_id uuid NOT NULL REFERENCES members(id),
      kind text NOT NULL CHECK (kind IN ('salary_percent', 'pension_percent', 'fixed')),
      base_amount bigint NOT NULL CHECK (base_amount >= 0),
      valid_from date NOT NULL CHECK (extract(day FROM valid_from) = 1),
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (member_id, valid_from)
    )`.execute(db);
  // One payment per member and month, recorded by the cell that collected it. Money in đồng.
  await sql`
    CREATE TABLE dues_payments (
      id uuid PRIMARY KEY,
      member_id uuid NOT NULL REFERENCES members(id),
      cell_id uuid NOT NULL REFERENCES organizations(id),
      year integer NOT NULL CHECK (year BETWEEN 1930 AND 2200),
      month integer NOT NULL CHECK (month BETWEEN 1 AND 12),
      amount bigint NOT NULL CHECK (amount >= 0),
      paid_on date NOT NULL,
      recorded_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (member_id, year, month)
    )`.execute(db);
  await sql`CREATE INDEX dues_payments_cell ON dues_payments (cell_id, year, month)`.execute(db);
}

async function createRatingTables(db: Kysely<unknown>) {
  await sql`
    CREATE TABLE rating_rounds (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      year integer NOT NULL CHECK (year BETWEEN 1930 AND 2200),
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (organization_id, year)
    )`.execute(db);
  // One subject per row: a member of the organization, or the organization itself (member_id null).
  await sql`
    CREATE TABLE rating_entries (
      id uuid PRIMARY KEY,
      round_id uuid NOT NULL REFERENCES rating_rounds(id),
      member_id uuid REFERENCES members(id),
      self_score integer CHECK (self_score BETWEEN 0 AND 100),
      self_level text,
      self_note text,
      self_by uuid REFERENCES users(id),
      proposed_level text,
      proposed_by uuid REFERENCES users(id),
      decided_level text,
      decided_by uuid REFERENCES users(id),
      decided_on date,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX rating_entries_member ON rating_entries (round_id, member_id) WHERE member_id IS NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX rating_entries_org ON rating_entries (round_id) WHERE member_id IS NULL`.execute(db);
  await sql`CREATE INDEX rating_entries_by_member ON rating_entries (member_id)`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Not reversible');
}
