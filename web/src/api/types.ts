/** Shapes of the server's JSON answers (see the API contract at /api/docs). */

export type Role =
  | 'admin'
  | 'committee_office'
  | 'cell_secretary'
  | 'member'
  | 'inspector'
  | 'emulation_officer'
  | 'portal_editor'
  | 'superior_readonly';

export type OrganizationKind =
  | 'superior_committee'
  | 'grassroots_committee'
  | 'intermediate_committee'
  | 'cell_under_committee'
  | 'grassroots_cell'
  | 'party_group'
  | 'agency'
  | 'department'
  | 'mass_organization';

export type BodyKind = 'executive_committee' | 'standing_committee' | 'inspection_committee' | 'cell_executive';
export type Sphere = 'party' | 'agency' | 'mass';
export type Gender = 'male' | 'female';
export type OrganizationEventKind = 'created' | 'renamed' | 'moved' | 'merged' | 'absorbed' | 'dissolved';

export interface Page<T> {
  data: T[];
  links: { next: string | null };
  meta: { sort: string; total?: number };
}

export interface ListOf<T> {
  data: T[];
}

export interface Me {
  userId: string;
  username: string;
  displayName: string;
  personId: string | null;
  clearance: number;
  isSystemAdmin: boolean;
  grants: { role: Role; organizationId: string; path: string }[];
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedToken {
  id: string;
  name: string;
  prefix: string;
  token: string;
  expiresAt: string | null;
}

export interface Organization {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  kind: OrganizationKind;
  name: string;
  shortName: string | null;
  code: string | null;
  sortOrder: number;
  foundedOn: string | null;
  dissolvedOn: string | null;
  mergedIntoId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type OrganizationNode = Pick<
  Organization,
  'id' | 'parentId' | 'kind' | 'name' | 'shortName' | 'sortOrder' | 'dissolvedOn' | 'depth'
>;

export interface OrganizationEvent {
  id: string;
  organizationId: string;
  kind: OrganizationEventKind;
  occurredOn: string;
  details: Record<string, unknown>;
  note: string | null;
  createdAt: string;
}

export interface Term {
  id: string;
  organizationId: string;
  ordinal: number;
  ordinalRoman: string;
  label: string;
  startYear: number;
  endYear: number;
  congressOpenedOn: string | null;
  congressClosedOn: string;
  startsOn: string;
  endsOn: string | null;
  version: number;
}

export interface BodyMember {
  id: string;
  personId: string;
  fullName: string;
  startsOn: string;
  endsOn: string | null;
}

export interface Body {
  id: string;
  kind: BodyKind;
  startsOn: string;
  endsOn: string | null;
  members: BodyMember[];
}

export type TermDetail = Term & { bodies: Body[] };

export interface Holding {
  id: string;
  personId: string;
  fullName: string;
  startsOn: string;
  endsOn: string | null;
  decisionRef: string | null;
}

export interface Post {
  id: string;
  organizationId: string;
  name: string;
  title: string;
  sphere: Sphere;
  precedence: number;
  elected: boolean;
  version: number;
  holders: Holding[];
}

export interface Assignment {
  id: string;
  personId: string;
  fullName: string;
  termId: string | null;
  startsOn: string;
  endsOn: string | null;
}

export interface Person {
  id: string;
  familyName: string;
  middleName: string;
  givenName: string;
  fullName: string;
  gender: Gender | null;
  birthDate: string | null;
  organizationId: string | null;
  organizationName: string | null;
  email: string | null;
  phone: string | null;
  isDemo: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface PersonTitle {
  personId: string;
  date: string;
  title: string;
  posts: {
    postId: string;
    title: string;
    organizationId: string;
    sphere: Sphere;
    precedence: number;
    startsOn: string;
    endsOn: string | null;
  }[];
}

export interface TimelineEntry {
  kind: 'post' | 'body' | 'assignment';
  id: string;
  label: string;
  organizationId: string | null;
  organizationName: string | null;
  startsOn: string;
  endsOn: string | null;
}

export interface UserGrant {
  id: string;
  role: Role;
  organizationId: string;
  organizationName: string;
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  personId: string | null;
  clearance: number;
  isSystemAdmin: boolean;
  disabledAt: string | null;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
  grants: UserGrant[];
}

export interface AuditEntry {
  seq: number;
  id: string;
  at: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}
