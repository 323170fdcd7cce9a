import type { ColumnType, Generated } from 'kysely';
import type { BodyKind, Gender, OrganizationEventKind, OrganizationKind, Role, Sphere } from '../../common/enums.ts';
import type { DocumentsTables } from './schema.documents.ts';
import type { DefaultedJsonColumn, JsonObject, NullableJsonColumn } from './json.ts';
import type { JobsTables } from './schema.jobs.ts';
import type { ProgramsTables } from './schema.programs.ts';
import type { DuesTables } from './schema.dues.ts';
import type { MeetingsTables } from './schema.meetings.ts';
import type { MembersTables } from './schema.members.ts';

/** Dates travel as 'YYYY-MM-DD' strings and timestamps as ISO strings (see db/client.ts parsers). */
type Day = string;
type Timestamp = ColumnType<string, string | undefined, string>;
type Folded = ColumnType<string | null, never, never>;

export interface LegalBasesTable {
  id: string;
  symbol: string;
  issuer: string;
  title: string;
  issuedOn: Day | null;
  effectiveFrom: Day | null;
  replacedById: string | null;
  createdAt: Timestamp;
}

export interface OrganizationsTable {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  kind: OrganizationKind;
  name: string;
  shortName: string | null;
  code: string | null;
  sortOrder: Generated<number>;
  foundedOn: Day | null;
  dissolvedOn: Day | null;
  mergedIntoId: string | null;
  nameFold: Folded;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt: string | null;
}

export interface OrganizationEventsTable {
  id: string;
  organizationId: string;
  kind: OrganizationEventKind;
  occurredOn: Day;
  details: DefaultedJsonColumn<JsonObject>;
  note: string | null;
  createdAt: Timestamp;
}

export interface PeopleTable {
  id: string;
  familyName: string;
  middleName: Generated<string>;
  givenName: string;
  fullName: string;
  sortKey: string;
  nameFold: Folded;
  gender: Gender | null;
  birthDate: Day | null;
  organizationId: string;
  email: string | null;
  phone: string | null;
  isDemo: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt: string | null;
}

export interface TermsTable {
  id: string;
  organizationId: string;
  ordinal: number;
  startYear: number;
  endYear: number;
  congressOpenedOn: Day | null;
  congressClosedOn: Day;
  startsOn: Day;
  endsOn: Day | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface BodiesTable {
  id: string;
  termId: string;
  organizationId: string;
  kind: BodyKind;
  startsOn: Day;
  endsOn: Day | null;
  createdAt: Timestamp;
}

export interface BodyMembersTable {
  id: string;
  bodyId: string;
  personId: string;
  startsOn: Day;
  endsOn: Day | null;
  createdAt: Timestamp;
}

export interface PostsTable {
  id: string;
  organizationId: string;
  name: string;
  title: string;
  sphere: Sphere;
  precedence: number;
  elected: Generated<boolean>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  deletedAt: string | null;
}

export interface PostHoldingsTable {
  id: string;
  postId: string;
  personId: string;
  termId: string | null;
  startsOn: Day;
  endsOn: Day | null;
  decisionRef: string | null;
  createdAt: Timestamp;
}

export interface CellAssignmentsTable {
  id: string;
  organizationId: string;
  personId: string;
  termId: string | null;
  startsOn: Day;
  endsOn: Day | null;
  createdAt: Timestamp;
}

export interface UsersTable {
  id: string;
  username: string;
  passwordHash: string;
  displayName: string;
  email: string | null;
  personId: string | null;
  clearance: Generated<number>;
  isSystemAdmin: Generated<boolean>;
  locale: Generated<string>;
  disabledAt: string | null;
  lastLoginAt: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface RoleGrantsTable {
  id: string;
  userId: string;
  role: Role;
  organizationId: string;
  createdAt: Timestamp;
}

export interface SessionsTable {
  id: string;
  userId: string;
  createdAt: Timestamp;
  expiresAt: string;
  lastSeenAt: Timestamp;
  ip: string | null;
  userAgent: string | null;
}

export interface ApiTokensTable {
  id: string;
  userId: string;
  name: string;
  tokenHash: string;
  prefix: string;
  createdAt: Timestamp;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  username: string;
  ip: string;
  success: boolean;
  at: Timestamp;
}

export interface AuditLogTable {
  seq: Generated<number>;
  id: string;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  scopePath: string | null;
  before: NullableJsonColumn<unknown>;
  after: NullableJsonColumn<unknown>;
  requestId: string | null;
  prevHash: string;
  hash: string;
  /** The described record's secrecy level when the entry was written (outside the hash chain). */
  secrecy: Generated<string>;
}

/** The chain's last hash, one row (id 1) locked by every append (audit.chain.ts, migration 0018). */
export interface AuditHeadTable {
  id: number;
  prevHash: string;
  hash: string;
}

/** Every table. Each module's tables are declared in its own schema.<module>.ts and joined here. */
export interface DB extends MembersTables, DuesTables, MeetingsTables, DocumentsTables, ProgramsTables, JobsTables {
  legalBases: LegalBasesTable;
  organizations: OrganizationsTable;
  organizationEvents: OrganizationEventsTable;
  people: PeopleTable;
  terms: TermsTable;
  bodies: BodiesTable;
  bodyMembers: BodyMembersTable;
  posts: PostsTable;
  postHoldings: PostHoldingsTable;
  cellAssignments: CellAssignmentsTable;
  users: UsersTable;
  roleGrants: RoleGrantsTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  loginAttempts: LoginAttemptsTable;
  auditLog: AuditLogTable;
  auditHead: AuditHeadTable;
}
