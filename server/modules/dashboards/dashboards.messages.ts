import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of the dashboards. */
export const dashboardsMessages = {
  'dashboard.range_invalid': { vi: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', en: 'The start date must not be after the end date.' },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof dashboardsMessages> {}
}
