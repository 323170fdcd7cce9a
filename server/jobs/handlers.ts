import nodemailer from 'nodemailer';
import { z } from 'zod';
import { type Mailer, enqueueDigests, sendDigest } from '../modules/notifications/index.ts';
import { type CheckpointSink, writeCheckpoint } from '../modules/audit/index.ts';
import { scanReminders } from '../modules/notifications/index.ts';
import { openCurrentPeriods } from '../modules/reports/index.ts';
import { purgeJobs } from './queue.ts';
import type { JobKind } from './worker.ts';

/** Finished jobs are kept this long, to look into a failure. */
const KEEP_JOBS_DAYS = 30;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const dayPayload = z.object({ day });
const personPayload = z.object({ personId: z.uuid(), day });

export interface HandlerDeps {
  /** Null when no SMTP server is configured: notifications stay in the app. */
  mailer: Mailer | null;
  /** The app's public address, to put links in e-mails. */
  baseUrl?: string | undefined;
  /** Where audit checkpoints go, and the key that signs them; none: the job does nothing. */
  checkpoints?: CheckpointSink | undefined;
}

/**
 * Every job kind, what runs it and whether it may run again after its worker died mid-run. All of today's
 * kinds may: the scans and the clean-up are idempotent, the daily digest only enqueues under unique keys,
 * and a person's digest is marked sent after sending (a crash in between sends it again rather than never).
 */
export function jobHandlers(deps: HandlerDeps): Record<string, JobKind> {
  return {
    'reminders.scan': {
      idempotent: true,
      run: async (payload, { db, log }) => {
        const { day } = dayPayload.parse(payload);
        // Periods open by themselves on the day their data period starts, before the scan reminds of them.
        const opened = await openCurrentPeriods(db, day);
        const added = await scanReminders(db, day);
        log.info({ day, opened, added }, 'reminder scan done');
      },
    },
    // The digest scans first (the scan is idempotent), so it reports the day's facts even if it runs
    // before, or at the same time as, the morning's scan.
    'digest.daily': {
      idempotent: true,
      run: async (payload, { db }) => {
        const { day } = dayPayload.parse(payload);
        await scanReminders(db, day);
        if (deps.mailer) await enqueueDigests(db, day);
      },
    },
    'jobs.purge': {
      idempotent: true,
      run: async (_payload, { db, log }) => {
        log.info({ deleted: await purgeJobs(db, KEEP_JOBS_DAYS) }, 'old jobs purged');
      },
    },
    // Signs the audit chain's head into the log outside the database (a head already signed writes nothing).
    'audit.checkpoint': {
      idempotent: true,
      run: async (_payload, { db, log }) => {
        if (!deps.checkpoints) return;
        const written = await writeCheckpoint(db, deps.checkpoints);
        if (written) log.info({ seq: written.seq }, 'audit checkpoint written');
      },
    },
    'digest.person': {
      idempotent: true,
      run: async (payload, { db }) => {
        const { personId, day } = personPayload.parse(payload);
        if (deps.mailer) await sendDigest(db, deps.mailer, personId, day, deps.baseUrl);
      },
    },
  };
}

/** A mailer over SMTP (smtp://user:pass@host:port); null without a URL. */
export function smtpMailer(smtpUrl: string | undefined, from: string): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (m) => {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}
