import type { AppModule } from '../../http/module.ts';
import { notificationRoutes } from './notifications.routes.ts';
import { notificationsMessages } from './notifications.messages.ts';

/** In-app notifications, the reminder scan and the daily e-mail digest. */
export const notificationsModule: AppModule = {
  name: 'notifications',
  routes: notificationRoutes,
  messages: notificationsMessages,
};

// The face: what other modules use.
export { enqueueDigests, type Mailer, type MailMessage, sendDigest } from './notifications.digest.ts';
export { MEMBER_WRITER_ROLES, NOTICE_DAYS, REPORTER_ROLES, scanReminders } from './notifications.scan.ts';
