import { z } from 'zod';
import {
  ATTENDANCE_STATES,
  MAJORITY_KINDS,
  MEETING_KINDS,
  MEETING_STATES,
  MINUTES_GAPS,
  MINUTES_STATUSES,
  PARTICIPANT_KINDS,
  TASK_PRIORITIES,
  VOTE_METHODS,
} from '../../../common/enums.ts';
import { isoDay } from '../../lib/dates.ts';

/** The contract of the meetings module: inputs are strict (unknown fields refused), outputs are what the UI reads. */

const version = z.number().int().min(1);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
/** An instant with its offset: '2026-11-05T08:00:00+07:00'. */
const instant = z.iso.datetime({ offset: true });

export const documentRef = z.strictObject({
  title: text(500),
  url: z.string().trim().max(2000).nullable().optional(),
  documentId: z.uuid().nullable().optional(),
});

// ---- meetings ----

export const listMeetingsQuery = z.strictObject({
  organizationId: z.uuid().optional(),
  /** With organizationId: its whole subtree (default) or the organization alone. */
  subtree: z.enum(['true', 'false']).optional(),
  kind: z.enum(MEETING_KINDS).optional(),
  state: z.enum(MEETING_STATES).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  q: z.string().trim().max(200).optional(),
});

export const createMeetingBody = z.strictObject({
  organizationId: z.uuid(),
  kind: z.enum(MEETING_KINDS),
  /** Omitted: made from the kind, the organization and the date ("Sinh hoạt chi bộ thường kỳ tháng 11/2026"). */
  title: z.string().trim().min(1).max(500).optional(),
  startsAt: instant,
  endsAt: instant,
  place: optionalText(500),
  /** The body that meets (executive or standing committee); omitted: the organization's current one for the kind. */
  bodyId: z.uuid().nullable().optional(),
  /** Number within the term ("lần thứ II"); omitted for an executive conference: the next one. */
  ordinal: z.number().int().min(1).max(1000).nullable().optional(),
  /** Invite the cell's members (cell meetings) or the body's members (committee meetings) on the day. */
  inviteMembers: z.boolean().default(true),
  /** Start the agenda from the template (the monthly meeting order for cell meetings). */
  useAgendaTemplate: z.boolean().default(true),
});
export type CreateMeeting = z.infer<typeof createMeetingBody>;

export const updateMeetingBody = z.strictObject({
  version,
  title: text(500).optional(),
  startsAt: instant.optional(),
  endsAt: instant.optional(),
  place: z.string().trim().max(500).nullable().optional(),
  ordinal: z.number().int().min(1).max(1000).nullable().optional(),
});
export type UpdateMeeting = z.infer<typeof updateMeetingBody>;

export const stateBody = z.strictObject({
  version,
  state: z.enum(MEETING_STATES),
  /** Required to cancel or postpone. */
  reason: z.string().trim().max(2000).nullable().default(null),
  /** A postponed meeting's new time, if known. */
  startsAt: instant.optional(),
  endsAt: instant.optional(),
});
export type StateInput = z.infer<typeof stateBody>;

export const meetingSummary = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  kind: z.enum(MEETING_KINDS),
  ordinal: z.number().nullable(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  state: z.enum(MEETING_STATES),
  version: z.number(),
  updatedAt: z.string(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

// ---- participants and attendance ----

export const addParticipantBody = z.strictObject({
  kind: z.enum(PARTICIPANT_KINDS),
  /** A person (attendee or guest); their title on the meeting's day is looked up and frozen. */
  personId: z.uuid().optional(),
  /** An invited unit (kind 'unit'). */
  organizationId: z.uuid().optional(),
  /** A guest from outside the directory: name and title as given. */
  name: z.string().trim().min(1).max(200).optional(),
  title: z.string().trim().max(500).optional(),
});
export type AddParticipant = z.infer<typeof addParticipantBody>;

export const rolesBody = z.strictObject({
  version,
  chairParticipantIds: z.array(z.uuid()).max(5),
  secretaryParticipantId: z.uuid().nullable(),
});
export type RolesInput = z.infer<typeof rolesBody>;

export const attendanceBody = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        participantId: z.uuid(),
        attendance: z.enum(ATTENDANCE_STATES),
        absenceReason: z.string().trim().max(1000).nullable().default(null),
      }),
    )
    .min(1)
    .max(1000),
});
export type AttendanceInput = z.infer<typeof attendanceBody>;

export const participant = z.object({
  id: z.uuid(),
  kind: z.enum(PARTICIPANT_KINDS),
  personId: z.uuid().nullable(),
  organizationId: z.uuid().nullable(),
  name: z.string(),
  title: z.string().nullable(),
  isChair: z.boolean(),
  isSecretary: z.boolean(),
  /** The member's status on the meeting's day (cell meetings), e.g. 'official', 'exempt'. */
  memberStatus: z.string().nullable(),
  /** Body meetings: a member of the body that day (cell meetings count official members: see `quorum`). */
  inQuorumBase: z.boolean(),
  attendance: z.enum(ATTENDANCE_STATES),
  absenceReason: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  version: z.number(),
});
export type Participant = z.infer<typeof participant>;

/**
 * Quorum (domain.md "Meetings"): the base is every official member, less those temporarily active
 * elsewhere and exempt members who are absent; valid with `required` of the base present.
 */
export const quorum = z.object({
  applicable: z.boolean(),
  /** 'cell' (from the member register), 'body' (the committee's members), or 'none'. */
  basis: z.enum(['cell', 'body', 'none']),
  invited: z.number(),
  official: z.number(),
  probationary: z.number(),
  exempt: z.number(),
  exemptPresent: z.number(),
  temporarilyElsewhere: z.number(),
  base: z.number(),
  present: z.number(),
  /** Present people who are not in the base (probationary members, guests...). */
  presentOthers: z.number(),
  absentExcused: z.number(),
  absentUnexcused: z.number(),
  pending: z.number(),
  share: z.object({ numerator: z.number(), denominator: z.number() }),
  required: z.number(),
  met: z.boolean(),
});
export type Quorum = z.infer<typeof quorum>;

// ---- agenda, speeches ----

export const addAgendaItemBody = z.strictObject({
  parentId: z.uuid().nullable().default(null),
  title: text(1000),
  presenter: optionalText(300),
  documents: z.array(documentRef).max(50).default([]),
  /** 0-based place among its siblings; omitted: last. */
  position: z.number().int().min(0).max(1000).optional(),
});
export type AddAgendaItem = z.infer<typeof addAgendaItemBody>;

export const updateAgendaItemBody = z.strictObject({
  version,
  title: text(1000).optional(),
  presenter: z.string().trim().max(300).nullable().optional(),
  documents: z.array(documentRef).max(50).optional(),
  notes: z.string().trim().max(20_000).nullable().optional(),
  result: z.string().trim().max(5000).nullable().optional(),
});
export type UpdateAgendaItem = z.infer<typeof updateAgendaItemBody>;

export const reorderAgendaBody = z.strictObject({
  /** Every item id of one level (the same parent), in the new order. */
  parentId: z.uuid().nullable().default(null),
  itemIds: z.array(z.uuid()).min(1).max(200),
});

export const addSpeechBody = z.strictObject({
  /** A participant who spoke; or a name for someone else. */
  participantId: z.uuid().optional(),
  speakerName: z.string().trim().min(1).max(200).optional(),
  summary: text(10_000),
});
export type AddSpeech = z.infer<typeof addSpeechBody>;

export const speech = z.object({
  id: z.uuid(),
  personId: z.uuid().nullable(),
  speakerName: z.string(),
  speakerTitle: z.string().nullable(),
  summary: z.string(),
  position: z.number(),
});

export const agendaItem = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  /** '1', '1.2': the item's number in the agenda tree. */
  number: z.string(),
  position: z.number(),
  title: z.string(),
  presenter: z.string().nullable(),
  documents: z.array(z.object({ title: z.string(), url: z.string().nullable().optional(), documentId: z.string().nullable().optional() })),
  notes: z.string().nullable(),
  result: z.string().nullable(),
  speeches: z.array(speech),
  version: z.number(),
});
export type AgendaItem = z.infer<typeof agendaItem>;

// ---- votes, adopted documents, conclusions ----

export const addVoteBody = z.strictObject({
  itemId: z.uuid(),
  subject: text(1000),
  method: z.enum(VOTE_METHODS),
  majority: z.enum(MAJORITY_KINDS),
  forCount: z.number().int().min(0).max(100_000),
  againstCount: z.number().int().min(0).max(100_000),
  abstainCount: z.number().int().min(0).max(100_000),
  /** The vote on the meeting's resolution (nghị quyết): the minutes of a cell meeting must have one. */
  isResolution: z.boolean().default(false),
});
export type AddVote = z.infer<typeof addVoteBody>;

export const vote = z.object({
  id: z.uuid(),
  itemId: z.uuid(),
  subject: z.string(),
  method: z.enum(VOTE_METHODS),
  majority: z.enum(MAJORITY_KINDS),
  baseCount: z.number(),
  presentCount: z.number(),
  forCount: z.number(),
  againstCount: z.number(),
  abstainCount: z.number(),
  requiredCount: z.number(),
  passed: z.boolean(),
  isResolution: z.boolean(),
});
export type Vote = z.infer<typeof vote>;

export const addAdoptedDocumentBody = z.strictObject({
  itemId: z.uuid().nullable().default(null),
  /** NQ, QĐ, KL, CTr...: the document type's abbreviation. */
  documentType: z.string().trim().min(1).max(20),
  title: text(1000),
  voteId: z.uuid().nullable().default(null),
  documentId: z.uuid().nullable().default(null),
});
export type AddAdoptedDocument = z.infer<typeof addAdoptedDocumentBody>;

export const adoptedDocument = z.object({
  id: z.uuid(),
  itemId: z.uuid().nullable(),
  documentType: z.string(),
  title: z.string(),
  documentId: z.uuid().nullable(),
  voteId: z.uuid().nullable(),
});

export const addConclusionBody = z.strictObject({
  itemId: z.uuid().nullable().default(null),
  text: text(5000),
});

export const conclusionTaskBody = z.strictObject({
  title: z.string().trim().min(1).max(1000).optional(),
  ownerPersonId: z.uuid(),
  leadUnitId: z.uuid(),
  cooperatingUnitIds: z.array(z.uuid()).max(50).default([]),
  startOn: isoDay.nullable().default(null),
  dueOn: isoDay,
  expectedResult: text(2000),
  priority: z.enum(TASK_PRIORITIES).default('normal'),
});
export type ConclusionTaskInput = z.infer<typeof conclusionTaskBody>;

export const conclusion = z.object({
  id: z.uuid(),
  itemId: z.uuid().nullable(),
  number: z.number(),
  text: z.string(),
  taskId: z.uuid().nullable(),
});

// ---- the meeting page ----

export const meeting = meetingSummary.extend({
  organizationPath: z.string(),
  bodyId: z.uuid().nullable(),
  termId: z.uuid().nullable(),
  stateReason: z.string().nullable(),
  postponedFrom: z.string().nullable(),
  participants: z.array(participant),
  agenda: z.array(agendaItem),
  votes: z.array(vote),
  adoptedDocuments: z.array(adoptedDocument),
  conclusions: z.array(conclusion),
  quorum,
  /** The latest minutes' version and status, if any. */
  minutes: z.object({ id: z.uuid(), versionNo: z.number(), status: z.enum(MINUTES_STATUSES) }).nullable(),
  /** True while approved minutes freeze the record (a correction opens a new version). */
  frozen: z.boolean(),
  canEdit: z.boolean(),
});
export type Meeting = z.infer<typeof meeting>;

// ---- minutes ----

const namedTitle = z.object({ name: z.string(), title: z.string().nullable() });
const minutesItem = z.object({
  number: z.string(),
  depth: z.number(),
  title: z.string(),
  presenter: z.string().nullable(),
  documents: z.array(z.string()),
  notes: z.string().nullable(),
  speeches: z.array(z.object({ speakerName: z.string(), speakerTitle: z.string().nullable(), summary: z.string() })),
  votes: z.array(vote),
  result: z.string().nullable(),
});

/** What the minutes say: a snapshot drafted from the meeting record, never typed from scratch. */
export const minutesContent = z.object({
  meetingId: z.uuid(),
  kind: z.enum(MEETING_KINDS),
  heading: z.object({
    /** 'ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG': the superior organization, upper-cased; null at the top. */
    superiorName: z.string().nullable(),
    /** 'CHI BỘ VỤ TỔNG HỢP', upper-cased, printed with an asterisk below. */
    organizationName: z.string(),
    /** 'Hà Nội, ngày 05 tháng 01 năm 2026' */
    placeDateLine: z.string(),
  }),
  title: z.string(),
  organizationName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** 'Vào hồi 08 giờ 00 phút, ngày 05 tháng 01 năm 2026' */
  openingLine: z.string(),
  closingLine: z.string(),
  place: z.string().nullable(),
  chairs: z.array(namedTitle),
  secretary: namedTitle.nullable(),
  guests: z.array(namedTitle),
  invitedUnits: z.array(z.string()),
  attendance: z.object({
    present: z.array(namedTitle),
    absentExcused: z.array(z.object({ name: z.string(), reason: z.string().nullable() })),
    absentUnexcused: z.array(z.object({ name: z.string() })),
  }),
  quorum,
  items: z.array(minutesItem),
  votes: z.array(vote),
  adoptedDocuments: z.array(z.object({ documentType: z.string(), title: z.string() })),
  conclusions: z.array(z.object({ number: z.number(), text: z.string() })),
  signatures: z.array(z.object({ role: z.enum(['chair', 'secretary']), label: z.string(), name: z.string().nullable() })),
});
export type MinutesContent = z.infer<typeof minutesContent>;

export const completeness = z.object({
  complete: z.boolean(),
  gaps: z.array(z.object({ code: z.enum(MINUTES_GAPS), message: z.string(), itemId: z.uuid().nullable(), participantIds: z.array(z.uuid()) })),
});
export type Completeness = z.infer<typeof completeness>;

export const minutes = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  versionNo: z.number(),
  status: z.enum(MINUTES_STATUSES),
  content: minutesContent,
  correctionReason: z.string().nullable(),
  chairApprovedBy: z.string().nullable(),
  chairApprovedAt: z.string().nullable(),
  secretaryApprovedBy: z.string().nullable(),
  secretaryApprovedAt: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
});
export type Minutes = z.infer<typeof minutes>;

export const draftMinutesBody = z.strictObject({
  /** Required when the latest minutes are approved: the correction's reason (a new version). */
  correctionReason: z.string().trim().min(1).max(2000).optional(),
});

export const approveMinutesBody = z.strictObject({
  version,
  as: z.enum(['chair', 'secretary']),
});

