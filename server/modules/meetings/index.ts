import type { AppModule } from '../../http/module.ts';
import { MEETING_STATE_LABELS } from '../../../common/state-labels.ts';
import { meetingRoutes } from './meetings.routes.ts';
import { meetingMinutesRoutes } from './meetings.minutes.routes.ts';
import { meetingExportRoutes } from './meetings.exports.routes.ts';
import { meetingCalendarRoutes } from './meetings.calendar.routes.ts';
import { meetingComplianceRoutes } from './meetings.compliance.routes.ts';
import { meetingsMessages } from './meetings.messages.ts';
import { meetingCalendarMessages } from './meetings.calendar.messages.ts';

/** Meetings of any body: planning, participants and check-in, the quorum (pure), agenda and speeches, votes, adopted documents, conclusions; minutes drafted from the record, checked, approved, frozen, corrected; Word and Akoma Ntoso exports, the invitation, the calendar and iCalendar feeds, the compliance dashboard. meetings.core.ts wraps every write. */
export const meetingsModule: AppModule = {
  name: 'meetings',
  routes(app) {
    meetingRoutes(app);
    meetingMinutesRoutes(app);
    meetingExportRoutes(app);
    meetingCalendarRoutes(app);
    meetingComplianceRoutes(app);
  },
  messages: { ...meetingsMessages, ...meetingCalendarMessages },
  stateLabels: { meeting: MEETING_STATE_LABELS },
};

// The face: what other modules use.
export { partyHeadingIn } from './meetings.calendar.ts';
export { recordApprovedMinutes } from './meetings.minutes.ts';
export { computeQuorum } from './meetings.quorum.ts';
