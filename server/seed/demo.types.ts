import type { Insertable } from 'kysely';
import type { DB } from '../db/schema.ts';

/** Every row of the demo's organizations, people, terms, posts and accounts, built in memory (demo.ts). */
export interface DemoData {
  organizations: Insertable<DB['organizations']>[];
  organizationEvents: Insertable<DB['organizationEvents']>[];
  people: Insertable<DB['people']>[];
  terms: Insertable<DB['terms']>[];
  bodies: Insertable<DB['bodies']>[];
  bodyMembers: Insertable<DB['bodyMembers']>[];
  posts: Insertable<DB['posts']>[];
  postHoldings: Insertable<DB['postHoldings']>[];
  cellAssignments: Insertable<DB['cellAssignments']>[];
  users: Insertable<DB['users']>[];
  roleGrants: Insertable<DB['roleGrants']>[];
}
