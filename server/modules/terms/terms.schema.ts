import { z } from 'zod';
import { isoDay } from '../../lib/dates.ts';

import { BODY_KINDS } from '../../../common/enums.ts';

export const term = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  ordinal: z.number(),
  ordinalRoman: z.string(),
  label: z.string(),
  startYear: z.number(),
  endYear: z.number(),
  congressOpenedOn: z.string().nullable(),
  congressClosedOn: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  version: z.number(),
});
export type Term = z.infer<typeof term>;

export const bodyMember = z.object({
  id: z.uuid(),
  bodyId: z.uuid(),
  personId: z.uuid(),
  fullName: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});

export const body = z.object({
  id: z.uuid(),
  kind: z.enum(BODY_KINDS),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  members: z.array(bodyMember),
});

export const termDetail = term.extend({ bodies: z.array(body) });

export const openTermBody = z
  .strictObject({
    ordinal: z.number().int().min(1).max(100),
    startYear: z.number().int().min(1930).max(2200),
    endYear: z.number().int().min(1930).max(2200),
    congressOpenedOn: isoDay.nullable().default(null),
    congressClosedOn: isoDay,
    bodies: z.array(z.enum(BODY_KINDS)).max(4).optional(),
  })
  .refine((t) => t.endYear > t.startYear, {
    path: ['endYear'],
    message: 'term.years',
    params: { text: { vi: 'Năm kết thúc phải sau năm bắt đầu.', en: 'The end year must follow the start year.' } },
  })
  .refine((t) => !t.congressOpenedOn || t.congressOpenedOn <= t.congressClosedOn, {
    path: ['congressClosedOn'],
    message: 'term.congress_dates',
    params: { text: { vi: 'Ngày bế mạc phải sau ngày khai mạc.', en: 'The congress must close after it opens.' } },
  });
export type OpenTerm = z.infer<typeof openTermBody>;

export const addMemberBody = z.strictObject({ personId: z.uuid(), startsOn: isoDay });
export const endBody = z.strictObject({ endsOn: isoDay });
