import type { AppModule } from '../../http/module.ts';
import { duesRoutes } from './dues.routes.ts';
import { duesMessages } from './dues.messages.ts';

/** Party dues: bases, the monthly payments grid, the yearly statement (Excel). */
export const duesModule: AppModule = {
  name: 'dues',
  routes: duesRoutes,
  messages: duesMessages,
};

// The face: what other modules use.
export { type Basis, expectedAmount } from './dues.compute.ts';
export { findMemberInScope } from './dues.queries.ts';
export { DUES_RULE_KEYS } from './dues.rules.ts';
