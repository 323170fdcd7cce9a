import type { BodyKind, OrganizationEventKind, OrganizationKind, Role, Sphere } from '../api/types';

/** Value lists in display order; their labels live in the i18n catalogues. */
export const ROLES: Role[] = [
  'admin',
  'committee_office',
  'cell_secretary',
  'member',
  'inspector',
  'emulation_officer',
  'portal_editor',
  'superior_readonly',
];

export const ORGANIZATION_KINDS: OrganizationKind[] = [
  'superior_committee',
  'grassroots_committee',
  'intermediate_committee',
  'cell_under_committee',
  'grassroots_cell',
  'party_group',
  'agency',
  'department',
  'mass_organization',
];

export const PARTY_KINDS: readonly OrganizationKind[] = ORGANIZATION_KINDS.slice(0, 6);
export const CELL_KINDS: readonly OrganizationKind[] = ['cell_under_committee', 'grassroots_cell', 'party_group'];
export const isPartyKind = (k: OrganizationKind) => PARTY_KINDS.includes(k);
export const isCellKind = (k: OrganizationKind) => CELL_KINDS.includes(k);

export const BODY_KINDS: BodyKind[] = ['executive_committee', 'standing_committee', 'inspection_committee', 'cell_executive'];
export const isBodyKind = (k: string): k is BodyKind => (BODY_KINDS as string[]).includes(k);
export const SPHERES: Sphere[] = ['party', 'agency', 'mass'];
export const CLEARANCES = [0, 1, 2, 3] as const;
export const EVENT_KINDS: OrganizationEventKind[] = ['created', 'renamed', 'moved', 'merged', 'absorbed', 'dissolved'];

export const SPHERE_COLORS: Record<Sphere, string> = { party: 'red', agency: 'blue', mass: 'green' };
export const CLEARANCE_COLORS = ['default', 'gold', 'orange', 'red'] as const;

export type ClearanceKey = '0' | '1' | '2' | '3';
export const clearanceKey = (level: number): ClearanceKey =>
  level === 1 ? '1' : level === 2 ? '2' : level === 3 ? '3' : '0';
