import type { Kysely } from 'kysely';
import { CELL_KINDS } from '../../../common/enums.ts';
import type { DB } from '../../db/schema.ts';
import type { Lang } from '../../http/i18n.ts';
import { inScope } from '../../http/scope.ts';
import type { Actor } from '../../lib/roles.ts';
import { type CellTarget, type RowError, type ValidRow, byText, nameKey, rowError } from './member-import.validate.ts';

const CHUNK = 5000;
const chunks = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));
const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The cells the actor may add members to, found by code or by exact name (case aside). */
export async function writableCells(db: Kysely<DB>, actor: Actor): Promise<(ref: string) => CellTarget | undefined> {
  const cells = await db
    .selectFrom('organizations as o')
    .select(['o.id', 'o.path', 'o.code', 'o.name'])
    .where('o.kind', 'in', [...CELL_KINDS])
    .where('o.deletedAt', 'is', null)
    .where('o.dissolvedOn', 'is', null)
    .where((eb) => inScope(actor, 'members.write', eb.ref('o.path')))
    .execute();
  const byRef = new Map<string, CellTarget>();
  for (const c of cells) byRef.set(norm(c.name), { id: c.id, path: c.path });
  // A code wins over a name that happens to read the same.
  for (const c of cells) if (c.code) byRef.set(norm(c.code), { id: c.id, path: c.path });
  return (ref) => byRef.get(norm(ref));
}

/** Rows already in the database: a member with the same citizen id, or a person with the same name and birth date. */
export async function duplicatesInDatabase(db: Kysely<DB>, rows: readonly ValidRow[], lang: Lang): Promise<RowError[]> {
  const citizenIds = [...new Set(rows.flatMap((r) => (r.citizenId ? [r.citizenId] : [])))];
  const known = new Set<string>();
  for (const part of chunks(citizenIds)) {
    const found = await db.selectFrom('members').select('citizenId').where('citizenId', 'in', part).execute();
    for (const f of found) if (f.citizenId) known.add(f.citizenId);
  }
  const births = [...new Set(rows.flatMap((r) => (r.birthDate ? [r.birthDate] : [])))];
  const names = new Set<string>();
  for (const part of chunks(births)) {
    const found = await db.selectFrom('people').select(['fullName', 'birthDate']).where('birthDate', 'in', part).where('deletedAt', 'is', null).execute();
    for (const f of found) names.add(nameKey(f));
  }
  return rows.flatMap((r) => {
    if (r.citizenId && known.has(r.citizenId)) return [rowError(lang, r.row, 'citizenId', 'duplicate_db', { by: byText(lang, 'by_citizen') })];
    if (r.birthDate && names.has(nameKey(r))) return [rowError(lang, r.row, 'givenName', 'duplicate_db', { by: byText(lang, 'by_name') })];
    return [];
  });
}
