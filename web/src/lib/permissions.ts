import type { Me, Role } from '../api/types';

/**
 * What each role may do, mirroring the server's table (server/lib/roles.ts). The UI only uses it to
 * hide actions a user cannot take; the server decides.
 */
export type Permission =
  | 'organizations.read'
  | 'organizations.write'
  | 'people.read'
  | 'people.write'
  | 'users.manage'
  | 'audit.read';

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['organizations.read', 'organizations.write', 'people.read', 'people.write', 'users.manage', 'audit.read'],
  committee_office: ['organizations.read', 'organizations.write', 'people.read', 'people.write', 'audit.read'],
  cell_secretary: ['organizations.read', 'people.read', 'people.write', 'audit.read'],
  member: ['organizations.read', 'people.read'],
  inspector: ['organizations.read', 'people.read', 'audit.read'],
  emulation_officer: ['organizations.read', 'people.read'],
  portal_editor: ['organizations.read'],
  superior_readonly: ['organizations.read', 'people.read', 'audit.read'],
};

/** True when `me` holds `permission` somewhere, or at the organization with materialized `path`. */
export function can(me: Me | null | undefined, permission: Permission, path?: string): boolean {
  if (!me) return false;
  if (me.isSystemAdmin) return true;
  return me.grants.some(
    (g) => ROLE_PERMISSIONS[g.role].includes(permission) && (path === undefined || path.startsWith(g.path)),
  );
}
