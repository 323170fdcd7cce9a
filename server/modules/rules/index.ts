import type { AppModule } from '../../http/module.ts';
import { ruleRoutes } from './rules.routes.ts';
import { rulesMessages } from './rules.messages.ts';

/** The rules module, as app.ts registers it. */
export const rulesModule: AppModule = {
  name: 'rules',
  routes: ruleRoutes,
  messages: rulesMessages,
};

// The face: what other modules use.
export { holidaysAfter, knownCalendar, loadRules, outsideCalendar, ruleAt, ruleNumber, ruleOn, type RuleRow } from './rules.ts';
