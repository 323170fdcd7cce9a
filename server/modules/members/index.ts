import type { AppModule } from '../../http/module.ts';
import { MEMBER_STATUS_LABELS } from '../../../common/state-labels.ts';
import { memberRoutes } from './members.routes.ts';
import { membersMessages } from './members.messages.ts';

/** The members module, as app.ts registers it. */
export const membersModule: AppModule = {
  name: 'members',
  routes: memberRoutes,
  messages: membersMessages,
  stateLabels: { member: MEMBER_STATUS_LABELS },
};

// The face: what other modules use.
export { addMonths } from './members.dates.ts';
export { findReminders } from './members.reminders.ts';
export { CURRENT_STATUSES } from './members.sql.ts';
