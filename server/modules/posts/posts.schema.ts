import { z } from 'zod';
import { isoDay } from '../../lib/dates.ts';

import { SPHERES } from '../../../common/enums.ts';

export const holding = z.object({
  id: z.uuid(),
  postId: z.uuid(),
  personId: z.uuid(),
  fullName: z.string(),
  termId: z.uuid().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
});

export const post = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  name: z.string(),
  title: z.string(),
  sphere: z.enum(SPHERES),
  precedence: z.number(),
  elected: z.boolean(),
  version: z.number(),
  holders: z.array(holding),
});

export const createPostBody = z.strictObject({
  name: z.string().trim().min(2).max(120),
  /** The full printed title, e.g. "Bí thư Đảng ủy Cơ quan". */
  title: z.string().trim().min(2).max(300),
  sphere: z.enum(SPHERES),
  precedence: z.number().int().min(0).max(100000),
  elected: z.boolean().default(false),
});

export const updatePostBody = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(2).max(120).optional(),
  title: z.string().trim().min(2).max(300).optional(),
  precedence: z.number().int().min(0).max(100000).optional(),
});

const endNotBeforeStart: [(v: { startsOn: string; endsOn: string | null }) => boolean, z.core.$ZodCustomParams] = [
  (v) => !v.endsOn || v.endsOn >= v.startsOn,
  {
    path: ['endsOn'],
    message: 'holding.date_order',
    params: { text: { vi: 'Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.', en: 'The end date must not be before the start date.' } },
  },
];
const period = { startsOn: isoDay, endsOn: isoDay.nullable().default(null) };

export const addHoldingBody = z
  .strictObject({
    personId: z.uuid(),
    termId: z.uuid().nullable().default(null),
    decisionRef: z.string().trim().max(200).nullable().default(null),
    ...period,
  })
  .refine(...endNotBeforeStart);

export const assignment = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  personId: z.uuid(),
  fullName: z.string(),
  termId: z.uuid().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});

export const addAssignmentBody = z
  .strictObject({ personId: z.uuid(), termId: z.uuid().nullable().default(null), ...period })
  .refine(...endNotBeforeStart);

/** Ends a holding or an assignment on a day. */
export const endBody = z.strictObject({ endsOn: isoDay });
