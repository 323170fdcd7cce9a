import type { Insertable } from 'kysely';
import type { PostsTable } from '../db/schema.ts';
import type { Sphere } from '../../common/enums.ts';
import type { OrgNode } from './organizations.ts';
import { demoId } from './random.ts';

/**
 * Posts outlive their holders: one row per post (Bí thư Chi bộ Vụ Tổng hợp, Vụ trưởng Vụ Tổng hợp...),
 * with the full printed title used before a person's name, and a precedence that orders titles.
 */

export interface PostSpec {
  /** Stable key: `${orgKey}#${role}`. */
  key: string;
  orgKey: string;
  name: string;
  title: string;
  sphere: Sphere;
  precedence: number;
  elected: boolean;
}

/** The roles the holdings refer to. */
export type CommitteeRole = 'secretary' | 'standingDeputy' | 'deputy' | 'inspectionChair' | 'standingMember' | 'member';
export type CellRole = 'secretary' | 'deputy';
export type UnitRole = 'head' | 'deputy';

export const postKey = (orgKey: string, role: string) => `${orgKey}#${role}`;

const COMMITTEE_POSTS: readonly [CommitteeRole, string, string, number][] = [
  ['secretary', 'Bí thư', 'Bí thư Đảng ủy', 10],
  ['standingDeputy', 'Phó Bí thư Thường trực', 'Phó Bí thư Thường trực Đảng ủy', 20],
  ['deputy', 'Phó Bí thư', 'Phó Bí thư Đảng ủy', 30],
  ['inspectionChair', 'Chủ nhiệm Ủy ban Kiểm tra', 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy', 40],
  ['standingMember', 'Ủy viên Ban Thường vụ', 'Ủy viên Ban Thường vụ Đảng ủy', 50],
  ['member', 'Ủy viên Ban Chấp hành', 'Ủy viên Ban Chấp hành Đảng bộ', 60],
];

/** "Đảng bộ Văn phòng Quốc hội" -> "Văn phòng Quốc hội": the committee's titles name the agency. */
const committeeSubject = (name: string) => name.replace(/^Đảng bộ\s+/, '');
const intermediateSubject = (name: string) => name.replace(/^Đảng bộ bộ phận\s+/, '');

function postsOf(n: OrgNode): PostSpec[] {
  const post = (role: string, name: string, title: string, sphere: Sphere, precedence: number, elected: boolean): PostSpec => ({
    key: postKey(n.key, role), orgKey: n.key, name, title, sphere, precedence, elected,
  });
  switch (n.kind) {
    case 'grassroots_committee':
      return COMMITTEE_POSTS.map(([role, name, title, precedence]) =>
        post(role, name, `${title} ${committeeSubject(n.name)}`, 'party', precedence, true),
      );
    case 'intermediate_committee':
      return [
        post('secretary', 'Bí thư Đảng ủy bộ phận', `Bí thư Đảng ủy bộ phận ${intermediateSubject(n.name)}`, 'party', 80, true),
        post('deputy', 'Phó Bí thư Đảng ủy bộ phận', `Phó Bí thư Đảng ủy bộ phận ${intermediateSubject(n.name)}`, 'party', 85, true),
      ];
    case 'cell_under_committee':
    case 'grassroots_cell':
      return [
        post('secretary', 'Bí thư Chi bộ', `Bí thư ${n.name}`, 'party', 100, true),
        post('deputy', 'Phó Bí thư Chi bộ', `Phó Bí thư ${n.name}`, 'party', 110, true),
      ];
    case 'agency':
      return [
        post('head', 'Chủ nhiệm', `Chủ nhiệm ${n.name}`, 'agency', 200, false),
        post('deputy', 'Phó Chủ nhiệm', `Phó Chủ nhiệm ${n.name}`, 'agency', 210, false),
      ];
    case 'department': {
      // A centre (trung tâm) is led by a director (giám đốc), a department (vụ) by a vụ trưởng.
      const head = n.name.startsWith('Trung tâm') ? 'Giám đốc' : 'Vụ trưởng';
      return [
        post('head', head, `${head} ${n.name}`, 'agency', 300, false),
        post('deputy', `Phó ${head}`, `Phó ${head} ${n.name}`, 'agency', 310, false),
      ];
    }
    case 'mass_organization': {
      // Mass organizations elect their leaders at their own congresses.
      const union = n.name.startsWith('Công đoàn');
      const name = union ? 'Chủ tịch Công đoàn' : 'Bí thư Đoàn Thanh niên';
      const subject = n.name.replace(/^(Công đoàn|Đoàn Thanh niên)\s+/, '');
      return [post('head', name, `${name} ${subject}`, 'mass', union ? 400 : 410, true)];
    }
    case 'superior_committee':
    case 'party_group':
      return [];
  }
}

export function buildPosts(nodes: Map<string, OrgNode>): { specs: Map<string, PostSpec>; rows: Insertable<PostsTable>[] } {
  const specs = new Map<string, PostSpec>();
  const rows: Insertable<PostsTable>[] = [];
  for (const n of nodes.values()) {
    for (const p of postsOf(n)) {
      specs.set(p.key, p);
      rows.push({
        id: demoId(`post:${p.key}`), organizationId: n.id, name: p.name, title: p.title,
        sphere: p.sphere, precedence: p.precedence, elected: p.elected, deletedAt: null,
      });
    }
  }
  return { specs, rows };
}

export const postId = (key: string) => demoId(`post:${key}`);
