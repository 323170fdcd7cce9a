/**
 * Shapes of the documents, registers, letters and search answers, inferred from the server's zod
 * schemas (type-only imports).
 */
import type { z } from 'zod';
import type { round } from '../../../../server/modules/documents/documents.comments.schema.ts';
import type { diffResult, documentDetail, documentFile, documentRelation, documentSummary, documentType, versionText } from '../../../../server/modules/documents/documents.schema.ts';
import type { searchHit } from '../../../../server/modules/search/search.schema.ts';
import type { followUpSummary, incomingBook, incomingDetail, incomingEntry, incomingSaved, monthStatistics, outgoingEntry, sender } from '../../../../server/modules/correspondence/correspondence.schema.ts';
import type { letter, letterDetail, letterKind } from '../../../../server/modules/letters/letters.schema.ts';

export type { SecrecyLevel } from '../../../../common/enums.ts';
export { LETTER_KINDS, SECRECY_LEVELS, URGENCIES } from '../../../../common/enums.ts';

export type DocumentSummary = z.infer<typeof documentSummary>;
export type DocumentDetail = z.infer<typeof documentDetail>;
export type DocumentType = z.infer<typeof documentType>;
export type DocumentRelation = z.infer<typeof documentRelation>;
export type DocumentFile = z.infer<typeof documentFile>;
export type RelationKind = DocumentRelation['kind'];
export type VersionText = z.infer<typeof versionText>;
export type DiffResult = z.infer<typeof diffResult>;
export type Round = z.infer<typeof round>;
export type RoundComment = Round['comments'][number];
export type SearchHit = z.infer<typeof searchHit>;
export type IncomingEntry = z.infer<typeof incomingEntry>;
export type IncomingDetail = z.infer<typeof incomingDetail>;
export type IncomingSaved = z.infer<typeof incomingSaved>;
export type IncomingBook = z.infer<typeof incomingBook>;
export type Sender = z.infer<typeof sender>;
export type FollowUpSummary = z.infer<typeof followUpSummary>;
export type OutgoingEntry = z.infer<typeof outgoingEntry>;
export type MonthStatistics = z.infer<typeof monthStatistics>;
export type Letter = z.infer<typeof letter>;
export type LetterDetail = z.infer<typeof letterDetail>;
export type LetterKindInfo = z.infer<typeof letterKind>;

export type Regime = DocumentSummary['regime'];
export type DocumentState = DocumentSummary['state'];
export type Urgency = DocumentSummary['urgency'];
export type Authority = DocumentDetail['authority'];
export type Handling = NonNullable<RoundComment['handling']>;
export type IncomingState = IncomingEntry['state'];
export type LetterKind = Letter['kind'];
export type LetterState = Letter['state'];
export type LetterHandler = Letter['handler'];
export type SearchKind = SearchHit['kind'];

// The closed lists, repeated here as values (the server's constants are not imported at run time).
export const REGIMES: Regime[] = ['party', 'administrative'];
export const DOCUMENT_STATES: DocumentState[] = ['draft', 'submitted', 'signed', 'issued', 'recalled'];
export const AUTHORITIES: Authority[] = ['none', 'TM', 'KT', 'TL', 'Q', 'TUQ'];
export const HANDLINGS: Handling[] = ['accepted', 'partly_accepted', 'explained'];
export const INCOMING_STATES: IncomingState[] = ['registered', 'directed', 'done'];
export const LETTER_STATES: LetterState[] = ['received', 'in_progress', 'answered'];
export const LETTER_HANDLERS: LetterHandler[] = ['office', 'inspection_committee'];
export const SEARCH_KINDS: SearchKind[] = ['document', 'incoming', 'letter'];
export const RELATION_KINDS: RelationKind[] = ['replaces', 'amends', 'implements'];
export const CIRCULATION_NOTES = ['XEM XONG TRẢ LẠI', 'LƯU HÀNH NỘI BỘ'];
