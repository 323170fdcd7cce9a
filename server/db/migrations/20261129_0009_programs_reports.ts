import { type Kysely, sql } from 'kysely';
import { type SeededRule, insertRuleRows } from './rule-rows.ts';

// Fixed ids: the default rules are part of the schema's history, the same on every database.
const LB_DECREE_09 = '3a4c0f8e-1d2b-4c6a-9e01-000000000009';
const LB_PRACTICE = '3a4c0f8e-1d2b-4c6a-9e01-000000000401'; // seeded by 0004

/**
 * Reporting periods (Decree 09/2019, [S]): data from the 15th of the month before the period to the 14th
 * of its last month, inclusive; the due date is two working days after the cut-off by default [U].
 */
const RULES: readonly SeededRule[] = [
  {
    id: '3a4c0f8e-1d2b-4c6a-9e02-000000000901', key: 'report.cutoff_day', value: 14, basis: LB_DECREE_09, certainty: 'S',
    note: 'Ngày chốt số liệu: ngày 14 của tháng cuối kỳ (kỳ bắt đầu từ ngày 15 tháng trước)',
  },
  {
    id: '3a4c0f8e-1d2b-4c6a-9e02-000000000902', key: 'report.due_working_days', value: 2, basis: LB_PRACTICE, certainty: 'U',
    note: 'Hạn gửi báo cáo: số ngày làm việc sau ngày chốt số liệu (mặc định, sửa được theo từng chế độ báo cáo)',
  },
  {
    id: '3a4c0f8e-1d2b-4c6a-9e02-000000000903', key: 'task.overlap_similarity', value: { basisPoints: 6000 }, basis: LB_PRACTICE, certainty: 'U',
    note: 'Hai nhiệm vụ cùng kỳ do hai đơn vị chủ trì có tên giống nhau từ mức này trở lên được cảnh báo trùng lặp',
  },
];

/** Work programs, task progress, report schedules, periods, submissions and consolidated reports (issue: work programs and reports). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO legal_bases (id, symbol, issuer, title, issued_on, effective_from) VALUES
      (${LB_DECREE_09}, '09/2019/NĐ-CP', 'Chính phủ', 'Nghị định quy định về chế độ báo cáo của cơ quan hành chính nhà nước', '2019-01-24', '2019-03-12')
  `.execute(db);
  await insertRuleRows(db, RULES);
  await createPrograms(db);
  await createReports(db);
}

async function createPrograms(db: Kysely<unknown>) {
  await sql`
    CREATE TABLE programs (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      scope_path text NOT NULL,
      kind text NOT NULL,
      title text NOT NULL,
      period_start date NOT NULL,
      period_end date NOT NULL,
      term_id uuid REFERENCES terms(id),
      meeting_id uuid REFERENCES meetings(id),
      status text NOT NULL DEFAULT 'draft',
      created_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz,
      CHECK (period_end >= period_start)
    )`.execute(db);
  await sql`CREATE INDEX programs_scope ON programs (scope_path text_pattern_ops, period_start)`.execute(db);
  await sql`
    CREATE TABLE program_items (
      id uuid PRIMARY KEY,
      program_id uuid NOT NULL REFERENCES programs(id),
      position integer NOT NULL,
      title text NOT NULL,
      lead_unit_id uuid NOT NULL REFERENCES organizations(id),
      cooperating_unit_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
      responsible_person_id uuid REFERENCES people(id),
      due_on date,
      expected_result text,
      task_id uuid REFERENCES tasks(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX program_items_program ON program_items (program_id, position)`.execute(db);
  // Task lists by lead unit and by deadline; overdue lists by status and deadline.
  await sql`CREATE INDEX tasks_lead_due ON tasks (lead_unit_id, due_on, id) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX tasks_status_due ON tasks (status, due_on) WHERE deleted_at IS NULL`.execute(db);
}

async function createReports(db: Kysely<unknown>) {
  // Which organizations report to whom, how often, over which data period, by when, with which form.
  await sql`
    CREATE TABLE report_schedules (
      id uuid PRIMARY KEY,
      recipient_organization_id uuid NOT NULL REFERENCES organizations(id),
      scope_path text NOT NULL,
      name text NOT NULL,
      kind text NOT NULL,
      template jsonb NOT NULL,
      cutoff_day integer NOT NULL CHECK (cutoff_day BETWEEN 1 AND 28),
      due_working_days integer NOT NULL CHECK (due_working_days BETWEEN 0 AND 60),
      active boolean NOT NULL DEFAULT true,
      created_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE report_schedule_reporters (
      schedule_id uuid NOT NULL REFERENCES report_schedules(id),
      organization_id uuid NOT NULL REFERENCES organizations(id),
      PRIMARY KEY (schedule_id, organization_id)
    )`.execute(db);
  await sql`CREATE INDEX report_schedule_reporters_org ON report_schedule_reporters (organization_id)`.execute(db);
  await sql`
    CREATE TABLE report_periods (
      id uuid PRIMARY KEY,
      schedule_id uuid NOT NULL REFERENCES report_schedules(id),
      label text NOT NULL,
      period_start date NOT NULL,
      period_end date NOT NULL,
      due_on date NOT NULL,
      state text NOT NULL DEFAULT 'open',
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (schedule_id, period_start),
      CHECK (period_end >= period_start)
    )`.execute(db);
  await sql`CREATE INDEX report_periods_state_due ON report_periods (state, due_on)`.execute(db);
  await sql`
    CREATE TABLE report_submissions (
      id uuid PRIMARY KEY,
      period_id uuid NOT NULL REFERENCES report_periods(id),
      organization_id uuid NOT NULL REFERENCES organizations(id),
      scope_path text NOT NULL,
      status text NOT NULL DEFAULT 'draft',
      figures jsonb NOT NULL DEFAULT '{}'::jsonb,
      narrative jsonb NOT NULL DEFAULT '{}'::jsonb,
      submitted_at timestamptz,
      submitted_by uuid REFERENCES users(id),
      reviewed_at timestamptz,
      reviewed_by uuid REFERENCES users(id),
      return_reason text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (period_id, organization_id)
    )`.execute(db);
  await sql`CREATE INDEX report_submissions_org ON report_submissions (organization_id, status)`.execute(db);
  await sql`
    CREATE TABLE consolidated_reports (
      id uuid PRIMARY KEY,
      period_id uuid NOT NULL REFERENCES report_periods(id),
      organization_id uuid NOT NULL REFERENCES organizations(id),
      scope_path text NOT NULL,
      content jsonb NOT NULL,
      status text NOT NULL DEFAULT 'draft',
      document_id uuid,
      created_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (period_id, organization_id)
    )`.execute(db);
}
