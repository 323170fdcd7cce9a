import { z } from 'zod';
import { isoDay } from '../../lib/dates.ts';
import { REGIMES } from '../../lib/numbering.ts';

/** The search over documents, the incoming register and letters: the query and one hit. */
export const SEARCH_KINDS = ['document', 'incoming', 'letter'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const searchQuery = z.strictObject({
  q: z.string().trim().min(1).max(200),
  kinds: z.string().regex(/^(document|incoming|letter)(,(document|incoming|letter))*$/).optional(),
  regime: z.enum(REGIMES).optional(),
  typeId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.uuid(),
  symbol: z.string().nullable(),
  summary: z.string(),
  date: z.string().nullable(),
  organizationId: z.uuid(),
  score: z.number(),
  /** A window of the text around the first match, and where the query's words are in it. */
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number(), z.number()])),
});
export type SearchHit = z.infer<typeof searchHit>;
