import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum (19 MiB, 2 passes); @node-rs/argon2 defaults to argon2id.
const ARGON = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, ARGON);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A random secret for a cookie or a bearer token; only its SHA-256 is stored. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Printable random password for the first admin when none is configured. */
export function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}

export function isStrongPassword(pw: string): boolean {
  return pw.length >= 10 && /\p{L}/u.test(pw) && /\d/.test(pw);
}
