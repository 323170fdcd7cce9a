/**
 * The domain's closed lists, shared by the server (validation, SQL) and the web app (forms, labels).
 * Their Vietnamese and English labels live in the web app's catalogues; the meaning of each term is in
 * docs/DOMAIN.md.
 */

export const ROLES = [
  'admin',
  'committee_office',
  'cell_secretary',
  'member',
  'inspector',
  'emulation_officer',
  'portal_editor',
  'superior_readonly',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'organizations.read',
  'organizations.write',
  'people.read',
  'people.write',
  'users.manage',
  'audit.read',
  'members.read',
  'members.write',
  // Personal data of members and people (citizen ID, birth date, phone, contact address): need to know only.
  'members.personal_data',
  'meetings.read',
  'meetings.write',
  'tasks.read',
  'tasks.write',
  'documents.read',
  'documents.write',
  'correspondence.read',
  'correspondence.write',
  'letters.read',
  'letters.write',
  'reports.read',
  'reports.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Kinds of organization (domain: "Organization and terms"); the first six are party organizations. */
export const PARTY_KINDS = [
  'superior_committee',
  'grassroots_committee',
  'intermediate_committee',
  'cell_under_committee',
  'grassroots_cell',
  'party_group',
] as const;
export const ORGANIZATION_KINDS = [...PARTY_KINDS, 'agency', 'department', 'mass_organization'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
/** Cells: their term has a cell executive (chi ủy) rather than a committee's three bodies. */
export const CELL_KINDS: readonly OrganizationKind[] = ['cell_under_committee', 'grassroots_cell'];

export const isPartyKind = (kind: string) => (PARTY_KINDS as readonly string[]).includes(kind);
export const isCellKind = (kind: string) => (CELL_KINDS as readonly string[]).includes(kind);

export const ORGANIZATION_EVENT_KINDS = ['created', 'renamed', 'moved', 'merged', 'absorbed', 'dissolved'] as const;
export type OrganizationEventKind = (typeof ORGANIZATION_EVENT_KINDS)[number];

export const BODY_KINDS = ['executive_committee', 'standing_committee', 'inspection_committee', 'cell_executive'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];
export const isBodyKind = (kind: string): kind is BodyKind => (BODY_KINDS as readonly string[]).includes(kind);

/** Bodies a new term gets unless told otherwise. */
export function defaultBodies(kind: OrganizationKind): BodyKind[] {
  if (kind === 'party_group' || !isPartyKind(kind)) return [];
  if (isCellKind(kind)) return ['cell_executive'];
  return ['executive_committee', 'standing_committee', 'inspection_committee'];
}

/** A member's status (domain: "Members"). */
export const MEMBER_STATUSES = [
  'applicant',
  'probationary',
  'official',
  'exempt',
  'temporarily_elsewhere',
  'transferred_out',
  'removed',
  'expelled',
  'left',
  'deceased',
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Deadlines the member register reminds of. */
export const REMINDER_KINDS = ['ceremony_due', 'probation_review', 'transfer_incomplete', 'retirement_transfer', 'certificate_expiring', 'exemption_review'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** What the data-quality view finds in member records. */
export const QUALITY_ISSUES = [
  'missing_card_number',
  'missing_admission_date',
  'official_before_admission',
  'ceremony_before_decision',
  'duplicate_name_birth',
  'duplicate_citizen_id',
  'cell_dissolved',
] as const;
export type QualityIssue = (typeof QUALITY_ISSUES)[number];

/** Forms of party discipline (khiển trách, cảnh cáo, cách chức, khai trừ) and the bodies that decide them. */
export const DISCIPLINE_FORMS = ['khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];
export const DECIDING_BODIES = ['cell', 'committee', 'standing_committee', 'inspection_committee', 'superior'] as const;
export type DecidingBody = (typeof DECIDING_BODIES)[number];

/** Where a post belongs; party posts come first in a title. */
export const SPHERES = ['party', 'agency', 'mass'] as const;
export type Sphere = (typeof SPHERES)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** Clearance for classified records: 0 none, 1 Mật, 2 Tối mật, 3 Tuyệt mật. */
export const SECRECY_LEVELS = ['none', 'mat', 'toi_mat', 'tuyet_mat'] as const;
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];
/** What became of a file's search text (server/modules/files/files.pool.ts). */
export const TEXT_STATUSES = ['extracted', 'none', 'too_large', 'timeout', 'failed'] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

export const CLEARANCE_LEVELS = [0, 1, 2, 3] as const;

/** Permission -> the organization paths (subtrees) where the actor holds it. */
export type Scopes = Record<Permission, string[]>;

/** True when `scopes` grant `permission` somewhere, or at the organization whose path is `path`. */
export function allows(scopes: Scopes, permission: Permission, path?: string): boolean {
  const paths = scopes[permission];
  return path === undefined ? paths.length > 0 : paths.some((p) => path.startsWith(p));
}

/** Kinds of meeting (domain: "Meetings"): executive conference, standing meeting, monthly briefing, cell meetings... */
export const MEETING_KINDS = [
  'executive_conference',
  'standing_meeting',
  'leadership_briefing',
  'cell_regular',
  'cell_thematic',
  'review_conference',
  'superior_session',
  'congress',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
/** Cell meetings: their quorum comes from the member register of the cell. */
export const CELL_MEETING_KINDS: readonly MeetingKind[] = ['cell_regular', 'cell_thematic'];

export const MEETING_STATES = ['planned', 'invited', 'held', 'cancelled', 'postponed'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/** attendee: invited person (members of the body or cell first); guest: đại biểu khách mời; unit: an invited unit. */
export const PARTICIPANT_KINDS = ['attendee', 'guest', 'unit'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

export const ATTENDANCE_STATES = ['pending', 'present', 'absent_excused', 'absent_unexcused'] as const;
export type AttendanceState = (typeof ATTENDANCE_STATES)[number];

export const VOTE_METHODS = ['show_of_hands', 'secret_ballot'] as const;
export type VoteMethod = (typeof VOTE_METHODS)[number];
/** Required majority; the threshold of each is a rule value (meeting.majority.<kind>). */
export const MAJORITY_KINDS = ['simple', 'two_thirds'] as const;
export type MajorityKind = (typeof MAJORITY_KINDS)[number];

export const MINUTES_STATUSES = ['draft', 'approved', 'superseded'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** What the completeness check of the minutes can find missing. */
export const MINUTES_GAPS = [
  'no_chair',
  'no_secretary',
  'attendance_pending',
  'absence_without_reason',
  'item_without_notes',
  'discussion_without_opinions',
  'resolution_without_vote',
  'no_resolution_vote',
  'no_conclusions',
  'not_held',
] as const;
export type MinutesGap = (typeof MINUTES_GAPS)[number];

/** Where a task came from, its priority and status (the work programs issue extends these). */
export const TASK_SOURCES = ['meeting_conclusion', 'program_item', 'incoming_document', 'manual'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];
export const TASK_PRIORITIES = ['normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];
export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Urgency of a document or register entry (độ khẩn), least urgent first. */
export const URGENCIES = ['thuong', 'khan', 'thuong_khan', 'hoa_toc'] as const;
export type Urgency = (typeof URGENCIES)[number];
/** Urgent first in lists: hỏa tốc, thượng khẩn, khẩn, thường. */
export const urgencyRank = (u: Urgency) => URGENCIES.indexOf(u);

/** What a citizen's letter is (đơn thư): complaint, denunciation, recommendation, reflection. */
export const LETTER_KINDS = ['complaint', 'denunciation', 'recommendation', 'reflection'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
