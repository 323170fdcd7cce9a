import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

/**
 * Documents and correspondence (issue: documents and correspondence): document types and numbering
 * rules as data with their legal bases, documents with versions, relations and history, the gapless
 * counters that number them, the outgoing and incoming registers, files, comment rounds and citizens'
 * letters. The seeded values follow domain.md ("Two document regimes", "Registers"); like every landed
 * migration this file is never edited: a changed rule is a new row.
 */

// Fixed ids: the seeded types and rules are part of the schema's history, the same on every database.
const LB_DECREE_30 = 'd0c50000-0000-4000-8000-000000000001';
const LB_HD_36 = 'd0c50000-0000-4000-8000-000000000002';
const LB_QD_66 = 'd0c50000-0000-4000-8000-000000000003';
const LB_COMPLAINTS = 'd0c50000-0000-4000-8000-000000000004';
const LB_DENUNCIATIONS = 'd0c50000-0000-4000-8000-000000000005';
const LB_RECEPTION = 'd0c50000-0000-4000-8000-000000000006';

/** A stable UUID from a name (the shape of a v5 UUID), so a seeded row has the same id everywhere. */
function stableId(name: string): string {
  const h = createHash('sha1').update(`congtac:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

type Certainty = 'V' | 'S' | 'U';
/** [key, abbreviation (null: none, e.g. công văn), name, certainty]. Case of the abbreviation matters. */
type TypeRow = readonly [string, string | null, string, Certainty];

const ADMINISTRATIVE: readonly TypeRow[] = [
  ['nghi_quyet', 'NQ', 'Nghị quyết', 'V'], ['quyet_dinh', 'QĐ', 'Quyết định', 'V'], ['chi_thi', 'CT', 'Chỉ thị', 'V'],
  ['quy_che', 'QC', 'Quy chế', 'V'], ['quy_dinh', 'QyĐ', 'Quy định', 'V'], ['thong_cao', 'TC', 'Thông cáo', 'V'],
  ['thong_bao', 'TB', 'Thông báo', 'V'], ['huong_dan', 'HD', 'Hướng dẫn', 'V'], ['chuong_trinh', 'CTr', 'Chương trình', 'V'],
  ['ke_hoach', 'KH', 'Kế hoạch', 'V'], ['phuong_an', 'PA', 'Phương án', 'V'], ['de_an', 'ĐA', 'Đề án', 'V'],
  ['du_an', 'DA', 'Dự án', 'V'], ['bao_cao', 'BC', 'Báo cáo', 'V'], ['bien_ban', 'BB', 'Biên bản', 'V'],
  ['to_trinh', 'TTr', 'Tờ trình', 'V'], ['hop_dong', 'HĐ', 'Hợp đồng', 'V'], ['cong_dien', 'CĐ', 'Công điện', 'V'],
  ['ban_ghi_nho', 'BGN', 'Bản ghi nhớ', 'V'], ['ban_thoa_thuan', 'BTT', 'Bản thỏa thuận', 'V'],
  ['giay_uy_quyen', 'GUQ', 'Giấy ủy quyền', 'V'], ['giay_moi', 'GM', 'Giấy mời', 'V'], ['giay_gioi_thieu', 'GGT', 'Giấy giới thiệu', 'V'],
  ['giay_nghi_phep', 'GNP', 'Giấy nghỉ phép', 'V'], ['phieu_gui', 'PG', 'Phiếu gửi', 'V'], ['phieu_chuyen', 'PC', 'Phiếu chuyển', 'V'],
  ['phieu_bao', 'PB', 'Phiếu báo', 'V'], ['cong_van', null, 'Công văn', 'V'], ['thu_cong', null, 'Thư công', 'V'],
];

const PARTY: readonly TypeRow[] = [
  ['nghi_quyet', 'NQ', 'Nghị quyết', 'S'], ['quyet_dinh', 'QĐ', 'Quyết định', 'S'], ['chi_thi', 'CT', 'Chỉ thị', 'S'],
  ['ket_luan', 'KL', 'Kết luận', 'S'], ['quy_che', 'QC', 'Quy chế', 'S'], ['quy_dinh', 'QĐi', 'Quy định', 'S'],
  ['thong_tri', 'TT', 'Thông tri', 'S'], ['huong_dan', 'HD', 'Hướng dẫn', 'S'], ['thong_bao', 'TB', 'Thông báo', 'S'],
  ['bao_cao', 'BC', 'Báo cáo', 'S'], ['ke_hoach', 'KH', 'Kế hoạch', 'S'], ['chuong_trinh', 'CTr', 'Chương trình', 'S'],
  ['to_trinh', 'TTr', 'Tờ trình', 'S'], ['cong_van', 'CV', 'Công văn', 'S'], ['ban_sao', 'BS', 'Bản sao', 'S'],
  ['bien_ban', 'BB', 'Biên bản', 'U'], ['de_an', 'ĐA', 'Đề án', 'U'], ['du_an', 'DA', 'Dự án', 'U'],
];

/** Legal deadlines for handling citizens' letters, in days from receipt (rules as data, editable). */
const LETTER_KINDS: ReadonlyArray<readonly [string, string, number, string | null, Certainty, string]> = [
  ['complaint', 'Khiếu nại', 30, LB_COMPLAINTS, 'S', 'Thời hạn giải quyết lần đầu: 30 ngày kể từ ngày thụ lý (vụ việc phức tạp: 45 ngày)'],
  ['denunciation', 'Tố cáo', 30, LB_DENUNCIATIONS, 'S', 'Thời hạn giải quyết: 30 ngày kể từ ngày thụ lý (phức tạp: 60 ngày)'],
  ['recommendation', 'Kiến nghị', 15, LB_RECEPTION, 'U', 'Thời hạn xử lý theo quy chế cơ quan (cấu hình được)'],
  ['reflection', 'Phản ánh', 15, LB_RECEPTION, 'U', 'Thời hạn xử lý theo quy chế cơ quan (cấu hình được)'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await seedLegalBases(db);
  await createTypesAndRules(db);
  await createDocuments(db);
  await createRegisters(db);
  await createRoundsAndLetters(db);
}

async function seedLegalBases(db: Kysely<unknown>) {
  await sql`
    INSERT INTO legal_bases (id, symbol, issuer, title, issued_on, effective_from) VALUES
      (${LB_DECREE_30}, '30/2020/NĐ-CP', 'Chính phủ', 'Nghị định về công tác văn thư', '2020-03-05', '2020-03-05'),
      (${LB_HD_36}, '36-HD/VPTW', 'Văn phòng Trung ương Đảng', 'Hướng dẫn thể thức và kỹ thuật trình bày văn bản của Đảng', '2018-04-03', '2018-04-03'),
      (${LB_QD_66}, '66-QĐ/TW', 'Ban Chấp hành Trung ương', 'Quy định về thể loại, thẩm quyền ban hành và thể thức văn bản của Đảng', '2017-02-06', '2017-02-06'),
      (${LB_COMPLAINTS}, '02/2011/QH13', 'Quốc hội', 'Luật Khiếu nại', '2011-11-11', '2012-07-01'),
      (${LB_DENUNCIATIONS}, '25/2018/QH14', 'Quốc hội', 'Luật Tố cáo', '2018-06-12', '2019-01-01'),
      (${LB_RECEPTION}, 'Thực tiễn', 'Văn phòng cấp ủy', 'Quy chế tiếp nhận, xử lý đơn thư của cơ quan (cấu hình được)', NULL, NULL)
  `.execute(db);
}

async function createTypesAndRules(db: Kysely<unknown>) {
  await sql`
    CREATE TABLE document_types (
      id uuid PRIMARY KEY,
      regime text NOT NULL CHECK (regime IN ('administrative', 'party')),
      key text NOT NULL,
      abbreviation text,
      name text NOT NULL,
      sort_order integer NOT NULL,
      legal_basis_id uuid REFERENCES legal_bases(id),
      certainty text NOT NULL CHECK (certainty IN ('V', 'S', 'U')),
      active boolean NOT NULL DEFAULT true,
      UNIQUE (regime, key)
    )`.execute(db);
  const rows = [
    ...ADMINISTRATIVE.map((t, i) => ({ regime: 'administrative', t, i, basis: LB_DECREE_30 })),
    ...PARTY.map((t, i) => ({ regime: 'party', t, i, basis: LB_HD_36 })),
  ].map(({ regime, t, i, basis }) => sql`(${stableId(`document_type:${regime}:${t[0]}`)}, ${regime}, ${t[0]}, ${t[1]}, ${t[2]}, ${i + 1}, ${basis}, ${t[3]})`);
  await sql`INSERT INTO document_types (id, regime, key, abbreviation, name, sort_order, legal_basis_id, certainty) VALUES ${sql.join(rows)}`.execute(db);

  // How numbers run: per year or per term of the issuing committee, per type or one shared sequence,
  // secret documents apart or not. A new regulation is a new row valid from its date.
  await sql`
    CREATE TABLE numbering_rules (
      id uuid PRIMARY KEY,
      regime text NOT NULL CHECK (regime IN ('administrative', 'party')),
      period text NOT NULL CHECK (period IN ('year', 'term')),
      per_type boolean NOT NULL,
      secret_separate boolean NOT NULL,
      pad_width integer NOT NULL CHECK (pad_width BETWEEN 1 AND 6),
      valid_from date NOT NULL,
      valid_to date,
      legal_basis_id uuid REFERENCES legal_bases(id),
      certainty text NOT NULL CHECK (certainty IN ('V', 'S', 'U')),
      note text
    )`.execute(db);
  await sql`
    INSERT INTO numbering_rules (id, regime, period, per_type, secret_separate, pad_width, valid_from, legal_basis_id, certainty, note) VALUES
      (${stableId('numbering:administrative')}, 'administrative', 'year', true, true, 2, '2020-03-05', ${LB_DECREE_30}, 'V',
       'Số từ 01 ngày 01/01 hằng năm; số dưới 10 thêm 0; văn bản mật đánh số riêng. Người đứng đầu có thể quyết định một dãy số chung (per_type = false)'),
      (${stableId('numbering:party')}, 'party', 'term', true, false, 2, '2018-04-03', ${LB_HD_36}, 'S',
       'Số từ 01 cho từng loại văn bản trong cả nhiệm kỳ của cấp ủy; văn bản mật đánh số chung với văn bản thường; số như ví dụ 01-BC/CB')
  `.execute(db);

  // One row per sequence; issuing increments it under the row lock, so numbers have no gaps or twins.
  await sql`
    CREATE TABLE document_counters (
      key text PRIMARY KEY,
      last_number integer NOT NULL CHECK (last_number >= 0),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE letter_kinds (
      kind text PRIMARY KEY,
      name text NOT NULL,
      deadline_days integer NOT NULL CHECK (deadline_days > 0),
      legal_basis_id uuid REFERENCES legal_bases(id),
      certainty text NOT NULL CHECK (certainty IN ('V', 'S', 'U')),
      note text
    )`.execute(db);
  await sql`INSERT INTO letter_kinds (kind, name, deadline_days, legal_basis_id, certainty, note) VALUES ${sql.join(
    LETTER_KINDS.map((k) => sql`(${k[0]}, ${k[1]}, ${k[2]}, ${k[3]}, ${k[4]}, ${k[5]})`),
  )}`.execute(db);
}

async function createDocuments(db: Kysely<unknown>) {
  await sql`
    CREATE TABLE files (
      id uuid PRIMARY KEY,
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      size bigint NOT NULL CHECK (size >= 0),
      mime text NOT NULL,
      name text NOT NULL,
      text text,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      scope_path text NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX files_sha ON files (sha256)`.execute(db);

  await sql`
    CREATE TABLE documents (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      scope_path text NOT NULL,
      regime text NOT NULL CHECK (regime IN ('administrative', 'party')),
      type_id uuid NOT NULL REFERENCES document_types(id),
      issuer_code text NOT NULL,
      unit_code text,
      summary text NOT NULL,
      body text NOT NULL DEFAULT '',
      search_text text NOT NULL DEFAULT '',
      search_fold text GENERATED ALWAYS AS (vn_fold(search_text)) STORED,
      state text NOT NULL DEFAULT 'draft',
      urgency text NOT NULL DEFAULT 'thuong',
      secrecy text NOT NULL DEFAULT 'none',
      circulation jsonb NOT NULL DEFAULT '[]'::jsonb,
      recipients jsonb NOT NULL DEFAULT '[]'::jsonb,
      signer_person_id uuid REFERENCES people(id),
      signer_name text,
      signer_title text,
      authority text NOT NULL DEFAULT 'none',
      authority_for text,
      in_reply_to_incoming_id uuid,
      term_id uuid REFERENCES terms(id),
      sequence_key text,
      number integer CHECK (number IS NULL OR number > 0),
      symbol text,
      signed_on date,
      issued_on date,
      created_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((number IS NULL) = (sequence_key IS NULL))
    )`.execute(db);
  // The last guard against a second issue of the same number, whatever the code does.
  await sql`CREATE UNIQUE INDEX documents_sequence_number ON documents (sequence_key, number)`.execute(db);
  await sql`CREATE INDEX documents_scope ON documents (scope_path text_pattern_ops, updated_at)`.execute(db);
  await sql`CREATE INDEX documents_org_issued ON documents (organization_id, issued_on)`.execute(db);
  await sql`CREATE INDEX documents_search_trgm ON documents USING gin (search_fold gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE document_versions (
      id uuid PRIMARY KEY,
      document_id uuid NOT NULL REFERENCES documents(id),
      version_no integer NOT NULL CHECK (version_no > 0),
      body text NOT NULL,
      note text,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (document_id, version_no)
    )`.execute(db);
  await sql`
    CREATE TABLE document_relations (
      document_id uuid NOT NULL REFERENCES documents(id),
      related_document_id uuid NOT NULL REFERENCES documents(id),
      kind text NOT NULL CHECK (kind IN ('replaces', 'amends', 'implements')),
      PRIMARY KEY (document_id, related_document_id, kind),
      CHECK (document_id <> related_document_id)
    )`.execute(db);
  // The history of a document: state changes, recall and correction; never deleted.
  await sql`
    CREATE TABLE document_events (
      id uuid PRIMARY KEY,
      document_id uuid NOT NULL REFERENCES documents(id),
      kind text NOT NULL,
      note text,
      actor_user_id uuid REFERENCES users(id),
      at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX document_events_doc ON document_events (document_id, at)`.execute(db);
  await sql`
    CREATE TABLE document_files (
      document_id uuid NOT NULL REFERENCES documents(id),
      file_id uuid NOT NULL REFERENCES files(id),
      PRIMARY KEY (document_id, file_id)
    )`.execute(db);
}

async function createRegisters(db: Kysely<unknown>) {
  // Sổ đăng ký văn bản đi (Decree 30, Appendix IV): written when a document is issued.
  await sql`
    CREATE TABLE outgoing_register (
      id uuid PRIMARY KEY,
      document_id uuid NOT NULL UNIQUE REFERENCES documents(id),
      organization_id uuid NOT NULL REFERENCES organizations(id),
      scope_path text NOT NULL,
      issued_on date NOT NULL,
      symbol text NOT NULL,
      type_name text NOT NULL,
      summary text NOT NULL,
      signer_name text,
      recipients text NOT NULL DEFAULT '',
      file_copy_holder text,
      copies integer NOT NULL DEFAULT 1 CHECK (copies >= 0),
      sent_on date,
      note text,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX outgoing_register_scope ON outgoing_register (scope_path text_pattern_ops, issued_on)`.execute(db);

  // Sổ đăng ký văn bản đến: arrival numbers run from 1 each year per receiving organization.
  await sql`
    CREATE TABLE incoming_documents (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      scope_path text NOT NULL,
      year integer NOT NULL,
      arrival_number integer NOT NULL CHECK (arrival_number > 0),
      received_on date NOT NULL,
      sender text NOT NULL,
      sender_fold text GENERATED ALWAYS AS (vn_fold(sender)) STORED,
      symbol text,
      document_date date NOT NULL,
      type_name text,
      summary text NOT NULL,
      search_text text NOT NULL DEFAULT '',
      search_fold text GENERATED ALWAYS AS (vn_fold(search_text)) STORED,
      urgency text NOT NULL DEFAULT 'thuong',
      urgency_rank integer NOT NULL DEFAULT 0,
      secrecy text NOT NULL DEFAULT 'none',
      file_id uuid REFERENCES files(id),
      state text NOT NULL DEFAULT 'registered',
      lead_organization_id uuid REFERENCES organizations(id),
      lead_person_id uuid REFERENCES people(id),
      co_organization_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
      deadline date,
      directed_by uuid REFERENCES users(id),
      directed_on date,
      direction_note text,
      reply_document_id uuid REFERENCES documents(id),
      done_on date,
      note text,
      created_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (organization_id, year, arrival_number),
      CHECK (received_on >= document_date)
    )`.execute(db);
  await sql`CREATE INDEX incoming_scope ON incoming_documents (scope_path text_pattern_ops, received_on)`.execute(db);
  await sql`CREATE INDEX incoming_org_symbol ON incoming_documents (organization_id, symbol)`.execute(db);
  await sql`CREATE INDEX incoming_deadline ON incoming_documents (deadline) WHERE done_on IS NULL`.execute(db);
  await sql`CREATE INDEX incoming_search_trgm ON incoming_documents USING gin (search_fold gin_trgm_ops)`.execute(db);
  await sql`ALTER TABLE documents ADD FOREIGN KEY (in_reply_to_incoming_id) REFERENCES incoming_documents(id)`.execute(db);

  await sql`
    CREATE TABLE incoming_progress (
      id uuid PRIMARY KEY,
      incoming_id uuid NOT NULL REFERENCES incoming_documents(id),
      on_day date NOT NULL,
      note text NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX incoming_progress_entry ON incoming_progress (incoming_id, created_at)`.execute(db);
}

async function createRoundsAndLetters(db: Kysely<unknown>) {
  // Lấy ý kiến: a round on one version of a draft, comments anchored to a paragraph (null: the whole).
  await sql`
    CREATE TABLE comment_rounds (
      id uuid PRIMARY KEY,
      document_id uuid NOT NULL REFERENCES documents(id),
      version_no integer NOT NULL,
      title text NOT NULL,
      deadline date NOT NULL,
      recipients jsonb NOT NULL DEFAULT '[]'::jsonb,
      closed_at timestamptz,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`
    CREATE TABLE comments (
      id uuid PRIMARY KEY,
      round_id uuid NOT NULL REFERENCES comment_rounds(id),
      author text NOT NULL,
      paragraph integer CHECK (paragraph IS NULL OR paragraph > 0),
      text text NOT NULL,
      handling text CHECK (handling IN ('accepted', 'partly_accepted', 'explained')),
      answer text,
      answered_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX comments_round ON comments (round_id, paragraph)`.execute(db);

  // Đơn thư: letters about a party member go to the inspection committee.
  await sql`
    CREATE TABLE letters (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      scope_path text NOT NULL,
      year integer NOT NULL,
      arrival_number integer NOT NULL,
      received_on date NOT NULL,
      sender_name text NOT NULL,
      sender_address text,
      kind text NOT NULL REFERENCES letter_kinds(kind),
      summary text NOT NULL,
      search_text text NOT NULL DEFAULT '',
      search_fold text GENERATED ALWAYS AS (vn_fold(search_text)) STORED,
      concerns_member boolean NOT NULL DEFAULT false,
      concerned_person_id uuid REFERENCES people(id),
      handler text NOT NULL DEFAULT 'office' CHECK (handler IN ('office', 'inspection_committee')),
      deadline date NOT NULL,
      state text NOT NULL DEFAULT 'received',
      answer text,
      answered_on date,
      file_id uuid REFERENCES files(id),
      created_by uuid REFERENCES users(id),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (organization_id, year, arrival_number)
    )`.execute(db);
  await sql`CREATE INDEX letters_scope ON letters (scope_path text_pattern_ops, received_on)`.execute(db);
  await sql`CREATE INDEX letters_search_trgm ON letters USING gin (search_fold gin_trgm_ops)`.execute(db);
  await sql`
    CREATE TABLE letter_steps (
      id uuid PRIMARY KEY,
      letter_id uuid NOT NULL REFERENCES letters(id),
      on_day date NOT NULL,
      note text NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}
