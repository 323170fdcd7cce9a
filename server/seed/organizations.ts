import type { Insertable } from 'kysely';
import { json } from '../db/json.ts';
import type { OrganizationEventsTable, OrganizationsTable } from '../db/schema.ts';
import type { OrganizationKind } from '../../common/enums.ts';
import { demoId } from './random.ts';

/**
 * The demo organization tree, modelled on the Office of the National Assembly: its Party committee
 * (Đảng bộ) under the superior committee, with one cell (chi bộ) per department, and the agency with
 * its departments (vụ) and mass organizations as a second root.
 */

/** Where the demo history begins: long-standing organizations are recorded from this day. */
export const RECORDS_BEGIN = '2015-01-01';

export interface Unit {
  key: string;
  department: string;
  code: string;
  /** Party members in the unit's cell; absent when the unit has an intermediate committee instead. */
  members?: number;
  /** The department's earlier name and the day it changed. */
  renamed?: { from: string; on: string };
}

export const UNITS: readonly Unit[] = [
  { key: 'tong-hop', department: 'Vụ Tổng hợp', code: 'TH', members: 38 },
  { key: 'hanh-chinh', department: 'Vụ Hành chính', code: 'HC', members: 42 },
  { key: 'thong-tin', department: 'Vụ Thông tin', code: 'TT', members: 30, renamed: { from: 'Vụ Thông tin - Tư liệu', on: '2022-01-01' } },
  { key: 'cong-tac-dai-bieu', department: 'Vụ Công tác đại biểu', code: 'CTĐB', members: 32 },
  { key: 'doi-ngoai', department: 'Vụ Đối ngoại', code: 'ĐN', members: 27 },
  { key: 'phap-luat', department: 'Vụ Pháp luật', code: 'PL', members: 29 },
  { key: 'kinh-te', department: 'Vụ Kinh tế', code: 'KT', members: 28 },
  { key: 'tai-chinh-ngan-sach', department: 'Vụ Tài chính - Ngân sách', code: 'TCNS', members: 26 },
  { key: 'dan-nguyen', department: 'Vụ Dân nguyện', code: 'DN', members: 24 },
  { key: 'to-chuc-can-bo', department: 'Vụ Tổ chức - Cán bộ', code: 'TCCB', members: 25 },
  { key: 'quan-tri', department: 'Vụ Quản trị', code: 'QT' },
  { key: 'tin-hoc', department: 'Trung tâm Tin học', code: 'TTTH', members: 31 },
];

/** Vụ Quản trị has a đảng bộ bộ phận (intermediate committee) with two cells under it. */
export const INTERMEDIATE = {
  key: 'quan-tri',
  name: 'Đảng bộ bộ phận Vụ Quản trị',
  foundedOn: '2021-01-15',
  cells: [
    { key: 'qt-tai-san', name: 'Chi bộ Phòng Quản trị - Tài sản', members: 22 },
    { key: 'qt-le-tan', name: 'Chi bộ Phòng Lễ tân - Phục vụ', members: 26 },
  ],
} as const;

/** A cell merged into another during the demo history. */
export const MERGED_CELL = {
  key: 'luu-tru',
  name: 'Chi bộ Trung tâm Lưu trữ',
  intoKey: 'hanh-chinh',
  on: '2023-07-01',
} as const;

export interface OrgNode {
  key: string;
  id: string;
  parentKey: string | null;
  kind: OrganizationKind;
  name: string;
  shortName: string | null;
  code: string | null;
  sortOrder: number;
  foundedOn: string | null;
  dissolvedOn: string | null;
  mergedIntoKey: string | null;
  formerName: string | null;
  renamedOn: string | null;
  /** Party members to generate in this cell. */
  members: number;
  /** The unit (department) whose leaders sit in this cell. */
  unitKey: string | null;
}

type NodeSpec = Partial<OrgNode> & Pick<OrgNode, 'key' | 'parentKey' | 'kind' | 'name'>;

function node(spec: NodeSpec): OrgNode {
  return {
    id: demoId(`org:${spec.key}`),
    shortName: null,
    code: null,
    sortOrder: 0,
    foundedOn: null,
    dissolvedOn: null,
    mergedIntoKey: null,
    formerName: null,
    renamedOn: null,
    members: 0,
    unitKey: null,
    ...spec,
  };
}

export const cellKey = (unitKey: string) => `cell:${unitKey}`;
export const departmentKey = (unitKey: string) => `dept:${unitKey}`;

/** Every node, parents before children. */
export function demoOrganizationNodes(): OrgNode[] {
  const nodes: OrgNode[] = [
    node({ key: 'superior', parentKey: null, kind: 'superior_committee', name: 'Đảng bộ Khối các cơ quan Trung ương', shortName: 'Đảng bộ Khối CCQTW', sortOrder: 10 }),
    node({ key: 'committee', parentKey: 'superior', kind: 'grassroots_committee', name: 'Đảng bộ Văn phòng Quốc hội', shortName: 'Đảng bộ VPQH', sortOrder: 10 }),
  ];
  UNITS.forEach((u, i) => {
    const sortOrder = (i + 1) * 10;
    if (u.members) {
      nodes.push(node({ key: cellKey(u.key), parentKey: 'committee', kind: 'cell_under_committee', name: `Chi bộ ${u.department}`, code: `CB-${u.code}`, sortOrder, members: u.members, unitKey: u.key }));
      return;
    }
    const parentKey = `intermediate:${u.key}`;
    nodes.push(node({ key: parentKey, parentKey: 'committee', kind: 'intermediate_committee', name: INTERMEDIATE.name, code: `ĐBBP-${u.code}`, sortOrder, foundedOn: INTERMEDIATE.foundedOn, unitKey: u.key }));
    INTERMEDIATE.cells.forEach((c, j) =>
      nodes.push(node({ key: cellKey(c.key), parentKey, kind: 'cell_under_committee', name: c.name, sortOrder: (j + 1) * 10, foundedOn: INTERMEDIATE.foundedOn, members: c.members, unitKey: u.key })),
    );
  });
  nodes.push(
    node({ key: cellKey(MERGED_CELL.key), parentKey: 'committee', kind: 'cell_under_committee', name: MERGED_CELL.name, sortOrder: 900, dissolvedOn: MERGED_CELL.on, mergedIntoKey: cellKey(MERGED_CELL.intoKey) }),
    node({ key: 'agency', parentKey: null, kind: 'agency', name: 'Văn phòng Quốc hội', shortName: 'VPQH', code: 'VPQH', sortOrder: 20 }),
  );
  UNITS.forEach((u, i) =>
    nodes.push(node({ key: departmentKey(u.key), parentKey: 'agency', kind: 'department', name: u.department, code: u.code, sortOrder: (i + 1) * 10, formerName: u.renamed?.from ?? null, renamedOn: u.renamed?.on ?? null, unitKey: u.key })),
  );
  nodes.push(
    node({ key: 'mass:cong-doan', parentKey: 'agency', kind: 'mass_organization', name: 'Công đoàn Văn phòng Quốc hội', shortName: 'Công đoàn VPQH', sortOrder: 500 }),
    node({ key: 'mass:doan-thanh-nien', parentKey: 'agency', kind: 'mass_organization', name: 'Đoàn Thanh niên Văn phòng Quốc hội', shortName: 'Đoàn Thanh niên VPQH', sortOrder: 510 }),
  );
  return nodes;
}

export interface BuiltOrganizations {
  nodes: Map<string, OrgNode>;
  rows: Insertable<OrganizationsTable>[];
  events: Insertable<OrganizationEventsTable>[];
}

export function buildOrganizations(): BuiltOrganizations {
  const list = demoOrganizationNodes();
  const nodes = new Map(list.map((n) => [n.key, n]));
  const byKey = (key: string): OrgNode => {
    const found = nodes.get(key);
    if (!found) throw new Error(`Unknown demo organization ${key}`);
    return found;
  };
  const placed = new Map<string, { path: string; depth: number }>();
  const rows: Insertable<OrganizationsTable>[] = [];
  const events: Insertable<OrganizationEventsTable>[] = [];
  const event = (org: OrgNode, kind: OrganizationEventsTable['kind'], occurredOn: string, details: Record<string, unknown>, note: string | null = null) =>
    events.push({ id: demoId(`org-event:${org.key}:${kind}`), organizationId: org.id, kind, occurredOn, details: json(details), note });

  for (const n of list) {
    const parent = n.parentKey ? placed.get(n.parentKey) : undefined;
    if (n.parentKey && !parent) throw new Error(`Demo organization ${n.key} listed before its parent`);
    const where = { path: `${parent?.path ?? '/'}${n.id}/`, depth: parent ? parent.depth + 1 : 0 };
    placed.set(n.key, where);
    const parentId = n.parentKey ? byKey(n.parentKey).id : null;
    rows.push({
      id: n.id, parentId, ...where, kind: n.kind, name: n.name, shortName: n.shortName, code: n.code,
      sortOrder: n.sortOrder, foundedOn: n.foundedOn, dissolvedOn: n.dissolvedOn,
      mergedIntoId: n.mergedIntoKey ? byKey(n.mergedIntoKey).id : null, deletedAt: null,
    });
    event(n, 'created', n.foundedOn ?? RECORDS_BEGIN, { name: n.formerName ?? n.name, parentId });
    if (n.formerName && n.renamedOn) event(n, 'renamed', n.renamedOn, { from: n.formerName, to: n.name });
    if (n.mergedIntoKey && n.dissolvedOn) {
      const target = byKey(n.mergedIntoKey);
      const note = `Hợp nhất ${n.name} vào ${target.name}`;
      event(n, 'merged', n.dissolvedOn, { intoId: target.id, intoName: target.name }, note);
      event(target, 'absorbed', n.dissolvedOn, { fromId: n.id, fromName: n.name }, note);
    }
  }
  return { nodes, rows, events };
}
