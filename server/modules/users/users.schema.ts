import { z } from 'zod';
import { ROLES } from '../../lib/roles.ts';

export const grantInput = z.strictObject({ role: z.enum(ROLES), organizationId: z.uuid() });

export const user = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  personId: z.uuid().nullable(),
  clearance: z.number(),
  isSystemAdmin: z.boolean(),
  disabledAt: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  grants: z.array(z.object({ id: z.uuid(), role: z.enum(ROLES), organizationId: z.uuid(), organizationName: z.string() })),
});
export type User = z.infer<typeof user>;

export const createUserBody = z.strictObject({
  username: z
    .string()
    .trim()
    .min(3)
    .max(60)
    .refine((v) => /^[a-zA-Z0-9._-]+$/.test(v), {
      message: 'user.username_format',
      params: { text: { vi: 'Chỉ dùng chữ không dấu, số và . _ -', en: 'Use only ASCII letters, digits and . _ -' } },
    }),
  displayName: z.string().trim().min(2).max(120),
  password: z.string().min(10).max(200),
  email: z.email().max(200).nullable().default(null),
  personId: z.uuid().nullable().default(null),
  clearance: z.number().int().min(0).max(3).default(0),
  grants: z.array(grantInput).max(50).default([]),
});

export const updateUserBody = z.strictObject({
  version: z.number().int().min(1),
  displayName: z.string().trim().min(2).max(120).optional(),
  email: z.email().max(200).nullable().optional(),
  personId: z.uuid().nullable().optional(),
  clearance: z.number().int().min(0).max(3).optional(),
});

export const listUsersQuery = z.strictObject({ q: z.string().trim().max(100).optional() });

export const setPasswordBody = z.strictObject({ newPassword: z.string().min(1).max(200) });
