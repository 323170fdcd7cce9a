import { z } from 'zod';
import { isoDay } from '../../lib/dates.ts';

import { ORGANIZATION_EVENT_KINDS, ORGANIZATION_KINDS } from '../../../common/enums.ts';

export type { OrganizationKind } from '../../../common/enums.ts';

const name = z.string().trim().min(2).max(300);
const shortName = z.string().trim().max(100).nullable();
const code = z.string().trim().max(50).nullable();

export const organization = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  path: z.string(),
  depth: z.number(),
  kind: z.enum(ORGANIZATION_KINDS),
  name: z.string(),
  shortName: z.string().nullable(),
  code: z.string().nullable(),
  sortOrder: z.number(),
  foundedOn: z.string().nullable(),
  dissolvedOn: z.string().nullable(),
  mergedIntoId: z.uuid().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organization = z.infer<typeof organization>;

export const organizationNode = organization.pick({
  id: true,
  parentId: true,
  kind: true,
  name: true,
  shortName: true,
  sortOrder: true,
  dissolvedOn: true,
  depth: true,
});

export const organizationEvent = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  kind: z.enum(ORGANIZATION_EVENT_KINDS),
  occurredOn: z.string(),
  details: z.record(z.string(), z.unknown()),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const createOrganizationBody = z.strictObject({
  parentId: z.uuid().nullable(),
  kind: z.enum(ORGANIZATION_KINDS),
  name,
  shortName: shortName.default(null),
  code: code.default(null),
  sortOrder: z.number().int().min(0).max(100000).default(0),
  foundedOn: isoDay.nullable().default(null),
});
export type CreateOrganization = z.infer<typeof createOrganizationBody>;

export const updateOrganizationBody = z.strictObject({
  version: z.number().int().min(1),
  name: name.optional(),
  shortName: shortName.optional(),
  code: code.optional(),
  sortOrder: z.number().int().min(0).max(100000).optional(),
  /** The day a rename takes effect, recorded in the history. Defaults to today. */
  effectiveOn: isoDay.optional(),
});
export type UpdateOrganization = z.infer<typeof updateOrganizationBody>;

export const moveOrganizationBody = z.strictObject({
  version: z.number().int().min(1),
  parentId: z.uuid(),
  effectiveOn: isoDay,
  note: z.string().trim().max(1000).nullable().default(null),
});

export const dissolveOrganizationBody = z.strictObject({
  version: z.number().int().min(1),
  effectiveOn: isoDay,
  note: z.string().trim().max(1000).nullable().default(null),
});

export const mergeOrganizationBody = dissolveOrganizationBody.extend({ intoId: z.uuid() });

export const listOrganizationsQuery = z.strictObject({
  parentId: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  includeDissolved: z.enum(['true', 'false']).optional(),
});
