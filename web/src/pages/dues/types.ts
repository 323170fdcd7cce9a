/** Shapes of the dues, rating and import API, inferred from the server's zod schemas (type-only). */
import type { z } from 'zod';
import type { grid, gridRow } from '../../../../server/modules/dues/dues.schema.ts';
import type { dryRunResult, importJob, rowError } from '../../../../server/modules/member-import/member-import.schema.ts';
import type { RatingLevel, entry, round } from '../../../../server/modules/ratings/ratings.schema.ts';

export type Grid = z.infer<typeof grid>;
export type GridRow = z.infer<typeof gridRow>;
export type DryRun = z.infer<typeof dryRunResult>;
export type ImportJob = z.infer<typeof importJob>;
export type ImportRowError = z.infer<typeof rowError>;
export type Round = z.infer<typeof round>;
export type RatingEntry = z.infer<typeof entry>;
export type { RatingLevel };
export const RATING_LEVELS: readonly RatingLevel[] = ['hoan_thanh_xuat_sac', 'hoan_thanh_tot', 'hoan_thanh', 'khong_hoan_thanh'];

/** Money is whole đồng: shown with Vietnamese thousands separators. */
export const formatMoney = (n: number | null | undefined) => (n === null || n === undefined ? '' : n.toLocaleString('vi-VN'));
