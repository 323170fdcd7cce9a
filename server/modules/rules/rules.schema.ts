import { z } from 'zod';
import { isoDay } from '../../lib/dates.ts';

const text = (max = 200) => z.string().trim().max(max);
const optionalText = (max = 200) => text(max).nullable().optional();

export const ruleValue = z.object({
  id: z.uuid(),
  key: z.string(),
  value: z.unknown(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  certainty: z.enum(['V', 'S', 'U']),
  note: z.string().nullable(),
  legalBasis: z
    .object({
      id: z.uuid(),
      symbol: z.string(),
      issuer: z.string(),
      title: z.string(),
      issuedOn: z.string().nullable(),
      effectiveFrom: z.string().nullable(),
    })
    .nullable(),
});

export const createRuleBody = z.strictObject({
  key: z.string().max(100),
  value: z.unknown(),
  validFrom: isoDay,
  legalBasisId: z.uuid().nullable().optional(),
  certainty: z.enum(['V', 'S', 'U']),
  note: optionalText(1000),
});
export type CreateRule = z.infer<typeof createRuleBody>;

export const holiday = z.object({ day: z.string(), name: z.string(), certainty: z.enum(['V', 'S', 'U']) });
export const createHolidayBody = z.strictObject({
  day: isoDay,
  name: text(200).min(1),
  certainty: z.enum(['V', 'S', 'U']).default('V'),
});
