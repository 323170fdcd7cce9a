import { type Kysely, sql } from 'kysely';
import { type SeededRule, insertRuleRows } from './rule-rows.ts';

// Fixed ids: the default rules are part of the schema's history, the same on every database.
const LB_CHARTER_RULES = '9814ea23-b657-4323-bfa0-b27b3e3e2747'; // 24-QĐ/TW, seeded by 0002
const LB_MEETING_PRACTICE = '3a4c0f8e-1d2b-4c6a-9e01-000000000401';

/** The order of a cell's monthly meeting (domain.md "Meetings", practice [U]): the editable template. */
const MONTHLY_AGENDA = [
  'Khai mạc: điểm danh, giới thiệu đại biểu, cử thư ký',
  'Thông tin thời sự, quán triệt chỉ đạo của cấp trên',
  'Kiểm điểm tình hình thực hiện nhiệm vụ tháng và nghị quyết kỳ trước',
  'Phương hướng, nhiệm vụ tháng tới',
  'Thảo luận',
  'Kết luận và biểu quyết nghị quyết của cuộc họp',
  'Thông qua biên bản',
  'Bế mạc',
];

const RULES: readonly SeededRule[] = [
  {
    id: '3a4c0f8e-1d2b-4c6a-9e02-000000000401', key: 'meeting.quorum_share', value: { numerator: 2, denominator: 3 },
    basis: LB_CHARTER_RULES, certainty: 'U', note: 'Cuộc họp hợp lệ khi có ít nhất 2/3 số đảng viên được triệu tập có mặt',
  },
  {
    id: '3a4c0f8e-1d2b-4c6a-9e02-000000000402', key: 'meeting.majority.simple', value: { numerator: 1, denominator: 2, strict: true },
    basis: LB_CHARTER_RULES, certainty: 'U', note: 'Nghị quyết được thông qua khi quá nửa số đảng viên được triệu tập tán thành',
  },
  {
    id: '3a4c0f8e-1d2b-4c6a-9e02-000000000403', key: 'meeting.majority.two_thirds', value: { numerator: 2, denominator: 3, strict: false },
    basis: LB_CHARTER_RULES, certainty: 'S', note: 'Kết nạp, công nhận chính thức: ít nhất 2/3 đảng viên chính thức tán thành',
  },
  {
    id: '3a4c0f8e-1d2b-4c6a-9e02-000000000404', key: 'meeting.monthly_agenda', value: { items: MONTHLY_AGENDA },
    basis: LB_MEETING_PRACTICE, certainty: 'U', note: 'Trình tự sinh hoạt chi bộ thường kỳ (mẫu, sửa được)',
  },
  {
    id: '3a4c0f8e-1d2b-4c6a-9e02-000000000405', key: 'meeting.attendance_alert', value: { basisPoints: 8000 },
    basis: LB_MEETING_PRACTICE, certainty: 'U', note: 'Tỷ lệ đảng viên dự sinh hoạt dưới mức này được đánh dấu trên bảng theo dõi',
  },
  {
    id: '3a4c0f8e-1d2b-4c6a-9e02-000000000406', key: 'meeting.thematic_every_months', value: 3,
    basis: LB_MEETING_PRACTICE, certainty: 'U', note: 'Sinh hoạt chuyên đề ít nhất mỗi quý một lần',
  },
  {
    id: '3a4c0f8e-1d2b-4c6a-9e02-000000000407', key: 'office.place_name', value: { name: 'Hà Nội' },
    basis: LB_MEETING_PRACTICE, certainty: 'U', note: 'Địa danh ghi ở dòng địa danh, ngày tháng của biên bản và văn bản',
  },
];

/**
 * Meetings and minutes (issue: meetings): meetings of any body with participants and attendance, the
 * agenda tree, speeches, votes, adopted documents, conclusions, versioned minutes; and the tasks table
 * that conclusions turn into (the work programs issue extends it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO legal_bases (id, symbol, issuer, title, issued_on, effective_from) VALUES
      (${LB_MEETING_PRACTICE}, 'Thực tiễn', 'Văn phòng cấp ủy', 'Thực tiễn sinh hoạt chi bộ và hội nghị cấp ủy (cấu hình được)', NULL, NULL)
  `.execute(db);
  await insertRuleRows(db, RULES);
  await createMeetings(db);
  await createMeetingParts(db);
  await createMinutes(db);
  await createTasks(db);
}

async function createMeetings(db: Kysely<unknown>) {
  await sql`
    CREATE TABLE meetings (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      scope_path text NOT NULL,
      body_id uuid REFERENCES bodies(id),
      term_id uuid REFERENCES terms(id),
      kind text NOT NULL,
      ordinal integer CHECK (ordinal IS NULL OR ordinal > 0),
      title text NOT NULL,
      title_fold text GENERATED ALWAYS AS (vn_fold(title)) STORED,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      place text,
      state text NOT NULL DEFAULT 'planned',
      state_reason text,
      postponed_from timestamptz,
      quorum jsonb,
      closed_at timestamptz,
      created_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz,
      CHECK (ends_at > starts_at)
    )`.execute(db);
  await sql`CREATE INDEX meetings_scope_start ON meetings (scope_path text_pattern_ops, starts_at)`.execute(db);
  await sql`CREATE INDEX meetings_start ON meetings (starts_at, id)`.execute(db);
  await sql`CREATE INDEX meetings_org_kind_start ON meetings (organization_id, kind, starts_at)`.execute(db);
  await sql`CREATE INDEX meetings_title_trgm ON meetings USING gin (title_fold gin_trgm_ops)`.execute(db);

  // Everyone the meeting concerns: attendees (the body's or cell's members and other invited people),
  // guests, and invited units; chairs and the secretary are attendees or guests with a flag.
  // Attendance is kept per person; the title a guest held is frozen on the day of the meeting.
  await sql`
    CREATE TABLE meeting_participants (
      id uuid PRIMARY KEY,
      meeting_id uuid NOT NULL REFERENCES meetings(id),
      person_id uuid REFERENCES people(id),
      organization_id uuid REFERENCES organizations(id),
      kind text NOT NULL,
      is_chair boolean NOT NULL DEFAULT false,
      is_secretary boolean NOT NULL DEFAULT false,
      name text NOT NULL,
      title text,
      member_status text,
      in_quorum_base boolean NOT NULL DEFAULT false,
      attendance text NOT NULL DEFAULT 'pending',
      absence_reason text,
      checked_in_at timestamptz,
      position integer NOT NULL DEFAULT 0,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (kind <> 'unit' OR organization_id IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX meeting_participants_meeting ON meeting_participants (meeting_id, position)`.execute(db);
  await sql`CREATE INDEX meeting_participants_person_meetings ON meeting_participants (person_id, meeting_id)`.execute(db);
  await sql`CREATE UNIQUE INDEX meeting_participants_person ON meeting_participants (meeting_id, person_id) WHERE person_id IS NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX meeting_participants_unit ON meeting_participants (meeting_id, organization_id) WHERE kind = 'unit'`.execute(db);
}

async function createMeetingParts(db: Kysely<unknown>) {
  await sql`
    CREATE TABLE meeting_agenda_items (
      id uuid PRIMARY KEY,
      meeting_id uuid NOT NULL REFERENCES meetings(id),
      parent_id uuid REFERENCES meeting_agenda_items(id),
      position integer NOT NULL,
      title text NOT NULL,
      presenter text,
      documents jsonb NOT NULL DEFAULT '[]'::jsonb,
      notes text,
      result text,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX meeting_agenda_items_meeting ON meeting_agenda_items (meeting_id, position)`.execute(db);

  await sql`
    CREATE TABLE meeting_speeches (
      id uuid PRIMARY KEY,
      item_id uuid NOT NULL REFERENCES meeting_agenda_items(id),
      person_id uuid REFERENCES people(id),
      speaker_name text NOT NULL,
      speaker_title text,
      summary text NOT NULL,
      position integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX meeting_speeches_item ON meeting_speeches (item_id, position)`.execute(db);

  await sql`
    CREATE TABLE meeting_votes (
      id uuid PRIMARY KEY,
      meeting_id uuid NOT NULL REFERENCES meetings(id),
      item_id uuid NOT NULL REFERENCES meeting_agenda_items(id),
      subject text NOT NULL,
      method text NOT NULL,
      majority text NOT NULL,
      base_count integer NOT NULL CHECK (base_count >= 0),
      present_count integer NOT NULL CHECK (present_count >= 0),
      for_count integer NOT NULL CHECK (for_count >= 0),
      against_count integer NOT NULL CHECK (against_count >= 0),
      abstain_count integer NOT NULL CHECK (abstain_count >= 0),
      required_count integer NOT NULL,
      passed boolean NOT NULL,
      is_resolution boolean NOT NULL DEFAULT false,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz,
      CHECK (for_count + against_count + abstain_count <= present_count)
    )`.execute(db);
  await sql`CREATE INDEX meeting_votes_meeting ON meeting_votes (meeting_id)`.execute(db);

  // Documents adopted at the meeting: a title and kind now; a link to the document once the documents
  // module numbers it.
  await sql`
    CREATE TABLE meeting_adopted_documents (
      id uuid PRIMARY KEY,
      meeting_id uuid NOT NULL REFERENCES meetings(id),
      item_id uuid REFERENCES meeting_agenda_items(id),
      document_type text NOT NULL,
      title text NOT NULL,
      document_id uuid,
      vote_id uuid REFERENCES meeting_votes(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX meeting_adopted_documents_meeting ON meeting_adopted_documents (meeting_id)`.execute(db);

  await sql`
    CREATE TABLE meeting_conclusions (
      id uuid PRIMARY KEY,
      meeting_id uuid NOT NULL REFERENCES meetings(id),
      item_id uuid REFERENCES meeting_agenda_items(id),
      position integer NOT NULL,
      text text NOT NULL,
      task_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX meeting_conclusions_meeting ON meeting_conclusions (meeting_id, position)`.execute(db);
}

async function createMinutes(db: Kysely<unknown>) {
  // Biên bản: each version is a frozen snapshot of what the meeting record said when it was drafted;
  // approval by chair and secretary freezes it, and a correction is a new version with its reason.
  await sql`
    CREATE TABLE meeting_minutes (
      id uuid PRIMARY KEY,
      meeting_id uuid NOT NULL REFERENCES meetings(id),
      version_no integer NOT NULL,
      status text NOT NULL DEFAULT 'draft',
      content jsonb NOT NULL,
      correction_reason text,
      chair_approved_by uuid REFERENCES users(id),
      chair_approved_at timestamptz,
      secretary_approved_by uuid REFERENCES users(id),
      secretary_approved_at timestamptz,
      created_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (meeting_id, version_no)
    )`.execute(db);
}

async function createTasks(db: Kysely<unknown>) {
  // "5 rõ": clear task, person, schedule, responsibility, result. Created here for meeting conclusions;
  // the work programs issue adds programs, progress and the rest around it.
  await sql`
    CREATE TABLE tasks (
      id uuid PRIMARY KEY,
      title text NOT NULL,
      title_fold text GENERATED ALWAYS AS (vn_fold(title)) STORED,
      description text,
      source_kind text NOT NULL,
      source_id uuid,
      owner_person_id uuid REFERENCES people(id),
      lead_unit_id uuid NOT NULL REFERENCES organizations(id),
      scope_path text NOT NULL,
      start_on date,
      due_on date,
      original_due_on date,
      expected_result text,
      priority text NOT NULL DEFAULT 'normal',
      status text NOT NULL DEFAULT 'open',
      progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
      completed_on date,
      result text,
      created_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz,
      CHECK (due_on IS NULL OR start_on IS NULL OR due_on >= start_on)
    )`.execute(db);
  await sql`CREATE INDEX tasks_owner ON tasks (owner_person_id, status, due_on)`.execute(db);
  await sql`CREATE INDEX tasks_scope_due ON tasks (scope_path text_pattern_ops, due_on)`.execute(db);
  await sql`CREATE INDEX tasks_source ON tasks (source_kind, source_id)`.execute(db);
  await sql`CREATE INDEX tasks_title_trgm ON tasks USING gin (title_fold gin_trgm_ops)`.execute(db);
  await sql`
    CREATE TABLE task_cooperating_units (
      task_id uuid NOT NULL REFERENCES tasks(id),
      organization_id uuid NOT NULL REFERENCES organizations(id),
      PRIMARY KEY (task_id, organization_id)
    )`.execute(db);
  await sql`
    CREATE TABLE task_events (
      id uuid PRIMARY KEY,
      task_id uuid NOT NULL REFERENCES tasks(id),
      kind text NOT NULL,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      progress integer,
      due_on date,
      note text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_by uuid REFERENCES users(id)
    )`.execute(db);
  await sql`CREATE INDEX task_events_task ON task_events (task_id, occurred_at)`.execute(db);
}
