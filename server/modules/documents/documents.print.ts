import type { Table } from 'docx';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { officialDateLine, vnUpper } from '../../../common/vietnamese.ts';
import { todayInVietnam } from '../../lib/dates.ts';
import { paragraphs } from '../../lib/text-diff.ts';
import { type RunStyle, columns, line as paragraphLine, officialDocument, officialHeader, para } from '../../lib/docx/index.ts';
import { ruleOn } from '../rules/index.ts';
import type { DocumentDetail } from './documents.schema.ts';

/**
 * A document in its official layout (domain.md "Two document regimes", "Print layout"): the two-column
 * header of its regime with the number line, the markings, the type name and summary (or "V/v ..." for
 * a công văn), the body, then recipients (Nơi nhận) on the left and the signature block on the right.
 */

/** The printed document's lines are single-spaced, with nothing after them. */
const line = (text: string, s: RunStyle = {}, align: 'center' | 'left' = 'center') => paragraphLine(text, { ...s, align, after: 0 });

const URGENCY: Record<string, string> = { khan: 'KHẨN', thuong_khan: 'THƯỢNG KHẨN', hoa_toc: 'HỎA TỐC' };
const SECRECY: Record<string, string> = { mat: 'MẬT', toi_mat: 'TỐI MẬT', tuyet_mat: 'TUYỆT MẬT' };

export interface PrintContext {
  superiorName: string | null;
  placeName: string;
}

export async function printContext(db: Kysely<DB>, d: DocumentDetail): Promise<PrintContext> {
  const parent = await db.selectFrom('organizations as o').innerJoin('organizations as p', 'p.id', 'o.parentId')
    .select('p.name').where('o.id', '=', d.organizationId).executeTakeFirst();
  const place = await ruleOn(db, 'office.place_name', d.issuedOn ?? todayInVietnam()).catch(() => ({ name: 'Hà Nội' }));
  return { superiorName: parent?.name ?? null, placeName: place.name };
}

function header(d: DocumentDetail, c: PrintContext, isLetter: boolean): Table {
  const party = d.regime === 'party';
  return officialHeader({
    regime: party ? 'party' : 'administrative',
    superiorName: c.superiorName ? vnUpper(c.superiorName) : null,
    organizationName: vnUpper(d.organizationName),
    numberLine: d.printedNumber ?? (party ? 'Số    -' : 'Số:     /'),
    subjectLine: isLetter ? `V/v ${d.summary}` : null,
    placeDateLine: officialDateLine(c.placeName, d.issuedOn ?? todayInVietnam()),
  });
}

function signature(d: DocumentDetail): Table {
  const left = d.recipients.length === 0 ? [] : [
    line('Nơi nhận:', { bold: true, italics: true, size: 12 }, 'left'),
    ...d.recipients.map((r, i) => line(`- ${r}${i === d.recipients.length - 1 ? '.' : ';'}`, { size: 11 }, 'left')),
  ];
  const authority = [d.authorityLabel, d.authorityFor ? vnUpper(d.authorityFor) : ''].filter(Boolean).join(' ');
  const right = [
    ...(authority ? [line(authority, { bold: true })] : []),
    ...(d.signerTitle ? [line(vnUpper(d.signerTitle), { bold: true })] : []),
    line(''), line(''), line(''),
    line(d.signerName ?? '', { bold: true }),
  ];
  return columns(left, right, 50);
}

export function documentToDocx(d: DocumentDetail, c: PrintContext): Promise<Buffer> {
  const isLetter = d.typeAbbreviation === null || d.typeAbbreviation === 'CV';
  const markings = [SECRECY[d.secrecy], URGENCY[d.urgency], ...d.circulation].filter((m): m is string => Boolean(m));
  const title = isLetter ? [] : [line(vnUpper(d.typeName), { bold: true, size: d.regime === 'party' ? 16 : 14 }), line(d.summary, { bold: true }), line('')];
  return officialDocument(`${d.symbol ?? d.typeName} ${d.summary}`, [
    header(d, c, isLetter),
    ...markings.map((m) => line(m, { bold: true }, 'left')),
    line(''),
    ...title,
    ...paragraphs(d.body).map((p) => para(p)),
    line(''),
    signature(d),
  ]);
}
