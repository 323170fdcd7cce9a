import type { RouteObject } from 'react-router-dom';

/** Pages of the member register under /members (the register, a member, reminders, statistics, data quality). */
export const memberRoutes: RouteObject[] = [];
