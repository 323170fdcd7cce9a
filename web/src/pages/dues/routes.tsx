import type { RouteObject } from 'react-router-dom';

/** Pages under /members/dues, /members/ratings and /members/import. */
export const duesRoutes: RouteObject[] = [];
