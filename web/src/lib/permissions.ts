import { allows } from '../../../common/enums.ts';
import type { Me, Permission } from '../api/types';

export type { Permission };

/**
 * True when `me` holds `permission` somewhere, or at the organization with materialized `path`.
 * The server sends where each permission applies (`me.scopes`); the UI only hides what the server
 * would refuse anyway.
 */
export function can(me: Me | null | undefined, permission: Permission, path?: string): boolean {
  return me ? allows(me.scopes, permission, path) : false;
}
