import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { type PageParams, type SortSpec, paginate } from '../../http/paging.ts';
import { inScope, withinClearance } from '../../http/scope.ts';
import { foldedWords } from '../../../common/vietnamese.ts';
import type { Actor, Permission } from '../../lib/roles.ts';
import { type Authority, authorityLabel, printedNumber } from '../../lib/numbering.ts';
import type { DocumentDetail, DocumentState, DocumentSummary } from './documents.schema.ts';

/** Documents the actor may see with `permission`: in the organization's subtree and within clearance. */
export function visibleDocuments(db: Kysely<DB>, actor: Actor, permission: Permission = 'documents.read') {
  return db
    .selectFrom('documents as d')
    .innerJoin('documentTypes as t', 't.id', 'd.typeId')
    .innerJoin('organizations as o', 'o.id', 'd.organizationId')
    .where((eb) => inScope(actor, permission, eb.ref('d.scopePath')))
    .where((eb) => withinClearance(actor, eb.ref('d.secrecy')));
}

const summaryColumns = [
  'd.id', 'd.organizationId', 'o.name as organizationName', 'd.regime', 'd.typeId', 't.name as typeName', 'd.summary',
  'd.state', 'd.urgency', 'd.secrecy', 'd.symbol', 'd.number', 'd.issuedOn', 'd.updatedAt', 'd.version',
] as const;

type Visible = ReturnType<typeof visibleDocuments>;

const sorts: SortSpec<DocumentSummary> = {
  columns: {
    updatedAt: { expr: sql`d.updated_at`, value: (r) => r.updatedAt },
    issuedOn: { expr: sql`coalesce(d.issued_on, '0001-01-01'::date)`, value: (r) => r.issuedOn ?? '0001-01-01' },
    number: { expr: sql`coalesce(d.number, 0)`, value: (r) => r.number ?? 0 },
  },
  default: '-updatedAt',
  id: sql`d.id`,
};

export interface DocumentFilters {
  organizationId?: string | undefined;
  regime?: string | undefined;
  typeId?: string | undefined;
  state?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  modifiedSince?: string | undefined;
}

/** A LIKE pattern for each folded word: every word must occur (the trigram index serves LIKE). */
export async function listDocuments(db: Kysely<DB>, actor: Actor, f: DocumentFilters, page: PageParams) {
  let q = visibleDocuments(db, actor).select(summaryColumns);
  if (f.organizationId) q = q.where('d.organizationId', '=', f.organizationId);
  if (f.regime) q = q.where('d.regime', '=', f.regime as 'administrative' | 'party');
  if (f.typeId) q = q.where('d.typeId', '=', f.typeId);
  if (f.state) q = q.where('d.state', '=', f.state as DocumentState);
  if (f.from) q = q.where('d.issuedOn', '>=', f.from);
  if (f.to) q = q.where('d.issuedOn', '<=', f.to);
  if (f.modifiedSince) q = q.where('d.updatedAt', '>=', f.modifiedSince);
  for (const w of f.q ? foldedWords(f.q) : []) q = q.where(sql<SqlBool>`d.search_fold LIKE ${w}`);
  return paginate(q, page, sorts);
}

function findQuery(v: Visible, id: string) {
  return v
    .select([...summaryColumns, 'd.scopePath', 't.abbreviation as typeAbbreviation', 't.key as typeKey', 'd.issuerCode', 'd.unitCode', 'd.body',
      'd.circulation', 'd.recipients', 'd.signerPersonId', 'd.signerName', 'd.signerTitle', 'd.authority', 'd.authorityFor',
      'd.inReplyToIncomingId', 'd.signedOn', 'd.termId'])
    .where('d.id', '=', id);
}

export function findDocument(db: Kysely<DB>, actor: Actor, id: string, permission: Permission = 'documents.read') {
  return findQuery(visibleDocuments(db, actor, permission), id).executeTakeFirst();
}
export type FoundDocument = NonNullable<Awaited<ReturnType<typeof findDocument>>>;

/** The document with its versions, relations, history and files, as the detail screen shows it. */
export async function documentDetail(db: Kysely<DB>, d: FoundDocument): Promise<DocumentDetail> {
  const [versions, relations, events, files] = await Promise.all([
    db.selectFrom('documentVersions').select(['versionNo', 'note', 'createdAt']).where('documentId', '=', d.id).orderBy('versionNo').execute(),
    db.selectFrom('documentRelations as r').innerJoin('documents as x', 'x.id', 'r.relatedDocumentId')
      .select(['r.relatedDocumentId as documentId', 'r.kind', 'x.symbol', 'x.summary']).where('r.documentId', '=', d.id).execute(),
    db.selectFrom('documentEvents as e').leftJoin('users as u', 'u.id', 'e.actorUserId')
      .select(['e.kind', 'e.note', 'e.at', 'u.displayName as actor']).where('e.documentId', '=', d.id).orderBy('e.at').orderBy('e.id').execute(),
    db.selectFrom('documentFiles as df').innerJoin('files as f', 'f.id', 'df.fileId')
      .select(['f.id', 'f.name', 'f.size', 'f.mime', 'f.textStatus']).where('df.documentId', '=', d.id).orderBy('f.createdAt').execute(),
  ]);
  const authority = d.authority as Authority;
  return {
    ...(d as unknown as DocumentDetail),
    circulation: d.circulation as string[],
    recipients: d.recipients as string[],
    authorityLabel: authorityLabel(d.regime, authority),
    printedNumber: d.symbol ? printedNumber(d.regime, d.symbol) : null,
    versions,
    relations,
    events,
    files,
  };
}
