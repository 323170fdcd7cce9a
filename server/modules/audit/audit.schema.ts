import { z } from 'zod';

export const auditEntry = z.object({
  seq: z.number(),
  id: z.uuid(),
  at: z.string(),
  actorUserId: z.uuid().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  scopePath: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
});

export const chainVerdict = z.object({
  ok: z.boolean(),
  rows: z.number(),
  seq: z.number().optional(),
  id: z.string().optional(),
  reason: z.enum(['hash_mismatch', 'broken_link']).optional(),
});
