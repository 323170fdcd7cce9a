import { z } from 'zod';
import { GENDERS, SPHERES } from '../../../common/enums.ts';
import { isoDay } from '../../lib/dates.ts';

const namePart = z.string().trim().max(60);

export const person = z.object({
  id: z.uuid(),
  familyName: z.string(),
  middleName: z.string(),
  givenName: z.string(),
  fullName: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birthDate: z.string().nullable(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  isDemo: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof person>;

const fields = {
  familyName: namePart.min(1),
  middleName: namePart.default(''),
  givenName: namePart.min(1),
  gender: z.enum(GENDERS).nullable().default(null),
  birthDate: isoDay.nullable().default(null),
  organizationId: z.uuid(),
  email: z.email().max(200).nullable().default(null),
  phone: z.string().trim().max(30).regex(/^[0-9 +().-]*$/).nullable().default(null),
};

export const createPersonBody = z.strictObject(fields);
export type CreatePerson = z.infer<typeof createPersonBody>;

export const updatePersonBody = z.strictObject({
  version: z.number().int().min(1),
  familyName: fields.familyName.optional(),
  middleName: namePart.optional(),
  givenName: fields.givenName.optional(),
  gender: z.enum(GENDERS).nullable().optional(),
  birthDate: isoDay.nullable().optional(),
  organizationId: z.uuid().optional(),
  email: z.email().max(200).nullable().optional(),
  phone: fields.phone.unwrap().unwrap().nullable().optional(),
});
export type UpdatePerson = z.infer<typeof updatePersonBody>;

export const listPeopleQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  organizationId: z.uuid().optional(),
  subtree: z.enum(['true', 'false']).optional(),
});

export const titlePost = z.object({
  postId: z.uuid(),
  title: z.string(),
  organizationId: z.uuid(),
  sphere: z.enum(SPHERES),
  precedence: z.number(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});

export const personTitle = z.object({
  personId: z.uuid(),
  date: z.string(),
  title: z.string(),
  posts: z.array(titlePost),
});

export const timelineEntry = z.object({
  kind: z.enum(['post', 'body', 'assignment']),
  id: z.uuid(),
  label: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});
