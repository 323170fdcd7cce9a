import type { ColumnType, Generated } from 'kysely';
import type { DefaultedJsonColumn, JsonObject } from './json.ts';

type Day = string;
type Timestamp = ColumnType<string, string | undefined, string>;

/** Kinds of notification the reminder scan makes; the web app labels them. */
export const NOTIFICATION_KINDS = [
  'task_due',
  'task_overdue',
  'report_due',
  'report_late',
  'member_deadline',
  'member_overdue',
  'meeting_today',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface JobsTable {
  id: string;
  kind: string;
  payload: DefaultedJsonColumn<JsonObject>;
  runAt: Timestamp;
  attempts: Generated<number>;
  maxAttempts: Generated<number>;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  doneAt: string | null;
  /** Set when the last allowed attempt failed: the job is not tried again. */
  failedAt: string | null;
  /** De-duplication: a second enqueue with the same key is ignored ('digest:<person>:<day>'). */
  uniqueKey: string | null;
  createdAt: Timestamp;
}

export interface NotificationsTable {
  id: string;
  personId: string;
  kind: NotificationKind;
  /** What exactly is due, within the kind: a member reminder's kind ('probation_review'); null otherwise. */
  topic: string | null;
  title: string;
  body: string | null;
  link: string | null;
  dueOn: Day | null;
  readAt: string | null;
  emailedAt: string | null;
  createdAt: Timestamp;
  dedupeKey: string;
}

/** Tables of the job queue and notifications (migration 20261129_0010_jobs_notifications). */
export interface JobsTables {
  jobs: JobsTable;
  notifications: NotificationsTable;
}
