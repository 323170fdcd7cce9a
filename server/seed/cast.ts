import { INTERMEDIATE, MERGED_CELL, UNITS, cellKey } from './organizations.ts';
import { Casting, type DemoPerson } from './people.ts';
import type { Rng } from './random.ts';

/**
 * Who holds which post in the demo: the agency's leaders, the department heads, the committee of each
 * term, the cell secretaries. Several people hold posts in more than one sphere, as in real offices.
 */

export interface CommitteeCast {
  secretary: DemoPerson;
  standingDeputy: DemoPerson;
  deputy: DemoPerson;
  inspectionChair: DemoPerson;
  standingMember: DemoPerson;
  /** Ủy viên Ban Chấp hành who hold no higher post. */
  members: DemoPerson[];
  /** One member who left during the term and the one elected in their place. */
  change?: { leaver: DemoPerson; replacement: DemoPerson };
  /** The inspection committee besides its chair. */
  inspectors: DemoPerson[];
}

export interface CellExecutiveCast {
  secretary: DemoPerson;
  deputy: DemoPerson;
  member: DemoPerson;
}

export interface Cast {
  chairman: DemoPerson;
  /** Phó Chủ nhiệm VPQH who left in 2025; Bí thư in term 13. */
  retiringDeputy: DemoPerson;
  /** Phó Chủ nhiệm VPQH; Phó Bí thư in term 13, Bí thư in term 14. */
  deputy: DemoPerson;
  /** Vụ trưởng Vụ Kinh tế until promoted Phó Chủ nhiệm in 2021. */
  promotedDeputy: DemoPerson;
  newDeputy: DemoPerson;
  /** Current head (Vụ trưởng / Giám đốc) and two deputies of each unit. */
  heads: Map<string, DemoPerson>;
  deputies: Map<string, [DemoPerson, DemoPerson]>;
  term13: CommitteeCast;
  term14: CommitteeCast;
  /** By cell key: cells that record their terms, two each, with a three-member cell executive (chi ủy). */
  cellTerms: Map<string, [CellExecutiveCast, CellExecutiveCast]>;
  /** By organization key: the current secretary and deputy of every other cell and of the intermediate committee. */
  cellLeaders: Map<string, { secretary: DemoPerson; deputy: DemoPerson }>;
  mergedCellLeaders: { secretary: DemoPerson; deputy: DemoPerson };
  unionChairs: [DemoPerson, DemoPerson];
  youthSecretary: DemoPerson;
  accountHolders: Record<'office' | 'member' | 'inspector' | 'superior' | 'editor' | 'emulation', DemoPerson>;
}

/** Where a unit's leaders are party members. */
export const leaderCell = (unitKey: string) => cellKey(unitKey === INTERMEDIATE.key ? 'qt-tai-san' : unitKey);
export const TERM_CELLS = ['tong-hop', 'hanh-chinh', 'cong-tac-dai-bieu'] as const;

export function castDemo(rng: Rng, byOrg: Map<string, DemoPerson[]>): Cast {
  const c = new Casting(rng, byOrg);
  const chairman = c.senior(cellKey('tong-hop'));
  const retiringDeputy = c.senior(cellKey('hanh-chinh'), 1);
  const deputy = c.senior(cellKey('phap-luat'));
  const newDeputy = c.senior(cellKey('doi-ngoai'));
  const promotedDeputy = c.senior(cellKey('kinh-te'));

  const heads = new Map<string, DemoPerson>();
  const deputies = new Map<string, [DemoPerson, DemoPerson]>();
  for (const u of UNITS) {
    const cell = leaderCell(u.key);
    heads.set(u.key, c.senior(cell));
    deputies.set(u.key, [c.senior(cell, 8), c.senior(cell, 8)]);
  }
  const head = (k: string) => must(heads.get(k), k);
  const deputyOf = (k: string, i: 0 | 1) => must(deputies.get(k), k)[i];

  const standingDeputy = c.senior(cellKey('to-chuc-can-bo'), 6);
  const youthSecretary = c.bornBetween(cellKey('thong-tin'), 1990, 1997);
  const leaver = c.senior(cellKey('thong-tin'), 8);
  const inspectors = [
    c.bornBetween(cellKey('dan-nguyen'), 1970, 1985),
    c.bornBetween(cellKey('to-chuc-can-bo'), 1970, 1985),
    c.bornBetween(cellKey('tai-chinh-ngan-sach'), 1970, 1985),
    c.bornBetween(cellKey('hanh-chinh'), 1970, 1985),
    c.bornBetween(cellKey('phap-luat'), 1972, 1988),
    c.bornBetween(cellKey('kinh-te'), 1972, 1988),
  ] as const;
  const steady = ['hanh-chinh', 'thong-tin', 'cong-tac-dai-bieu', 'doi-ngoai', 'phap-luat'].map(head);

  const term13: CommitteeCast = {
    secretary: retiringDeputy,
    standingDeputy,
    deputy,
    inspectionChair: head('dan-nguyen'),
    standingMember: head('tong-hop'),
    members: [head('to-chuc-can-bo'), head('tai-chinh-ngan-sach'), promotedDeputy, ...steady, head('quan-tri'), leaver],
    change: { leaver, replacement: head('kinh-te') },
    inspectors: inspectors.slice(0, 4),
  };
  const term14: CommitteeCast = {
    secretary: deputy,
    standingDeputy,
    deputy: head('to-chuc-can-bo'),
    inspectionChair: head('tai-chinh-ngan-sach'),
    standingMember: head('dan-nguyen'),
    members: [head('tong-hop'), promotedDeputy, ...steady, head('kinh-te'), head('tin-hoc'), youthSecretary],
    inspectors: [inspectors[0], inspectors[1], inspectors[4], inspectors[5]],
  };

  const cellTerms = new Map<string, [CellExecutiveCast, CellExecutiveCast]>();
  {
    const cell = cellKey('tong-hop');
    const [member, earlier] = [c.any(cell), c.senior(cell, 8)];
    cellTerms.set(cellKey('tong-hop'), [
      { secretary: earlier, deputy: head('tong-hop'), member },
      { secretary: head('tong-hop'), deputy: deputyOf('tong-hop', 0), member },
    ]);
  }
  {
    const cell = cellKey('hanh-chinh');
    const [first, second] = [c.any(cell), c.any(cell)];
    cellTerms.set(cellKey('hanh-chinh'), [
      { secretary: head('hanh-chinh'), deputy: deputyOf('hanh-chinh', 0), member: first },
      { secretary: head('hanh-chinh'), deputy: first, member: second },
    ]);
  }
  {
    const cell = cellKey('cong-tac-dai-bieu');
    const [earlier, member, next] = [c.senior(cell, 8), c.any(cell), c.any(cell)];
    cellTerms.set(cellKey('cong-tac-dai-bieu'), [
      { secretary: earlier, deputy: head('cong-tac-dai-bieu'), member },
      { secretary: head('cong-tac-dai-bieu'), deputy: deputyOf('cong-tac-dai-bieu', 0), member: next },
    ]);
  }

  // A head who sits on the new standing committee leaves the cell to a deputy.
  const busy = new Set([term14.deputy, term14.inspectionChair, term14.standingMember].map((p) => p.key));
  const cellLeaders = new Map<string, { secretary: DemoPerson; deputy: DemoPerson }>();
  for (const u of UNITS) {
    if ((TERM_CELLS as readonly string[]).includes(u.key) || !u.members) continue;
    const h = head(u.key);
    cellLeaders.set(cellKey(u.key), busy.has(h.key)
      ? { secretary: deputyOf(u.key, 0), deputy: deputyOf(u.key, 1) }
      : { secretary: h, deputy: deputyOf(u.key, 0) });
  }
  cellLeaders.set(`intermediate:${INTERMEDIATE.key}`, { secretary: head('quan-tri'), deputy: deputyOf('quan-tri', 1) });
  cellLeaders.set(cellKey('qt-tai-san'), { secretary: deputyOf('quan-tri', 0), deputy: c.any(cellKey('qt-tai-san')) });
  const leTan = cellKey('qt-le-tan');
  cellLeaders.set(leTan, { secretary: c.senior(leTan, 6), deputy: c.any(leTan) });

  const absorbing = cellKey(MERGED_CELL.intoKey);
  const mergedCellLeaders = { secretary: c.senior(absorbing, 10), deputy: c.any(absorbing) };
  const unionChairs: [DemoPerson, DemoPerson] = [c.senior(cellKey('hanh-chinh'), 10), deputyOf('to-chuc-can-bo', 1)];

  const accountHolders = {
    office: c.any(cellKey('to-chuc-can-bo')),
    member: c.any(cellKey('tong-hop')),
    inspector: inspectors[0],
    superior: c.any('superior'),
    editor: c.any(cellKey('thong-tin')),
    emulation: c.any(cellKey('to-chuc-can-bo')),
  };
  return {
    chairman, retiringDeputy, deputy, promotedDeputy, newDeputy, heads, deputies, term13, term14,
    cellTerms, cellLeaders, mergedCellLeaders, unionChairs, youthSecretary, accountHolders,
  };
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo cast is missing ${what}`);
  return value;
}
