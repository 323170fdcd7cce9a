import { type Actor, canAt } from './roles.ts';

/**
 * Personal data by need to know (Decree 13/2023/NĐ-CP; the Personal Data Protection Law 2025): the fields
 * below are shown only to an actor holding `members.personal_data` over the person's organization (the
 * committee office, the member's own cell secretary) or to the person themself; everyone else gets them
 * masked. docs/SECURITY.md, "Personal data", is the policy.
 */
export const PERSONAL_FIELDS = ['citizenId', 'birthDate', 'phone', 'contact'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

const stars = (n: number) => '*'.repeat(Math.max(n, 0));

/** '001085012323' -> '0010******23': the first 4 and the last 2 digits. */
export function maskCitizenId(v: string): string {
  return v.length <= 6 ? stars(v.length) : `${v.slice(0, 4)}${stars(v.length - 6)}${v.slice(-2)}`;
}

/** '0912345678' -> '*******678': the last 3 digits, enough to tell two numbers apart. */
export function maskPhone(v: string): string {
  return v.length <= 3 ? stars(v.length) : `${stars(v.length - 3)}${v.slice(-3)}`;
}

/** '1985-04-12' -> '1985-**-**': the year stays (party age and statistics by age use it). */
export function maskDate(v: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v.slice(0, 4)}-**-**` : stars(v.length);
}

/** A free-text address or contact line: nothing of it is kept. */
export const maskText = (v: string): string => (v.trim() === '' ? v : '******');

const MASKS: Record<PersonalField, (v: string) => string> = {
  citizenId: maskCitizenId,
  birthDate: maskDate,
  phone: maskPhone,
  contact: maskText,
};

/** May the actor see the personal data of the person `personId` whose organization's path is `path`? */
export function seesPersonalData(actor: Actor, path: string | null, personId: string | null): boolean {
  if (personId !== null && actor.personId === personId) return true;
  return path !== null && canAt(actor, 'members.personal_data', path);
}

/** The object with its personal fields (those present and not null) masked. */
export function maskPersonal<T extends object>(row: T): T {
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const f of PERSONAL_FIELDS) {
    const v = out[f];
    if (typeof v === 'string' && v !== '') out[f] = MASKS[f](v);
  }
  return out as T;
}

/** The row as the actor may see it: unchanged with the right, masked without. */
export function personalView<T extends object>(actor: Actor, row: T, path: string | null, personId: string | null): T {
  return seesPersonalData(actor, path, personId) ? row : maskPersonal(row);
}
