import type { ColumnType, Generated } from 'kysely';
import type { SecrecyLevel, TextStatus } from '../../common/enums.ts';
import type { DefaultedJsonColumn } from './json.ts';

type Day = string;
type Timestamp = ColumnType<string, string | undefined, string>;
/** Generated from another column: NULL only in the database's eyes (its source is NOT NULL). */
type Folded = ColumnType<string | null, never, never>;
type Names = DefaultedJsonColumn<string[]>;
type Certainty = 'V' | 'S' | 'U';
type Regime = 'administrative' | 'party';
type Urgency = 'thuong' | 'khan' | 'thuong_khan' | 'hoa_toc';
type DocumentState = 'draft' | 'submitted' | 'signed' | 'issued' | 'recalled';
type Authority = 'none' | 'TM' | 'KT' | 'TL' | 'Q' | 'TUQ';
type LetterKind = 'complaint' | 'denunciation' | 'recommendation' | 'reflection';

/** Tables of documents, registers, letters and files (migration 20261129_0005_documents). */
export interface DocumentTypesTable {
  id: string;
  regime: Regime;
  key: string;
  /** Case matters (QyĐ, CTr); null for công văn and thư công, which have none. */
  abbreviation: string | null;
  name: string;
  sortOrder: number;
  legalBasisId: string | null;
  certainty: Certainty;
  active: Generated<boolean>;
}

export interface NumberingRulesTable {
  id: string;
  regime: Regime;
  period: 'year' | 'term';
  perType: boolean;
  secretSeparate: boolean;
  padWidth: number;
  validFrom: Day;
  validTo: Day | null;
  legalBasisId: string | null;
  certainty: Certainty;
  note: string | null;
}

export interface DocumentCountersTable {
  key: string;
  lastNumber: number;
  updatedAt: Timestamp;
}

export interface LetterKindsTable {
  kind: LetterKind;
  name: string;
  deadlineDays: number;
  legalBasisId: string | null;
  certainty: Certainty;
  note: string | null;
}

export interface FilesTable {
  id: string;
  sha256: string;
  size: number;
  mime: string;
  name: string;
  text: string | null;
  /** What became of its search text (files.pool.ts). */
  textStatus: Generated<TextStatus>;
  organizationId: string;
  scopePath: string;
  createdBy: string | null;
  createdAt: Timestamp;
}

export interface DocumentsTable {
  id: string;
  organizationId: string;
  scopePath: string;
  regime: Regime;
  typeId: string;
  issuerCode: string;
  unitCode: string | null;
  summary: string;
  body: Generated<string>;
  searchText: Generated<string>;
  searchFold: Folded;
  state: Generated<DocumentState>;
  urgency: Generated<Urgency>;
  secrecy: Generated<SecrecyLevel>;
  circulation: Names;
  recipients: Names;
  signerPersonId: string | null;
  signerName: string | null;
  signerTitle: string | null;
  authority: Generated<Authority>;
  authorityFor: string | null;
  inReplyToIncomingId: string | null;
  termId: string | null;
  sequenceKey: string | null;
  number: number | null;
  symbol: string | null;
  signedOn: Day | null;
  issuedOn: Day | null;
  createdBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Set when the entry came from a bulk import (register-import). */
  importJobId: string | null;
}

export interface DocumentVersionsTable {
  id: string;
  documentId: string;
  versionNo: number;
  body: string;
  note: string | null;
  createdBy: string | null;
  createdAt: Timestamp;
}

export interface DocumentRelationsTable {
  documentId: string;
  relatedDocumentId: string;
  kind: 'replaces' | 'amends' | 'implements';
}

export interface DocumentEventsTable {
  id: string;
  documentId: string;
  kind: string;
  note: string | null;
  actorUserId: string | null;
  at: Timestamp;
}

export interface DocumentFilesTable {
  documentId: string;
  fileId: string;
}

export interface OutgoingRegisterTable {
  id: string;
  documentId: string;
  organizationId: string;
  scopePath: string;
  issuedOn: Day;
  symbol: string;
  typeName: string;
  summary: string;
  signerName: string | null;
  recipients: Generated<string>;
  fileCopyHolder: string | null;
  copies: Generated<number>;
  sentOn: Day | null;
  note: string | null;
  version: Generated<number>;
  updatedAt: Timestamp;
  /** Set when the entry came from a bulk import (register-import). */
  importJobId: string | null;
}

export interface IncomingDocumentsTable {
  id: string;
  organizationId: string;
  scopePath: string;
  year: number;
  arrivalNumber: number;
  receivedOn: Day;
  sender: string;
  senderFold: Folded;
  symbol: string | null;
  documentDate: Day;
  typeName: string | null;
  summary: string;
  searchText: Generated<string>;
  searchFold: Folded;
  urgency: Generated<Urgency>;
  urgencyRank: Generated<number>;
  secrecy: Generated<SecrecyLevel>;
  fileId: string | null;
  state: Generated<'registered' | 'directed' | 'done'>;
  leadOrganizationId: string | null;
  leadPersonId: string | null;
  coOrganizationIds: DefaultedJsonColumn<string[]>;
  deadline: Day | null;
  directedBy: string | null;
  directedOn: Day | null;
  directionNote: string | null;
  replyDocumentId: string | null;
  doneOn: Day | null;
  note: string | null;
  createdBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Set when the entry came from a bulk import (register-import). */
  importJobId: string | null;
}

export interface IncomingProgressTable {
  id: string;
  incomingId: string;
  onDay: Day;
  note: string;
  createdBy: string | null;
  createdAt: Timestamp;
}

export interface CommentRoundsTable {
  id: string;
  documentId: string;
  versionNo: number;
  title: string;
  deadline: Day;
  recipients: Names;
  closedAt: string | null;
  createdBy: string | null;
  createdAt: Timestamp;
}

export interface CommentsTable {
  id: string;
  roundId: string;
  author: string;
  paragraph: number | null;
  text: string;
  handling: 'accepted' | 'partly_accepted' | 'explained' | null;
  answer: string | null;
  answeredBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
}

export interface LettersTable {
  id: string;
  organizationId: string;
  scopePath: string;
  year: number;
  arrivalNumber: number;
  receivedOn: Day;
  senderName: string;
  senderAddress: string | null;
  kind: LetterKind;
  summary: string;
  searchText: Generated<string>;
  searchFold: Folded;
  concernsMember: Generated<boolean>;
  concernedPersonId: string | null;
  handler: Generated<'office' | 'inspection_committee'>;
  deadline: Day;
  state: Generated<'received' | 'in_progress' | 'answered'>;
  answer: string | null;
  answeredOn: Day | null;
  fileId: string | null;
  createdBy: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Set when the entry came from a bulk import (register-import). */
  importJobId: string | null;
}

export interface LetterStepsTable {
  id: string;
  letterId: string;
  onDay: Day;
  note: string;
  createdBy: string | null;
  createdAt: Timestamp;
}

export interface DocumentsTables {
  documentTypes: DocumentTypesTable;
  numberingRules: NumberingRulesTable;
  documentCounters: DocumentCountersTable;
  letterKinds: LetterKindsTable;
  files: FilesTable;
  documents: DocumentsTable;
  documentVersions: DocumentVersionsTable;
  documentRelations: DocumentRelationsTable;
  documentEvents: DocumentEventsTable;
  documentFiles: DocumentFilesTable;
  outgoingRegister: OutgoingRegisterTable;
  incomingDocuments: IncomingDocumentsTable;
  incomingProgress: IncomingProgressTable;
  commentRounds: CommentRoundsTable;
  comments: CommentsTable;
  letters: LettersTable;
  letterSteps: LetterStepsTable;
}
