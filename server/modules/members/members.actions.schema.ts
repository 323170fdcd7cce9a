import { z } from 'zod';
import { isoDay } from '../../lib/dates.ts';

/** Bodies of the workflow actions (POST /api/v1/members/:id/actions/<action>). */

const text = (max = 200) => z.string().trim().max(max);
const decision = z
  .strictObject({ number: text(60).optional(), symbol: text(60).optional(), issuer: text(200).optional() })
  .optional();
// Every action may carry the version the client saw; a stale one answers 409 with the current record.
const base = { version: z.number().int().min(1).optional(), note: text(1000).optional() };

import { DECIDING_BODIES, DISCIPLINE_FORMS } from '../../../common/enums.ts';

export { DECIDING_BODIES, DISCIPLINE_FORMS };

export const actionBodies = {
  introducers: z.strictObject({
    ...base,
    introducers: z.array(z.strictObject({ memberId: z.uuid(), knownSince: isoDay })).min(1).max(10),
  }),
  'course-certificate': z.strictObject({ ...base, number: text(60).optional(), issuedOn: isoDay, issuer: text().optional() }),
  'cell-resolution': z.strictObject({
    ...base,
    resolvedOn: isoDay,
    votesFor: z.number().int().min(0),
    officialMembers: z.number().int().min(1),
  }),
  'admission-decision': z.strictObject({ ...base, decidedOn: isoDay, decision }),
  ceremony: z.strictObject({ ...base, heldOn: isoDay }),
  'official-recognition': z.strictObject({ ...base, decidedOn: isoDay, decision }),
  'probation-removal': z.strictObject({ ...base, decidedOn: isoDay, decision, reason: text(1000).optional() }),
  'transfer-out': z.strictObject({
    ...base,
    kind: z.enum(['official', 'temporary']),
    leftOn: isoDay,
    letterNumber: text(60).optional(),
    toOrganization: text(300).min(1),
    toOrganizationId: z.uuid().optional(),
  }),
  'transfer-receipt': z.strictObject({ ...base, receivedOn: isoDay, reference: text(200).optional() }),
  'transfer-in': z.strictObject({
    ...base,
    kind: z.enum(['official', 'temporary']),
    arrivedOn: isoDay,
    letterNumber: text(60).optional(),
    fromOrganization: text(300).optional(),
    cellId: z.uuid(),
  }),
  exemption: z.strictObject({ ...base, from: isoDay, grounds: text(1000).optional() }),
  'exemption-end': z.strictObject({ ...base, on: isoDay }),
  /** needsTransfer: the member moves their party activity away (to the place of residence), which starts the transfer deadline. */
  retirement: z.strictObject({ ...base, on: isoDay, needsTransfer: z.boolean().default(false) }),
  discipline: z.strictObject({
    ...base,
    decidedOn: isoDay,
    form: z.enum(DISCIPLINE_FORMS),
    decidingBody: z.enum(DECIDING_BODIES),
    decision,
    reason: text(1000).optional(),
  }),
  removal: z.strictObject({ ...base, decidedOn: isoDay, decision, reason: text(1000).optional() }),
  leave: z.strictObject({ ...base, on: isoDay }),
  death: z.strictObject({ ...base, on: isoDay }),
} as const;

export type ActionName = keyof typeof actionBodies;
export type ActionBody<A extends ActionName> = z.infer<(typeof actionBodies)[A]>;
