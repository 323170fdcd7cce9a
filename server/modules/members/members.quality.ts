import { sql } from 'kysely';
import type { Ctx } from '../../http/context.ts';
import { CURRENT_STATUSES, inList, scopeClause, subtreeClause } from './members.sql.ts';

import type { QualityIssue } from '../../../common/enums.ts';

export { QUALITY_ISSUES, type QualityIssue } from '../../../common/enums.ts';

const LIMIT = 500;

/**
 * Records that are incomplete, contradictory or duplicated, for the committee office to clean up
 * before a report or an export to the national database. Up to 500, by name.
 */
export async function findQualityIssues(ctx: Ctx, organizationId: string | undefined) {
  const path = sql`o.path`;
  const subtree = await subtreeClause(ctx.db, ctx.actor, organizationId, path);
  // A card (thẻ đảng viên) is issued once official; the admission date exists from the decision on.
  const result = await sql<{ memberId: string; fullName: string; cellName: string; issues: QualityIssue[] }>`
    SELECT * FROM (
      SELECT m.id AS member_id, p.full_name, o.name AS cell_name, p.sort_key, array_remove(ARRAY[
        CASE WHEN m.status IN ('official', 'exempt', 'temporarily_elsewhere') AND coalesce(trim(m.party_card_number), '') = ''
          THEN 'missing_card_number' END,
        CASE WHEN m.status <> 'applicant' AND m.admission_decision_date IS NULL THEN 'missing_admission_date' END,
        CASE WHEN m.official_recognition_date < coalesce(m.ceremony_date, m.admission_decision_date) THEN 'official_before_admission' END,
        CASE WHEN m.ceremony_date < m.admission_decision_date THEN 'ceremony_before_decision' END,
        CASE WHEN p.birth_date IS NOT NULL AND EXISTS (SELECT 1 FROM members m2 JOIN people p2 ON p2.id = m2.person_id
          WHERE m2.id <> m.id AND p2.name_fold = p.name_fold AND p2.birth_date = p.birth_date) THEN 'duplicate_name_birth' END,
        CASE WHEN m.citizen_id IS NOT NULL AND EXISTS (SELECT 1 FROM members m3
          WHERE m3.id <> m.id AND m3.citizen_id = m.citizen_id) THEN 'duplicate_citizen_id' END,
        CASE WHEN o.dissolved_on IS NOT NULL AND m.status IN (${inList(CURRENT_STATUSES)}) THEN 'cell_dissolved' END
      ], NULL) AS issues
      FROM members m JOIN people p ON p.id = m.person_id JOIN organizations o ON o.id = m.cell_id
      WHERE ${scopeClause(ctx.actor, path)} AND ${subtree}
    ) q
    WHERE cardinality(q.issues) > 0
    ORDER BY q.sort_key COLLATE "C", q.member_id
    LIMIT ${LIMIT}`.execute(ctx.db);
  return result.rows.map(({ memberId, fullName, cellName, issues }) => ({ memberId, fullName, cellName, issues }));
}
