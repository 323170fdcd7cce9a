import type { Insertable } from 'kysely';
import type { BodiesTable, BodyMembersTable, TermsTable } from '../db/schema.ts';
import type { BodyKind } from '../../common/enums.ts';
import { addDays } from '../lib/dates.ts';
import type { Cast, CommitteeCast } from './cast.ts';
import { type OrgNode, cellKey } from './organizations.ts';
import type { DemoPerson } from './people.ts';
import { demoId } from './random.ts';

/**
 * Terms (nhiệm kỳ) and their bodies. A term runs from the day after its congress closes to the day the
 * next congress closes (domain.md, "Organization and terms"); the bodies serve the whole term.
 */

interface TermSpec {
  ordinal: number;
  startYear: number;
  endYear: number;
  congressOpenedOn: string;
  congressClosedOn: string;
}

export const COMMITTEE_TERMS: readonly [TermSpec, TermSpec] = [
  { ordinal: 13, startYear: 2020, endYear: 2025, congressOpenedOn: '2020-06-18', congressClosedOn: '2020-06-19' },
  { ordinal: 14, startYear: 2025, endYear: 2030, congressOpenedOn: '2025-07-03', congressClosedOn: '2025-07-04' },
];

/** Cells under a committee hold congresses twice in five years; these three record theirs. */
const cellTerms = (ordinal: number, first: string, second: string): [TermSpec, TermSpec] => [
  { ordinal, startYear: 2022, endYear: 2025, congressOpenedOn: first, congressClosedOn: first },
  { ordinal: ordinal + 1, startYear: 2025, endYear: 2027, congressOpenedOn: second, congressClosedOn: second },
];
export const CELL_TERMS: ReadonlyMap<string, [TermSpec, TermSpec]> = new Map([
  [cellKey('tong-hop'), cellTerms(11, '2022-10-12', '2025-04-16')],
  [cellKey('hanh-chinh'), cellTerms(9, '2022-10-19', '2025-04-22')],
  [cellKey('cong-tac-dai-bieu'), cellTerms(6, '2022-11-02', '2025-05-06')],
]);

/** A member of the term-13 executive committee left and another was elected in their place. */
export const MID_TERM_CHANGE = { leftOn: '2023-03-31', joinedOn: '2023-04-20' } as const;

interface BodyMember {
  person: DemoPerson;
  startsOn?: string;
  endsOn?: string | null;
}

export interface TermInfo {
  id: string;
  orgKey: string;
  startsOn: string;
  endsOn: string | null;
}

export interface BuiltTerms {
  /** committee[0] is term 13, committee[1] term 14. */
  committee: [TermInfo, TermInfo];
  cells: Map<string, [TermInfo, TermInfo]>;
  terms: Insertable<TermsTable>[];
  bodies: Insertable<BodiesTable>[];
  bodyMembers: Insertable<BodyMembersTable>[];
}

function chain(org: OrgNode, specs: [TermSpec, TermSpec], rows: Insertable<TermsTable>[]): [TermInfo, TermInfo] {
  const [first, second] = specs.map((spec, i): TermInfo => {
    const id = demoId(`term:${org.key}:${spec.ordinal}`);
    const startsOn = addDays(spec.congressClosedOn, 1);
    const endsOn = specs[i + 1]?.congressClosedOn ?? null;
    rows.push({ id, organizationId: org.id, ...spec, startsOn, endsOn });
    return { id, orgKey: org.key, startsOn, endsOn };
  }) as [TermInfo, TermInfo];
  return [first, second];
}

export function buildTerms(nodes: Map<string, OrgNode>, cast: Cast): BuiltTerms {
  const orgOf = (key: string) => {
    const n = nodes.get(key);
    if (!n) throw new Error(`Unknown demo organization ${key}`);
    return n;
  };
  const terms: Insertable<TermsTable>[] = [];
  const bodies: Insertable<BodiesTable>[] = [];
  const bodyMembers: Insertable<BodyMembersTable>[] = [];

  const body = (term: TermInfo, kind: BodyKind, members: BodyMember[]) => {
    const id = demoId(`body:${term.id}:${kind}`);
    bodies.push({ id, termId: term.id, organizationId: orgOf(term.orgKey).id, kind, startsOn: term.startsOn, endsOn: term.endsOn });
    for (const m of members) {
      const startsOn = m.startsOn ?? term.startsOn;
      bodyMembers.push({
        id: demoId(`body-member:${id}:${m.person.key}:${startsOn}`),
        bodyId: id,
        personId: m.person.id,
        startsOn,
        endsOn: m.endsOn === undefined ? term.endsOn : m.endsOn,
      });
    }
  };

  const committeeBodies = (term: TermInfo, c: CommitteeCast) => {
    const standing = [c.secretary, c.standingDeputy, c.deputy, c.inspectionChair, c.standingMember];
    const executive = [...standing, ...c.members].map((person): BodyMember =>
      person === c.change?.leaver ? { person, endsOn: MID_TERM_CHANGE.leftOn } : { person },
    );
    if (c.change) executive.push({ person: c.change.replacement, startsOn: MID_TERM_CHANGE.joinedOn });
    body(term, 'executive_committee', executive);
    body(term, 'standing_committee', standing.map((person) => ({ person })));
    body(term, 'inspection_committee', [c.inspectionChair, ...c.inspectors].map((person) => ({ person })));
  };

  const committee = chain(orgOf('committee'), [...COMMITTEE_TERMS], terms);
  committeeBodies(committee[0], cast.term13);
  committeeBodies(committee[1], cast.term14);

  const cells = new Map<string, [TermInfo, TermInfo]>();
  for (const [key, specs] of CELL_TERMS) {
    const pair = chain(orgOf(key), specs, terms);
    cells.set(key, pair);
    const executives = cast.cellTerms.get(key);
    if (!executives) throw new Error(`No cell executive cast for ${key}`);
    pair.forEach((term, i) => {
      const e = executives[i];
      if (e) body(term, 'cell_executive', [e.secretary, e.deputy, e.member].map((person) => ({ person })));
    });
  }
  return { committee, cells, terms, bodies, bodyMembers };
}
