import { PERMISSIONS, type Permission, type Role, type Scopes, SECRECY_LEVELS, type SecrecyLevel } from '../../common/enums.ts';

export { PERMISSIONS, ROLES, SECRECY_LEVELS } from '../../common/enums.ts';
export type { Permission, Role, SecrecyLevel } from '../../common/enums.ts';

const ALL: readonly Permission[] = PERMISSIONS;

/**
 * Roles are granted on an organization and apply to it and everything below it. What each role may do
 * is this table; where it may do it is the grant's subtree.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ALL,
  committee_office: [
    'organizations.read', 'organizations.write', 'people.read', 'people.write', 'audit.read', 'members.read', 'members.write', 'members.personal_data',
    'meetings.read', 'meetings.write', 'tasks.read', 'tasks.write',
    'documents.read', 'documents.write', 'correspondence.read', 'correspondence.write', 'letters.read', 'letters.write',
    'reports.read', 'reports.write',
  ],
  cell_secretary: [
    'organizations.read', 'people.read', 'people.write', 'audit.read', 'members.read', 'members.write', 'members.personal_data',
    'meetings.read', 'meetings.write', 'tasks.read', 'tasks.write', 'documents.read', 'documents.write', 'correspondence.read',
    'reports.read', 'reports.write',
  ],
  // A member reads the directory, their cell's meetings, and only their own member record (the members
  // module checks that) and tasks.
  member: ['organizations.read', 'people.read', 'meetings.read'],
  // Letters about party members are routed to the inspection committee.
  inspector: ['organizations.read', 'people.read', 'audit.read', 'members.read', 'meetings.read', 'tasks.read', 'documents.read', 'letters.read', 'letters.write'],
  emulation_officer: ['organizations.read', 'people.read', 'members.read', 'meetings.read'],
  // Articles are drafted from meetings' records and name people with their titles (the directory).
  portal_editor: ['organizations.read', 'people.read', 'meetings.read'],
  superior_readonly: [
    'organizations.read', 'people.read', 'audit.read', 'members.read', 'meetings.read', 'tasks.read', 'documents.read', 'correspondence.read',
    'reports.read',
  ],
};

export function secrecyRank(level: SecrecyLevel): number {
  return SECRECY_LEVELS.indexOf(level);
}

/** A record marked `level` may be read only by an actor whose clearance is at least that level. */
export function clearanceAllows(clearance: number, level: SecrecyLevel): boolean {
  return clearance >= secrecyRank(level);
}

export interface Grant {
  role: Role;
  organizationId: string;
  /** Materialized path of the organization the role is granted on: '/<top>/.../<org>/'. */
  path: string;
}

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  personId: string | null;
  clearance: number;
  /** Holds admin on every top-level organization and may create new ones. */
  isSystemAdmin: boolean;
  grants: Grant[];
  via: 'session' | 'token';
  sessionId?: string;
}

/** The subtrees (path prefixes) in which the actor holds `permission`, without nested duplicates. */
export function scopesFor(actor: Actor, permission: Permission): string[] {
  const paths = actor.grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission)).map((g) => g.path);
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  return sorted.filter((p, i) => !sorted.slice(0, i).some((shorter) => p.startsWith(shorter)));
}

export function canAt(actor: Actor, permission: Permission, path: string): boolean {
  return scopesFor(actor, permission).some((prefix) => path.startsWith(prefix));
}

/** Every permission with the subtrees it applies to: what the web app needs to show or hide actions. */
export function allScopes(actor: Actor): Scopes {
  return Object.fromEntries(PERMISSIONS.map((p) => [p, scopesFor(actor, p)])) as Scopes;
}

export function canAnywhere(actor: Actor, permission: Permission): boolean {
  return scopesFor(actor, permission).length > 0;
}

