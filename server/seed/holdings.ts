import type { Insertable } from 'kysely';
import type { CellAssignmentsTable, PostHoldingsTable } from '../db/schema.ts';
import { addDays } from '../lib/dates.ts';
import type { Cast, CommitteeCast } from './cast.ts';
import { INTERMEDIATE, MERGED_CELL, type OrgNode, UNITS, cellKey, departmentKey } from './organizations.ts';
import type { DemoPerson } from './people.ts';
import { postId, postKey } from './posts.ts';
import { type Rng, demoId } from './random.ts';
import { type BuiltTerms, MID_TERM_CHANGE, type TermInfo } from './terms.ts';

/** Who held which post from when to when, and which committee member is in charge of which cell. */

interface Holding {
  post: string;
  person: DemoPerson;
  startsOn: string;
  endsOn?: string | null;
  term?: TermInfo;
  decisionRef?: string | null;
}

const intermediateKey = `intermediate:${INTERMEDIATE.key}`;

export function buildHoldings(rng: Rng, nodes: Map<string, OrgNode>, cast: Cast, terms: BuiltTerms) {
  const list: Holding[] = [];
  const hold = (h: Holding) => list.push(h);
  const partyRef = () => `Quyết định số ${rng.int(100, 2400)}-QĐ/ĐUK (dữ liệu mẫu)`;
  const agencyRef = () => `Quyết định số ${rng.int(100, 1800)}/QĐ-VPQH (dữ liệu mẫu)`;

  const committeeTerm = (term: TermInfo, c: CommitteeCast) => {
    const inTerm = (role: string, person: DemoPerson, from = term.startsOn, to = term.endsOn) =>
      hold({ post: postKey('committee', role), person, startsOn: from, endsOn: to, term, decisionRef: partyRef() });
    inTerm('secretary', c.secretary);
    inTerm('standingDeputy', c.standingDeputy);
    inTerm('deputy', c.deputy);
    inTerm('inspectionChair', c.inspectionChair);
    inTerm('standingMember', c.standingMember);
    for (const m of c.members) inTerm('member', m, term.startsOn, m === c.change?.leaver ? MID_TERM_CHANGE.leftOn : term.endsOn);
    if (c.change) inTerm('member', c.change.replacement, MID_TERM_CHANGE.joinedOn);
  };
  committeeTerm(terms.committee[0], cast.term13);
  committeeTerm(terms.committee[1], cast.term14);

  // Cells that record their terms: secretary and deputy per term.
  for (const [key, pair] of terms.cells) {
    const executives = cast.cellTerms.get(key);
    pair.forEach((term, i) => {
      const e = executives?.[i];
      if (!e) return;
      hold({ post: postKey(key, 'secretary'), person: e.secretary, startsOn: term.startsOn, endsOn: term.endsOn, term });
      hold({ post: postKey(key, 'deputy'), person: e.deputy, startsOn: term.startsOn, endsOn: term.endsOn, term });
    });
  }
  // Other cells and the intermediate committee: the leaders elected at the 2022 cell congresses.
  let day = 3;
  for (const [key, leaders] of cast.cellLeaders) {
    const startsOn = key === intermediateKey ? INTERMEDIATE.foundedOn : `2022-10-${String(day++).padStart(2, '0')}`;
    hold({ post: postKey(key, 'secretary'), person: leaders.secretary, startsOn });
    hold({ post: postKey(key, 'deputy'), person: leaders.deputy, startsOn });
  }
  const merged = cellKey(MERGED_CELL.key);
  const mergedEnd = addDays(MERGED_CELL.on, -1);
  hold({ post: postKey(merged, 'secretary'), person: cast.mergedCellLeaders.secretary, startsOn: '2020-10-08', endsOn: mergedEnd });
  hold({ post: postKey(merged, 'deputy'), person: cast.mergedCellLeaders.deputy, startsOn: '2020-10-08', endsOn: mergedEnd });

  // The agency's leaders: one deputy left in 2025, one was promoted from head of a department.
  hold({ post: postKey('agency', 'head'), person: cast.chairman, startsOn: '2021-07-28' });
  hold({ post: postKey('agency', 'deputy'), person: cast.retiringDeputy, startsOn: '2018-03-01', endsOn: '2025-06-30' });
  hold({ post: postKey('agency', 'deputy'), person: cast.deputy, startsOn: '2020-01-15' });
  hold({ post: postKey('agency', 'deputy'), person: cast.promotedDeputy, startsOn: '2021-09-01' });
  hold({ post: postKey('agency', 'deputy'), person: cast.newDeputy, startsOn: '2025-08-15' });

  for (const u of UNITS) {
    const dept = departmentKey(u.key);
    const head = cast.heads.get(u.key);
    const deputies = cast.deputies.get(u.key) ?? [];
    if (!head) throw new Error(`No head cast for ${u.key}`);
    if (u.key === 'kinh-te') {
      hold({ post: postKey(dept, 'head'), person: cast.promotedDeputy, startsOn: '2016-05-01', endsOn: '2021-08-31', decisionRef: agencyRef() });
      hold({ post: postKey(dept, 'deputy'), person: head, startsOn: '2017-03-01', endsOn: '2021-09-30', decisionRef: agencyRef() });
      hold({ post: postKey(dept, 'head'), person: head, startsOn: '2021-10-01', decisionRef: agencyRef() });
    } else {
      hold({ post: postKey(dept, 'head'), person: head, startsOn: rng.day('2016-01-01', '2024-06-30'), decisionRef: agencyRef() });
    }
    for (const d of deputies) {
      hold({ post: postKey(dept, 'deputy'), person: d, startsOn: rng.day('2017-01-01', '2024-12-31'), decisionRef: agencyRef() });
    }
  }

  const [oldUnionChair, unionChair] = cast.unionChairs;
  hold({ post: postKey('mass:cong-doan', 'head'), person: oldUnionChair, startsOn: '2017-11-10', endsOn: '2022-11-14' });
  hold({ post: postKey('mass:cong-doan', 'head'), person: unionChair, startsOn: '2022-11-15' });
  hold({ post: postKey('mass:doan-thanh-nien', 'head'), person: cast.youthSecretary, startsOn: '2022-09-20' });

  const rows = list.map((h): Insertable<PostHoldingsTable> => ({
    id: demoId(`holding:${h.post}:${h.person.key}:${h.startsOn}`),
    postId: postId(h.post),
    personId: h.person.id,
    termId: h.term?.id ?? null,
    startsOn: h.startsOn,
    endsOn: h.endsOn ?? null,
    decisionRef: h.decisionRef ?? null,
  }));
  return { rows, cellAssignments: buildCellAssignments(rng, nodes, cast, terms) };
}

/**
 * Phân công phụ trách: each organization directly under the committee has one executive committee member
 * in charge, for as long as both the term and the organization last.
 */
function buildCellAssignments(rng: Rng, nodes: Map<string, OrgNode>, cast: Cast, terms: BuiltTerms): Insertable<CellAssignmentsTable>[] {
  const committee = nodes.get('committee');
  if (!committee) throw new Error('No demo committee');
  const children = [...nodes.values()].filter((n) => n.parentKey === 'committee');
  const rows: Insertable<CellAssignmentsTable>[] = [];
  const assign = (term: TermInfo, c: CommitteeCast) => {
    const people = rng.shuffle(
      [c.standingDeputy, c.deputy, c.inspectionChair, c.standingMember, ...c.members].filter((p) => p !== c.change?.leaver),
    );
    const open = children.filter((n) => (!n.foundedOn || !term.endsOn || n.foundedOn <= term.endsOn) && (!n.dissolvedOn || n.dissolvedOn > term.startsOn));
    open.forEach((org, i) => {
      const person = people[i % people.length];
      if (!person) return;
      const startsOn = org.foundedOn && org.foundedOn > term.startsOn ? org.foundedOn : term.startsOn;
      const endsOn = org.dissolvedOn ? addDays(org.dissolvedOn, -1) : term.endsOn;
      rows.push({ id: demoId(`assignment:${term.id}:${org.key}`), organizationId: org.id, personId: person.id, termId: term.id, startsOn, endsOn });
    });
  };
  assign(terms.committee[0], cast.term13);
  assign(terms.committee[1], cast.term14);
  return rows;
}
