/**
 * Names for the shapes of the server's JSON answers, inferred from the server's own zod schemas (type-only
 * imports: nothing of the server is bundled). What each route takes and answers is in routes.gen.ts.
 */
import type { z } from 'zod';
import type { Me as ServerMe, apiToken, createdToken } from '../../../server/modules/auth/auth.schema.ts';
import type { auditEntry } from '../../../server/modules/audit/audit.schema.ts';
import type {
  organization,
  organizationEvent,
  organizationNode,
} from '../../../server/modules/organizations/organizations.schema.ts';
import type { person, personTitle, timelineEntry } from '../../../server/modules/people/people.schema.ts';
import type { assignment, holding, post } from '../../../server/modules/posts/posts.schema.ts';
import type { body, bodyMember, term, termDetail } from '../../../server/modules/terms/terms.schema.ts';
import type { user } from '../../../server/modules/users/users.schema.ts';

export type {
  BodyKind,
  Gender,
  OrganizationEventKind,
  OrganizationKind,
  Permission,
  Role,
  Sphere,
} from '../../../common/enums.ts';

export type { Page } from './routes.gen';

export type Me = ServerMe;
export type ApiToken = z.infer<typeof apiToken>;
export type CreatedToken = z.infer<typeof createdToken>;
export type Organization = z.infer<typeof organization>;
export type OrganizationNode = z.infer<typeof organizationNode>;
export type OrganizationEvent = z.infer<typeof organizationEvent>;
export type Term = z.infer<typeof term>;
export type BodyMember = z.infer<typeof bodyMember>;
export type Body = z.infer<typeof body>;
export type TermDetail = z.infer<typeof termDetail>;
export type Holding = z.infer<typeof holding>;
export type Post = z.infer<typeof post>;
export type Assignment = z.infer<typeof assignment>;
export type Person = z.infer<typeof person>;
export type PersonTitle = z.infer<typeof personTitle>;
export type TimelineEntry = z.infer<typeof timelineEntry>;
export type User = z.infer<typeof user>;
export type UserGrant = User['grants'][number];
export type AuditEntry = z.infer<typeof auditEntry>;
