import type { ColumnType, Generated } from 'kysely';
import type { DefaultedJsonColumn, JsonColumn, JsonObject } from './json.ts';

type Day = string;
type Timestamp = ColumnType<string, string | undefined, string>;
/** A rule's value: a number, a text, a list or an object (rules.ts validates each key's shape). */
export type RuleValue = string | number | boolean | readonly unknown[] | JsonObject;

/** Tables of the member register (migration 20261122_0002_members). */
export interface RuleValuesTable {
  id: string;
  key: string;
  value: JsonColumn<RuleValue>;
  validFrom: Day;
  validTo: Day | null;
  legalBasisId: string | null;
  certainty: 'V' | 'S' | 'U';
  note: string | null;
  createdAt: Timestamp;
}

export interface HolidaysTable {
  day: Day;
  name: string;
  legalBasisId: string | null;
  certainty: ColumnType<'V' | 'S' | 'U', 'V' | 'S' | 'U' | undefined, 'V' | 'S' | 'U'>;
}

export interface MembersTable {
  id: string;
  personId: string;
  cellId: string;
  status: string;
  partyCardNumber: string | null;
  citizenId: string | null;
  admissionDecisionNumber: string | null;
  admissionDecisionDate: Day | null;
  ceremonyDate: Day | null;
  officialRecognitionDate: Day | null;
  educationLevel: string | null;
  politicalTheoryLevel: string | null;
  occupation: string | null;
  position: string | null;
  contact: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MemberEventsTable {
  id: string;
  memberId: string;
  kind: string;
  occurredOn: Day;
  statusAfter: string | null;
  decisionNumber: string | null;
  decisionSymbol: string | null;
  decisionIssuer: string | null;
  details: DefaultedJsonColumn<JsonObject>;
  note: string | null;
  createdBy: string | null;
  createdAt: Timestamp;
}

export interface MembersTables {
  ruleValues: RuleValuesTable;
  holidays: HolidaysTable;
  members: MembersTable;
  memberEvents: MemberEventsTable;
}
