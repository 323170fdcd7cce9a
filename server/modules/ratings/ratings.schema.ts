import { z } from 'zod';

/** The four levels of QĐ 366-QĐ/TW, best first: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
export const RATING_LEVELS = ['hoan_thanh_xuat_sac', 'hoan_thanh_tot', 'hoan_thanh', 'khong_hoan_thanh'] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
const level = z.enum(RATING_LEVELS);
const version = z.number().int().min(1);

export const roundQuery = z.strictObject({ organizationId: z.uuid(), year: z.coerce.number().int().min(1930).max(2200) });
export const createRoundBody = z.strictObject({ organizationId: z.uuid(), year: z.number().int().min(1930).max(2200) });

export const selfBody = z.strictObject({
  version,
  score: z.number().int().min(0).max(100).nullable(),
  /** Omitted: the level the score's band gives. */
  level: level.optional(),
  note: z.string().trim().max(2000).nullable().default(null),
});
export type SelfInput = z.infer<typeof selfBody>;
export const proposalBody = z.strictObject({ version, level: level.nullable() });
export const decisionBody = z.strictObject({
  version,
  level: level.nullable(),
  /** Decide although the quota of excellent ratings would be exceeded (the warning was read). */
  overrideQuota: z.boolean().default(false),
});
export type DecisionInput = z.infer<typeof decisionBody>;

export const entry = z.object({
  id: z.uuid(),
  /** Null for the organization's own rating. */
  memberId: z.uuid().nullable(),
  subjectName: z.string(),
  selfScore: z.number().nullable(),
  selfLevel: level.nullable(),
  selfNote: z.string().nullable(),
  proposedLevel: level.nullable(),
  decidedLevel: level.nullable(),
  decidedOn: z.string().nullable(),
  version: z.number(),
});
export type Entry = z.infer<typeof entry>;

export const quota = z.object({
  basisPoints: z.number(),
  excellent: z.number(),
  goodOrAbove: z.number(),
  max: z.number(),
  exceeded: z.boolean(),
});
export type Quota = z.infer<typeof quota>;

export const round = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  year: z.number(),
  canPropose: z.boolean(),
  canDecide: z.boolean(),
  scoreBands: z.record(z.string(), z.number()),
  quota,
  entries: z.array(entry),
});
export type Round = z.infer<typeof round>;

export const memberHistory = z.object({
  memberId: z.uuid(),
  data: z.array(z.object({ year: z.number(), organizationName: z.string(), selfScore: z.number().nullable(), selfLevel: level.nullable(), proposedLevel: level.nullable(), decidedLevel: level.nullable() })),
});
