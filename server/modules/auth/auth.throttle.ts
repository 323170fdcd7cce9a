import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import type { ThrottleLimits } from '../../config.ts';

/**
 * Log-in throttling that slows guessing but cannot lock a user out (docs/SECURITY.md, "Login throttling").
 * Three counts of failed log-ins within the window, all read from login_attempts (several instances share it):
 * - the pair (account, address): after `pairFree` failures the pair waits 1 s, 2 s, 4 s ... up to `pairCap`;
 * - the account, from any address: after `accountFree` failures, an address that has never logged in to
 *   this account waits 1 s, 2 s ... up to `accountCap` since the account's last failure; an address the
 *   account logged in from before (within `knownDays`) is not slowed by strangers' failures;
 * - the address, across accounts: after `addressFree` failures, every pair from it that has failed once
 *   waits from its first failure; a user there who has not failed is never refused.
 * A refused attempt is not verified and not recorded, so waiting is the only way on.
 */
export { DEFAULT_THROTTLE, type ThrottleLimits } from '../../config.ts';

interface Counts {
  pairFailures: number;
  pairIdle: number | null;
  accountFailures: number;
  accountIdle: number | null;
  addressFailures: number;
  known: boolean;
}

/** The three counts, and the seconds since the pair's and the account's last failure, by the database's clock. */
async function counts(db: Kysely<DB>, username: string, ip: string, l: ThrottleLimits): Promise<Counts> {
  const user = username.toLowerCase();
  const since = sql`now() - make_interval(mins => ${l.windowMinutes})`;
  const { rows } = await sql<Counts>`
    WITH a AS (
      SELECT ip, success, at FROM login_attempts WHERE lower(username) = ${user} AND at > ${since}
    ), last_ok AS (
      SELECT max(at) FILTER (WHERE ip = ${ip}) AS pair, max(at) AS account FROM a WHERE success
    ), pair AS (
      SELECT count(*)::int AS n, extract(epoch FROM now() - max(at))::float8 AS idle FROM a, last_ok
      WHERE NOT success AND ip = ${ip} AND at > coalesce(last_ok.pair, '-infinity')
    ), account AS (
      SELECT count(*)::int AS n, extract(epoch FROM now() - max(at))::float8 AS idle FROM a, last_ok
      WHERE NOT success AND at > coalesce(last_ok.account, '-infinity')
    )
    SELECT pair.n AS "pairFailures", pair.idle AS "pairIdle", account.n AS "accountFailures", account.idle AS "accountIdle",
      (SELECT count(*)::int FROM login_attempts WHERE ip = ${ip} AND NOT success AND at > ${since}) AS "addressFailures",
      EXISTS (SELECT 1 FROM login_attempts WHERE lower(username) = ${user} AND ip = ${ip} AND success
        AND at > now() - make_interval(days => ${l.knownDays})) AS known
    FROM pair, account`.execute(db);
  const row = rows[0];
  if (!row) throw new Error('throttle counts: no row');
  return row;
}

/** Seconds still to wait after `failures` failures of which `free` cost nothing, `idle` seconds after the last. */
function wait(failures: number, free: number, cap: number, idle: number | null): number {
  if (failures < free || idle === null) return 0;
  const delay = Math.min(2 ** Math.min(failures - free, 30), cap);
  return Math.max(0, Math.ceil(delay - idle));
}

/** Refuses (429 with Retry-After) an attempt that comes before its delay; otherwise lets it be verified. */
export async function checkThrottle(db: Kysely<DB>, username: string, ip: string, l: ThrottleLimits): Promise<void> {
  const c = await counts(db, username, ip, l);
  const pairFree = c.addressFailures >= l.addressFree ? 1 : l.pairFree;
  const seconds = Math.max(
    wait(c.pairFailures, pairFree, l.pairCap, c.pairIdle),
    c.known ? 0 : wait(c.accountFailures, l.accountFree, l.accountCap, c.accountIdle),
  );
  if (seconds > 0) throw new AppError(429, 'auth.throttled', { seconds }, { retryAfter: seconds });
}

/** Records the attempt and prunes: failures matter for the window, successes mark known addresses. */
export async function recordAttempt(db: Kysely<DB>, username: string, ip: string, success: boolean, l: ThrottleLimits) {
  await db.insertInto('loginAttempts').values({ username, ip, success }).execute();
  await db
    .deleteFrom('loginAttempts')
    .where((eb) =>
      eb.or([
        eb.and([eb('success', '=', false), eb('at', '<', sql<string>`now() - interval '1 day'`)]),
        eb('at', '<', sql<string>`now() - make_interval(days => ${l.knownDays})`),
      ]),
    )
    .execute();
}
