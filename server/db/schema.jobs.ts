/** Tables of the job queue and notifications (migration 20261129_0010_jobs_notifications). */
export interface JobsTables {
  /** Placeholder until the migration lands. */
  jobsPlaceholder?: never;
}
