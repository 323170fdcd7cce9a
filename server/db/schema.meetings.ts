import type { ColumnType, Generated } from 'kysely';
import type {
  AttendanceState,
  MajorityKind,
  MeetingKind,
  MeetingState,
  MinutesStatus,
  ParticipantKind,
  TaskPriority,
  TaskSource,
  TaskStatus,
  VoteMethod,
} from '../../common/enums.ts';
import type { DefaultedJsonColumn, JsonColumn, JsonObject, NullableJsonColumn } from './json.ts';

type Day = string;
type Timestamp = ColumnType<string, string | undefined, string>;
type Folded = ColumnType<string | null, never, never>;

/** Tables of meetings, minutes and tasks (migration 20261129_0004_meetings). */
export interface MeetingsTable {
  id: string;
  organizationId: string;
  /** The organizing organization's path: the scope every reader is filtered by. */
  scopePath: string;
  bodyId: string | null;
  termId: string | null;
  kind: MeetingKind;
  ordinal: number | null;
  title: string;
  titleFold: Folded;
  startsAt: string;
  endsAt: string;
  place: string | null;
  state: Generated<MeetingState>;
  stateReason: string | null;
  postponedFrom: string | null;
  /** The quorum as the minutes froze it (meetings.minutes.ts); NULL until then. */
  quorum: NullableJsonColumn<JsonObject>;
  closedAt: string | null;
  createdBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt: string | null;
}

export interface MeetingParticipantsTable {
  id: string;
  meetingId: string;
  personId: string | null;
  organizationId: string | null;
  kind: ParticipantKind;
  isChair: Generated<boolean>;
  isSecretary: Generated<boolean>;
  name: string;
  /** Every title the person held on the meeting's day, frozen when invited. */
  title: string | null;
  memberStatus: string | null;
  inQuorumBase: Generated<boolean>;
  attendance: Generated<AttendanceState>;
  absenceReason: string | null;
  checkedInAt: string | null;
  position: Generated<number>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface AgendaDocumentRef {
  title: string;
  url?: string | null;
  documentId?: string | null;
}

export interface MeetingAgendaItemsTable {
  id: string;
  meetingId: string;
  parentId: string | null;
  position: number;
  title: string;
  presenter: string | null;
  documents: DefaultedJsonColumn<AgendaDocumentRef[]>;
  notes: string | null;
  result: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt: string | null;
}

export interface MeetingSpeechesTable {
  id: string;
  itemId: string;
  personId: string | null;
  speakerName: string;
  speakerTitle: string | null;
  summary: string;
  position: number;
  createdAt: Timestamp;
  deletedAt: string | null;
}

export interface MeetingVotesTable {
  id: string;
  meetingId: string;
  itemId: string;
  subject: string;
  method: VoteMethod;
  majority: MajorityKind;
  baseCount: number;
  presentCount: number;
  forCount: number;
  againstCount: number;
  abstainCount: number;
  requiredCount: number;
  passed: boolean;
  isResolution: Generated<boolean>;
  createdBy: string | null;
  createdAt: Timestamp;
  deletedAt: string | null;
}

export interface MeetingAdoptedDocumentsTable {
  id: string;
  meetingId: string;
  itemId: string | null;
  documentType: string;
  title: string;
  documentId: string | null;
  voteId: string | null;
  createdAt: Timestamp;
  deletedAt: string | null;
}

export interface MeetingConclusionsTable {
  id: string;
  meetingId: string;
  itemId: string | null;
  position: number;
  text: string;
  taskId: string | null;
  createdAt: Timestamp;
  deletedAt: string | null;
}

export interface MeetingMinutesTable {
  id: string;
  meetingId: string;
  versionNo: number;
  status: Generated<MinutesStatus>;
  content: JsonColumn<JsonObject>;
  correctionReason: string | null;
  chairApprovedBy: string | null;
  chairApprovedAt: string | null;
  secretaryApprovedBy: string | null;
  secretaryApprovedAt: string | null;
  createdBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface TasksTable {
  id: string;
  title: string;
  titleFold: Folded;
  description: string | null;
  sourceKind: TaskSource;
  sourceId: string | null;
  ownerPersonId: string | null;
  leadUnitId: string;
  scopePath: string;
  startOn: Day | null;
  dueOn: Day | null;
  originalDueOn: Day | null;
  expectedResult: string | null;
  priority: Generated<TaskPriority>;
  status: Generated<TaskStatus>;
  progress: Generated<number>;
  completedOn: Day | null;
  result: string | null;
  createdBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt: string | null;
}

export interface TaskCooperatingUnitsTable {
  taskId: string;
  organizationId: string;
}

export interface TaskEventsTable {
  id: string;
  taskId: string;
  kind: string;
  occurredAt: Timestamp;
  progress: number | null;
  dueOn: Day | null;
  note: string | null;
  details: DefaultedJsonColumn<JsonObject>;
  createdBy: string | null;
}

export interface MeetingsTables {
  meetings: MeetingsTable;
  meetingParticipants: MeetingParticipantsTable;
  meetingAgendaItems: MeetingAgendaItemsTable;
  meetingSpeeches: MeetingSpeechesTable;
  meetingVotes: MeetingVotesTable;
  meetingAdoptedDocuments: MeetingAdoptedDocumentsTable;
  meetingConclusions: MeetingConclusionsTable;
  meetingMinutes: MeetingMinutesTable;
  tasks: TasksTable;
  taskCooperatingUnits: TaskCooperatingUnitsTable;
  taskEvents: TaskEventsTable;
}
