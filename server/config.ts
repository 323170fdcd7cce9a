import { isIP } from 'node:net';
import { z } from 'zod';

/** An address, a CIDR range or one of proxy-addr's names (loopback, linklocal, uniquelocal). */
function isProxyEntry(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [addr = '', bits, ...rest] = entry.split('/');
  const kind = isIP(addr);
  if (!kind || rest.length) return false;
  if (bits === undefined) return true;
  const n = /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
  return n >= 0 && n <= (kind === 4 ? 32 : 128);
}

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/** Every setting the server reads, parsed once at boot. A bad value stops the boot with a readable list. */
/** The limits of log-in throttling (modules/auth/auth.throttle.ts explains them); some are settings below. */
export interface ThrottleLimits {
  windowMinutes: number;
  pairFree: number;
  pairCap: number;
  accountFree: number;
  accountCap: number;
  addressFree: number;
  knownDays: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = {
  windowMinutes: 15,
  pairFree: 3,
  pairCap: 300,
  accountFree: 10,
  accountCap: 60,
  addressFree: 30,
  knownDays: 30,
};

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  ADMIN_PASSWORD: z.string().min(8, 'must have at least 8 characters').optional(),
  /** Set when the app is served behind HTTPS: cookies get the Secure flag. */
  PUBLIC_URL: z.string().url().optional(),
  /** Extra origins allowed to write (comma-separated), besides the request's own host. */
  ALLOWED_ORIGINS: z.string().default(''),
  /**
   * The reverse proxies whose X-Forwarded-For is believed (comma-separated addresses or CIDRs). Empty:
   * the client's address is the TCP peer's, whatever the headers say.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .refine((s) => list(s).every(isProxyEntry), 'must be comma-separated IP addresses or CIDR ranges'),
  /** Failed log-ins of one account from one address before each further try waits 1 s, 2 s, 4 s ... */
  LOGIN_PAIR_FREE: z.coerce.number().int().min(1).max(100).default(DEFAULT_THROTTLE.pairFree),
  /** Failed log-ins of one account from all addresses before an unknown address waits (up to a minute). */
  LOGIN_ACCOUNT_FREE: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_THROTTLE.accountFree),
  /** Failed log-ins from one address, all accounts, before its failing pairs wait from their first failure. */
  LOGIN_ADDRESS_FREE: z.coerce.number().int().min(1).max(100_000).default(DEFAULT_THROTTLE.addressFree),
  /** The longest wait of a pair (account, address), in seconds. */
  LOGIN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(DEFAULT_THROTTLE.pairCap),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** Largest uploaded file (documents, registers, letters); default 50 MB. */
  FILE_MAX_BYTES: z.coerce.number().int().min(1024).default(52_428_800),
  /** Text extraction (PDF, Word) and Excel imports run in worker threads with these limits: */
  /** the most a zip-based file (Word, Excel) may declare uncompressed, checked before anything is inflated; */
  EXTRACT_MAX_UNCOMPRESSED_BYTES: z.coerce.number().int().min(1024).default(104_857_600),
  /** the most its uncompressed size may be times its compressed size (past 1 MB uncompressed); */
  EXTRACT_MAX_RATIO: z.coerce.number().min(1).default(100),
  /** the time a file may take, after which its worker is stopped; */
  EXTRACT_TIMEOUT_MS: z.coerce.number().int().min(1).default(15_000),
  /** the JavaScript heap of a worker, in MB (past it the worker is stopped; the PDF reader needs about 128); */
  EXTRACT_MEMORY_MB: z.coerce.number().int().min(64).default(256),
  /** and how many workers at most run at once. */
  EXTRACT_THREADS: z.coerce.number().int().min(1).max(16).default(2),
  /** The in-process job worker (reminders, digests); 'off' on an instance that only serves HTTP. */
  WORKER: z.enum(['on', 'off']).default('on'),
  /** The SMTP server the daily digest goes through (smtp://user:pass@host:port); no e-mail when absent. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Công tác <no-reply@localhost>'),
  /**
   * How long a running job or import stays its process's without a renewal (renewed every third of it):
   * after a crash, another instance marks it failed (or runs it again) once this has passed.
   */
  JOB_LEASE_SECONDS: z.coerce.number().min(1).max(3600).default(60),
  /** Hour of the day (Vietnam time) when the daily digest is sent. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** The key that signs audit checkpoints (docs/SECURITY.md); or a file holding it. Neither: DATA_DIR/audit-checkpoint.key. */
  AUDIT_CHECKPOINT_KEY: z.string().min(16, 'must have at least 16 characters').optional(),
  AUDIT_CHECKPOINT_KEY_FILE: z.string().min(1).optional(),
  /** Minutes between audit checkpoints; 0 turns the scheduled ones off (shutdown and the CLI still write them). */
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(0).max(1440).default(5),
  /** udp://host:port of a syslog server that receives each audit checkpoint too. */
  AUDIT_SYSLOG: z.string().regex(/^udp:\/\/[^/]+:\d+$/, 'must look like udp://host:port').optional(),
});

export type Config = z.infer<typeof schema> & { secureCookies: boolean; allowedOrigins: string[]; trustedProxies: string[]; loginThrottle: ThrottleLimits };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const picked = Object.fromEntries(
    Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const parsed = schema.safeParse(picked);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    secureCookies: c.PUBLIC_URL?.startsWith('https://') ?? false,
    allowedOrigins: list(c.ALLOWED_ORIGINS),
    trustedProxies: list(c.TRUST_PROXY),
    loginThrottle: {
      ...DEFAULT_THROTTLE,
      pairFree: c.LOGIN_PAIR_FREE,
      accountFree: c.LOGIN_ACCOUNT_FREE,
      addressFree: c.LOGIN_ADDRESS_FREE,
      pairCap: c.LOGIN_MAX_DELAY_SECONDS,
    },
  };
}
