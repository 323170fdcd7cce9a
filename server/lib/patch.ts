import type { z } from 'zod';

/**
 * A PATCH body must name at least one field to change (besides the version it is checked against):
 * `{}` is the client's mistake, refused with a field message rather than an empty UPDATE.
 */
export function nonEmptyPatch<T extends z.ZodObject>(schema: T, ignore: string[] = ['version']) {
  return schema.refine((body: Record<string, unknown>) => Object.entries(body).some(([k, v]) => v !== undefined && !ignore.includes(k)), {
    message: 'patch.empty',
    params: { text: { vi: 'Không có trường nào cần sửa.', en: 'Nothing to change: the request names no field.' } },
  });
}
