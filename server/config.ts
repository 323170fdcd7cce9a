import { z } from 'zod';

/** Every setting the server reads, parsed once at boot. A bad value stops the boot with a readable list. */
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
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** Largest uploaded file (documents, registers, letters); default 50 MB. */
  FILE_MAX_BYTES: z.coerce.number().int().min(1024).default(52_428_800),
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
});

export type Config = z.infer<typeof schema> & { secureCookies: boolean; allowedOrigins: string[] };

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
    allowedOrigins: c.ALLOWED_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
  };
}
