import { type Kysely, sql } from 'kysely';

/** The job queue (claimed with SKIP LOCKED), in-app notifications and the daily e-mail digest. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createJobs(db);
  await createNotifications(db);
}

async function createJobs(db: Kysely<unknown>) {
  // A job is due when run_at has passed and nobody holds a live lease on it (locked_until). A worker that
  // dies leaves its lease to expire, and the job is claimed again: handlers must be idempotent.
  await sql`
    CREATE TABLE jobs (
      id uuid PRIMARY KEY,
      kind text NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}'::jsonb,
      run_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0,
      max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
      locked_by text,
      locked_until timestamptz,
      last_error text,
      done_at timestamptz,
      failed_at timestamptz,
      unique_key text UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  // The claim scans only pending jobs, in run order.
  await sql`CREATE INDEX jobs_pending ON jobs (run_at, id) WHERE done_at IS NULL AND failed_at IS NULL`.execute(db);
}

async function createNotifications(db: Kysely<unknown>) {
  // dedupe_key names the fact notified ('task_due:<task>:<due day>:<person>'): a scan run twice, or by two
  // instances, adds nothing the second time.
  await sql`
    CREATE TABLE notifications (
      id uuid PRIMARY KEY,
      person_id uuid NOT NULL REFERENCES people(id),
      kind text NOT NULL,
      topic text,
      title text NOT NULL,
      body text,
      link text,
      due_on date,
      read_at timestamptz,
      emailed_at timestamptz,
      -- Milliseconds, as the API sends them: a paging cursor then holds the exact value.
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      dedupe_key text NOT NULL UNIQUE
    )`.execute(db);
  await sql`CREATE INDEX notifications_person ON notifications (person_id, created_at DESC, id)`.execute(db);
  await sql`CREATE INDEX notifications_unread ON notifications (person_id) WHERE read_at IS NULL`.execute(db);
  // The digest reads only what has not been e-mailed yet.
  await sql`CREATE INDEX notifications_to_email ON notifications (person_id) WHERE emailed_at IS NULL AND read_at IS NULL`.execute(db);
}
