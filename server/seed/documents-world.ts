import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { NumberingRule, Regime } from '../lib/numbering.ts';
import { todayInVietnam } from '../lib/dates.ts';

/**
 * What the demo documents and registers are made from, read inside the demo seed's transaction: the
 * committee and the Office with their units and intermediate committees, the committee's terms, the office account, the document
 * types, numbering rules and letter deadlines the migration seeded, and a few people to sign.
 */

export interface DocOrg {
  id: string;
  path: string;
  name: string;
  code: string | null;
}

export interface DocType {
  id: string;
  regime: Regime;
  key: string;
  abbreviation: string | null;
  name: string;
}

export interface RuleRow extends NumberingRule {
  validFrom: string;
  validTo: string | null;
}

/** One person's holding of a post, from its first day to its last (null: still held). */
export interface Holding {
  id: string;
  fullName: string;
  startsOn: string;
  endsOn: string | null;
}

export interface DocumentsWorld {
  today: string;
  committee: DocOrg;
  agency: DocOrg;
  /** The committee's cells and the Office's departments: handling units of incoming documents. */
  units: DocOrg[];
  /** Intermediate committees under the committee (đảng bộ bộ phận): each keeps its own register. */
  intermediates: DocOrg[];
  terms: { id: string; startsOn: string; endsOn: string | null }[];
  officeUserId: string | null;
  types: DocType[];
  rules: RuleRow[];
  letterDeadlines: Map<string, number>;
  /** People who sign (committee and Office leaders), and party members letters may be about. */
  signers: { id: string; fullName: string }[];
  /** Who held the signing posts, day by day: the committee's secretary (party documents "T/M ĐẢNG ỦY, BÍ THƯ")
   *  and the agency's head (administrative documents "CHỦ NHIỆM"). */
  signingHolders: { committeeSecretary: Holding[]; agencyHead: Holding[] };
  /** Cells that issue their own party documents (resolutions, plans, reports): those with terms and a secretary. */
  issuingCells: { org: DocOrg; terms: { id: string; startsOn: string; endsOn: string | null }[]; secretaries: Holding[] }[];
  members: string[];
}

export async function loadDocumentsWorld(trx: Transaction<DB>, today = todayInVietnam()): Promise<DocumentsWorld> {
  const org = (kind: 'grassroots_committee' | 'agency', name: string) =>
    trx.selectFrom('organizations').select(['id', 'path', 'name', 'code']).where('kind', '=', kind).where('name', '=', name).executeTakeFirstOrThrow();
  const committee = await org('grassroots_committee', 'Đảng bộ Văn phòng Quốc hội');
  const agency = await org('agency', 'Văn phòng Quốc hội');
  const units = await trx.selectFrom('organizations').select(['id', 'path', 'name', 'code'])
    .where((eb) => eb.or([
      eb.and([eb('path', 'like', `${committee.path}%`), eb('kind', '=', 'cell_under_committee')]),
      eb.and([eb('path', 'like', `${agency.path}%`), eb('kind', '=', 'department')]),
    ]))
    .where((eb) => eb.or([eb('dissolvedOn', 'is', null), eb('dissolvedOn', '>', today)]))
    .orderBy('path').execute();
  const intermediates = await trx.selectFrom('organizations').select(['id', 'path', 'name', 'code']).where('kind', '=', 'intermediate_committee')
    .where('path', 'like', `${committee.path}%`).where((eb) => eb.or([eb('dissolvedOn', 'is', null), eb('dissolvedOn', '>', today)])).orderBy('path').execute();
  const terms = await trx.selectFrom('terms').select(['id', 'startsOn', 'endsOn']).where('organizationId', '=', committee.id).orderBy('startsOn').execute();
  const office = await trx.selectFrom('users').select('id').where('username', '=', 'vanphong').executeTakeFirst();
  const types = await trx.selectFrom('documentTypes').select(['id', 'regime', 'key', 'abbreviation', 'name']).where('active', '=', true).execute();
  const rules = await trx.selectFrom('numberingRules').select(['regime', 'period', 'perType', 'secretSeparate', 'padWidth', 'validFrom', 'validTo']).execute();
  const kinds = await trx.selectFrom('letterKinds').select(['kind', 'deadlineDays']).execute();
  const members = await trx.selectFrom('members').select('personId').where('status', 'in', ['official', 'probationary']).orderBy('personId').limit(200).execute();
  const signers = await trx.selectFrom('postHoldings as h').innerJoin('people as p', 'p.id', 'h.personId').select(['p.id', 'p.fullName'])
    .where('h.endsOn', 'is', null).orderBy('p.sortKey').limit(6).execute();
  const holdersOf = (organizationId: string, postName: string) => trx.selectFrom('postHoldings as h')
    .innerJoin('posts as p', 'p.id', 'h.postId').innerJoin('people as pe', 'pe.id', 'h.personId')
    .select(['pe.id', 'pe.fullName', 'h.startsOn', 'h.endsOn'])
    .where('p.organizationId', '=', organizationId).where('p.name', '=', postName).orderBy('h.startsOn').execute();
  const signingHolders = { committeeSecretary: await holdersOf(committee.id, 'Bí thư'), agencyHead: await holdersOf(agency.id, 'Chủ nhiệm') };
  const issuingCells: DocumentsWorld['issuingCells'] = [];
  for (const cell of units.filter((u) => u.path.startsWith(committee.path))) {
    const cellTerms = await trx.selectFrom('terms').select(['id', 'startsOn', 'endsOn']).where('organizationId', '=', cell.id).orderBy('startsOn').execute();
    const secretaries = await holdersOf(cell.id, 'Bí thư Chi bộ');
    if (cellTerms.length > 0 && secretaries.length > 0) issuingCells.push({ org: cell, terms: cellTerms, secretaries });
  }
  return {
    today, committee, agency, units, intermediates, terms, officeUserId: office?.id ?? null, types, rules,
    letterDeadlines: new Map(kinds.map((k) => [k.kind, k.deadlineDays])),
    signers: [...new Map(signers.map((s) => [s.id, s])).values()],
    signingHolders,
    issuingCells,
    members: members.map((m) => m.personId),
  };
}

/** The numbering rule of a regime valid on a day (as issuing reads it). */
export function ruleOn(w: { rules: readonly RuleRow[] }, regime: Regime, on: string): RuleRow {
  const rule = w.rules.filter((r) => r.regime === regime && r.validFrom <= on && (r.validTo === null || r.validTo >= on))
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  if (!rule) throw new Error(`no numbering rule for ${regime} on ${on}`);
  return rule;
}
