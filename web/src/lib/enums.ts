import type { Sphere } from '../api/types';

/** The domain's value lists come from common/ (shared with the server); their labels are in the i18n catalogues. */
export {
  BODY_KINDS,
  CLEARANCE_LEVELS as CLEARANCES,
  ORGANIZATION_EVENT_KINDS as EVENT_KINDS,
  ORGANIZATION_KINDS,
  ROLES,
  SPHERES,
  defaultBodies,
  isBodyKind,
  isCellKind,
  isPartyKind,
} from '../../../common/enums.ts';

export const SPHERE_COLORS: Record<Sphere, string> = { party: 'red', agency: 'blue', mass: 'green' };
export const CLEARANCE_COLORS = ['default', 'gold', 'orange', 'red'] as const;

export type ClearanceKey = '0' | '1' | '2' | '3';
export const clearanceKey = (level: number): ClearanceKey =>
  level === 1 ? '1' : level === 2 ? '2' : level === 3 ? '3' : '0';
