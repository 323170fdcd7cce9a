import type { Kysely } from 'kysely';
import type { Sphere } from '../../../common/enums.ts';
import type { DB } from '../../db/schema.ts';

/**
 * A person's title on a day, computed once for every screen and file that prints one (the title
 * endpoint, meeting participants and guests, minutes, invitations): every post held that day, in one
 * deterministic order, joined with commas.
 */

export interface HeldPost {
  postId: string;
  title: string;
  organizationId: string;
  sphere: Sphere;
  precedence: number;
  startsOn: string;
  endsOn: string | null;
}

const SPHERE_RANK: Record<string, number> = { party: 0, agency: 1 };

/**
 * Party posts first, then agency posts, then the rest; within a sphere by precedence; posts of equal
 * precedence by the day the holding started (the earlier first), then by the post's id, so that two
 * queries never order the same posts differently.
 */
export function compareHeldPosts(a: HeldPost, b: HeldPost): number {
  return (SPHERE_RANK[a.sphere] ?? 2) - (SPHERE_RANK[b.sphere] ?? 2)
    || a.precedence - b.precedence
    || (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0)
    || (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0);
}

/** "Bí thư Đảng ủy Cơ quan, Phó Chủ nhiệm Văn phòng Quốc hội", or null when no post is held. */
export function titleOfPosts(posts: readonly HeldPost[]): string | null {
  if (posts.length === 0) return null;
  return [...posts].sort(compareHeldPosts).map((p) => p.title).join(', ');
}

/** The posts each person held on `day`, in the title's order. */
export async function heldPostsOn(db: Kysely<DB>, personIds: readonly string[], day: string): Promise<Map<string, HeldPost[]>> {
  const out = new Map<string, HeldPost[]>();
  if (personIds.length === 0) return out;
  const rows = await db
    .selectFrom('postHoldings as h')
    .innerJoin('posts as po', 'po.id', 'h.postId')
    .select(['h.personId', 'po.id as postId', 'po.title', 'po.organizationId', 'po.sphere', 'po.precedence', 'h.startsOn', 'h.endsOn'])
    .where('h.personId', 'in', [...new Set(personIds)])
    .where('h.startsOn', '<=', day)
    .where((eb) => eb.or([eb('h.endsOn', 'is', null), eb('h.endsOn', '>=', day)]))
    .where('po.deletedAt', 'is', null)
    .execute();
  for (const { personId, ...post } of rows) out.set(personId, [...(out.get(personId) ?? []), post]);
  for (const posts of out.values()) posts.sort(compareHeldPosts);
  return out;
}

/** Each person's title on `day` (people without a post are absent from the map). */
export async function titlesOn(db: Kysely<DB>, personIds: readonly string[], day: string): Promise<Map<string, string>> {
  const held = await heldPostsOn(db, personIds, day);
  return new Map([...held].map(([id, posts]) => [id, titleOfPosts(posts) ?? '']));
}
