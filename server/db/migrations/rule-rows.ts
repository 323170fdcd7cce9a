import { type Kysely, sql } from 'kysely';

/**
 * Rule values a migration seeds, with the regulation each comes from. Shared by the migrations from
 * 20261129 on; like them, never changed once landed (a new behaviour is a new function).
 */
export interface SeededRule {
  id: string;
  key: string;
  value: unknown;
  basis: string;
  certainty: 'V' | 'S' | 'U';
  note: string;
}

export async function insertRuleRows(db: Kysely<unknown>, rules: readonly SeededRule[], validFrom = '2011-01-01'): Promise<void> {
  for (const r of rules) {
    await sql`
      INSERT INTO rule_values (id, key, value, valid_from, legal_basis_id, certainty, note)
      VALUES (${r.id}, ${r.key}, ${JSON.stringify(r.value)}::jsonb, ${validFrom}, ${r.basis}, ${r.certainty}, ${r.note})
    `.execute(db);
  }
}
