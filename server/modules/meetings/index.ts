import type { AppModule } from '../../http/module.ts';
import { MEETING_STATE_LABELS } from '../../../common/state-labels.ts';
import { meetingRoutes } from './meetings.routes.ts';
import { meetingMinutesRoutes } from './meetings.minutes.routes.ts';
import { meetingExportRoutes } from './meetings.exports.routes.ts';
import { meetingCalendarRoutes } from './meetings.calendar.routes.ts';
import { meetingComplianceRoutes } from './meetings.compliance.routes.ts';
import { meetingsMessages } from './meetings.messages.ts';
import { meetingCalendarMessages } from './meetings.calendar.messages.ts';

/** The meetings module, as app.ts registers it. */
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
export { officialHeader, type OfficialHeading, para, partyDocument } from './meetings.docx.ts';
export { recordApprovedMinutes } from './meetings.minutes.ts';
export { computeQuorum } from './meetings.quorum.ts';
