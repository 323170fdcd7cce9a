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
