import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** The document types and numbering rules, as data with their legal bases (read by every user who drafts). */
export function listDocumentTypes(db: Kysely<DB>, regime?: 'administrative' | 'party') {
  let q = db.selectFrom('documentTypes as t').leftJoin('legalBases as b', 'b.id', 't.legalBasisId')
    .select(['t.id', 't.regime', 't.key', 't.abbreviation', 't.name', 't.certainty', 'b.symbol as legalBasis'])
    .where('t.active', '=', true);
  if (regime) q = q.where('t.regime', '=', regime);
  return q.orderBy('t.regime').orderBy('t.sortOrder').execute();
}

export function listNumberingRules(db: Kysely<DB>) {
  return db.selectFrom('numberingRules as r').leftJoin('legalBases as b', 'b.id', 'r.legalBasisId')
    .select(['r.id', 'r.regime', 'r.period', 'r.perType', 'r.secretSeparate', 'r.padWidth', 'r.validFrom', 'r.validTo', 'r.certainty', 'r.note', 'b.symbol as legalBasis'])
    .orderBy('r.regime').orderBy('r.validFrom').execute();
}
