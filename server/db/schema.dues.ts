import type { ColumnType, Generated } from 'kysely';
import type { DefaultedJsonColumn, JsonObject, NullableJsonColumn } from './json.ts';

type Day = string;
type Timestamp = ColumnType<string, string | undefined, string>;
/** bigint columns arrive as numbers (db/client.ts parses int8); money is whole đồng. */
type Money = ColumnType<number, number, number>;

export type DuesBasisKind = 'salary_percent' | 'pension_percent' | 'fixed';
export type RatingLevelValue = 'hoan_thanh_xuat_sac' | 'hoan_thanh_tot' | 'hoan_thanh' | 'khong_hoan_thanh';
export type ImportJobStatus = 'running' | 'succeeded' | 'failed';

export interface DuesBasesTable {
  id: string;
  memberId: string;
  kind: DuesBasisKind;
  baseAmount: Money;
  validFrom: Day;
  createdBy: string | null;
  createdAt: Timestamp;
}

export interface DuesPaymentsTable {
  id: string;
  memberId: string;
  cellId: string;
  year: number;
  month: number;
  amount: Money;
  paidOn: Day;
  recordedBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface RatingRoundsTable {
  id: string;
  organizationId: string;
  year: number;
  createdBy: string | null;
  createdAt: Timestamp;
}

export interface RatingEntriesTable {
  id: string;
  roundId: string;
  memberId: string | null;
  selfScore: number | null;
  selfLevel: RatingLevelValue | null;
  selfNote: string | null;
  selfBy: string | null;
  proposedLevel: RatingLevelValue | null;
  proposedBy: string | null;
  decidedLevel: RatingLevelValue | null;
  decidedBy: string | null;
  decidedOn: Day | null;
  version: Generated<number>;
  updatedAt: Timestamp;
}

/** A row an import refused, and why (row 0: the file as a whole). */
export interface ImportRowError {
  row: number;
  column: string | null;
  columnLabel: string | null;
  message: string;
}

export interface ImportJobsTable {
  id: string;
  status: ImportJobStatus;
  total: number;
  processed: Generated<number>;
  errors: DefaultedJsonColumn<ImportRowError[]>;
  /** What a finished import did: its kind's own counts, `imported` among them. */
  summary: NullableJsonColumn<JsonObject>;
  scopePath: string;
  /** members, incoming, outgoing or letters (migration 0020). */
  kind: Generated<string>;
  createdBy: string;
  createdAt: Timestamp;
  finishedAt: string | null;
  /** The process running the import and until when its lease holds (migration 0018). */
  lockedBy: string | null;
  lockedUntil: string | null;
  /** Why a failed import failed when no row was at fault: 'server_stopped'. */
  failure: string | null;
}

/** Tables of party dues, ratings and imports (migration 20261122_0003_dues_ratings). */
export interface DuesTables {
  duesBases: DuesBasesTable;
  duesPayments: DuesPaymentsTable;
  ratingRounds: RatingRoundsTable;
  ratingEntries: RatingEntriesTable;
  importJobs: ImportJobsTable;
}
