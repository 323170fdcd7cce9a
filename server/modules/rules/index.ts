import type { AppModule } from '../../http/module.ts';
import { ruleRoutes } from './rules.routes.ts';
import { rulesMessages } from './rules.messages.ts';

/** Rules as data for every module (one registry of keys and value shapes, versions valid from a date, legal bases) and the holiday calendar. */
export const rulesModule: AppModule = {
  name: 'rules',
  routes: ruleRoutes,
  messages: rulesMessages,
};

// The face: what other modules use.
export { holidaysAfter, knownCalendar, loadRules, outsideCalendar, ruleAt, ruleNumber, ruleOn, type RuleRow } from './rules.ts';
