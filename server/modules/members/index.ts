import type { AppModule } from '../../http/module.ts';
import { MEMBER_STATUS_LABELS } from '../../../common/state-labels.ts';
import { memberRoutes } from './members.routes.ts';
import { membersMessages } from './members.messages.ts';

/** The member register: records, lifecycle workflows (one file per group of steps), reminders (deadlines computed in SQL), statistics, quality, export with personal data by need to know. */
export const membersModule: AppModule = {
  name: 'members',
  routes: memberRoutes,
  messages: membersMessages,
  stateLabels: { member: MEMBER_STATUS_LABELS },
};

// The face: what other modules use.
export { findReminders } from './members.reminders.ts';
export { CURRENT_STATUSES } from './members.sql.ts';
