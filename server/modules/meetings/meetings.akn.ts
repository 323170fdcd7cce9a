import { vietnamClock } from '../../../common/vietnamese.ts';
import { openingSentence } from './meetings.docx.ts';
import type { MinutesContent } from './meetings.schema.ts';

/**
 * Minutes as Akoma Ntoso 3.0 (OASIS LegalDocML): a `debateReport` named "bienBan", the format
 * parliaments use to exchange records of sittings. Persons are declared once in <references> as
 * TLCPerson and each speech points to its speaker with by="#...".
 */

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const SOURCE = '#congtac';

type Attrs = Record<string, string | number | null | undefined>;

/** Text and attribute values: the five XML specials escaped, and characters XML 1.0 forbids dropped. */
export function xmlEscape(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex -- removing the control characters XML 1.0 forbids is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('');
}

/** An element: children are already-built markup; a string child is text and gets escaped by `text`. */
const el = (name: string, a: Attrs, ...children: string[]) =>
  children.length === 0 ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${children.join('')}</${name}>`;
const text = (value: string) => xmlEscape(value);
const p = (...children: string[]) => el('p', {}, ...children);

/** Every person the minutes name, with a stable eId: the first mention wins. */
function personIndex(c: MinutesContent): Map<string, string> {
  const names = [
    ...c.chairs.map((x) => x.name),
    ...(c.secretary ? [c.secretary.name] : []),
    ...c.attendance.present.map((x) => x.name),
    ...c.attendance.absentExcused.map((x) => x.name),
    ...c.attendance.absentUnexcused.map((x) => x.name),
    ...c.guests.map((x) => x.name),
    ...c.items.flatMap((i) => i.speeches.map((s) => s.speakerName)),
    ...c.signatures.flatMap((s) => (s.name ? [s.name] : [])),
  ];
  const index = new Map<string, string>();
  for (const n of names) if (!index.has(n)) index.set(n, `person_${index.size + 1}`);
  return index;
}

function meta(c: MinutesContent, persons: Map<string, string>, day: string): string {
  const work = `/akn/vn/debateReport/${day}/${c.meetingId}`;
  const expr = `${work}/vie@`;
  const frbr = (tag: string, uri: string, extra: string) =>
    el(tag, {}, el('FRBRthis', { value: `${uri}/!main` }), el('FRBRuri', { value: uri }), el('FRBRdate', { date: day, name: 'meeting' }), el('FRBRauthor', { href: '#organization' }), extra);
  const identification = el(
    'identification',
    { source: SOURCE },
    frbr('FRBRWork', work, el('FRBRcountry', { value: 'vn' })),
    frbr('FRBRExpression', expr, el('FRBRlanguage', { language: 'vie' })),
    frbr('FRBRManifestation', `${expr}/main.xml`, ''),
  );
  const people = [...persons].map(([name, eId]) => el('TLCPerson', { eId, href: `/akn/ontology/person/vn/${eId}`, showAs: name }));
  const references = el(
    'references',
    { source: SOURCE },
    el('TLCOrganization', { eId: 'congtac', href: '/akn/ontology/organization/vn/congtac', showAs: 'Công tác' }),
    el('TLCOrganization', { eId: 'organization', href: `/akn/ontology/organization/vn/${c.meetingId}`, showAs: c.organizationName }),
    ...people,
    el('TLCRole', { eId: 'chair', href: '/akn/ontology/role/vn/chuTri', showAs: 'Chủ trì' }),
    el('TLCRole', { eId: 'secretary', href: '/akn/ontology/role/vn/thuKy', showAs: 'Thư ký' }),
  );
  return el('meta', {}, identification, references);
}

function preface(c: MinutesContent, day: string): string {
  return el(
    'preface',
    {},
    p(el('docProponent', { refersTo: '#organization' }, text(c.heading.organizationName))),
    p(el('docTitle', {}, 'BIÊN BẢN')),
    p(el('docType', {}, text(c.title))),
    p(el('docDate', { date: day }, text(c.heading.placeDateLine))),
  );
}

function attendanceSection(c: MinutesContent, persons: Map<string, string>): string {
  const q = c.quorum;
  const ref = (name: string) => el('person', { refersTo: `#${persons.get(name) ?? ''}` }, text(name));
  const counts = p(
    text('Có mặt: '), el('quantity', { normalized: q.present }, String(q.present)),
    text('/'), el('quantity', { normalized: q.base }, String(q.base)),
    text(`; vắng có lý do: ${q.absentExcused}; vắng không có lý do: ${q.absentUnexcused}.`),
  );
  return el(
    'debateSection',
    { name: 'attendance', eId: 'dbsect_attendance' },
    el('heading', {}, text('Thành phần tham dự')),
    el('narrative', {}, p(text(openingSentence(c))), counts),
    ...c.chairs.map((x) => el('narrative', {}, p(el('role', { refersTo: '#chair' }, 'Chủ trì'), text(': '), ref(x.name)))),
    ...(c.secretary ? [el('narrative', {}, p(el('role', { refersTo: '#secretary' }, 'Thư ký'), text(': '), ref(c.secretary.name)))] : []),
    ...c.guests.map((g) => el('narrative', {}, p(text('Đại biểu: '), ref(g.name), text(g.title ? ` (${g.title})` : '')))),
  );
}

function itemSection(item: MinutesContent['items'][number], i: number, persons: Map<string, string>): string {
  const narrative = [
    ...(item.presenter ? [p(text(`Trình bày: ${item.presenter}`))] : []),
    ...(item.documents.length ? [p(text(`Tài liệu: ${item.documents.join('; ')}`))] : []),
    ...(item.notes ? item.notes.split(/\n+/).map((line) => p(text(line))) : []),
  ];
  return el(
    'debateSection',
    { name: 'agendaItem', eId: `dbsect_${i + 1}` },
    el('num', {}, text(item.number)),
    el('heading', {}, text(item.title)),
    ...(narrative.length ? [el('narrative', {}, ...narrative)] : []),
    ...item.speeches.map((s, k) =>
      el('speech', { eId: `dbsect_${i + 1}__speech_${k + 1}`, by: `#${persons.get(s.speakerName) ?? ''}` },
        el('from', {}, text(s.speakerTitle ? `${s.speakerName} (${s.speakerTitle})` : s.speakerName)),
        ...s.summary.split(/\n+/).map((line) => p(text(line))))),
    ...(item.result ? [el('narrative', {}, p(text(`Kết quả: ${item.result}`)))] : []),
  );
}

function votesSection(c: MinutesContent): string {
  const q = (n: number) => el('quantity', { normalized: n }, String(n));
  const votes = c.votes.map((v) =>
    p(
      text(`${v.subject}: tán thành `), q(v.forCount), text('; không tán thành '), q(v.againstCount),
      text('; không biểu quyết '), q(v.abstainCount), text(' trên tổng số '), q(v.baseCount),
      text(` (cần ${v.requiredCount}). ${v.passed ? 'Thông qua' : 'Không thông qua'}.`),
    ),
  );
  return el('debateSection', { name: 'votes', eId: 'dbsect_votes' }, el('heading', {}, 'Biểu quyết'),
    el('narrative', {}, ...(votes.length ? votes : [p(text('Không có biểu quyết.'))])));
}

function outcomesSections(c: MinutesContent): string[] {
  const docs = c.adoptedDocuments.map((d) => p(text(`${d.documentType}: ${d.title}`)));
  const conclusions = c.conclusions.map((k) => p(text(`${k.number}. ${k.text}`)));
  return [
    ...(docs.length ? [el('debateSection', { name: 'adoptedDocuments', eId: 'dbsect_documents' }, el('heading', {}, 'Văn bản được thông qua'), el('narrative', {}, ...docs))] : []),
    el('debateSection', { name: 'conclusions', eId: 'dbsect_conclusions' }, el('heading', {}, 'Kết luận'),
      el('narrative', {}, ...(conclusions.length ? conclusions : [p(text('Không có kết luận.'))]), p(text(c.closingLine)))),
  ];
}

function signatures(c: MinutesContent, persons: Map<string, string>): string {
  const blocks = c.signatures.map((s) =>
    el('signature', {},
      el('role', { refersTo: s.role === 'chair' ? '#chair' : '#secretary' }, text(s.label.replace(/\n/g, ' / '))),
      s.name ? el('person', { refersTo: `#${persons.get(s.name) ?? ''}` }, text(s.name)) : ''),
  );
  return el('conclusions', {}, p(...(blocks.length ? blocks : [''])));
}

/** The minutes' content as one AKN document (UTF-8). Pure: the same content gives the same bytes. */
export function minutesToAkn(c: MinutesContent): string {
  const persons = personIndex(c);
  const day = vietnamClock(c.startsAt).day;
  const body = el(
    'debateBody',
    {},
    attendanceSection(c, persons),
    ...c.items.map((item, i) => itemSection(item, i, persons)),
    votesSection(c),
    ...outcomesSections(c),
  );
  const report = el('debateReport', { name: 'bienBan' }, meta(c, persons, day), preface(c, day), body, signatures(c, persons));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el('akomaNtoso', { xmlns: NS }, report)}\n`;
}
