import type { Insertable } from 'kysely';
import type { RoleGrantsTable, UsersTable } from '../db/schema.ts';
import type { Role } from '../lib/roles.ts';
import type { Cast } from './cast.ts';
import { type OrgNode, cellKey } from './organizations.ts';
import type { DemoPerson } from './people.ts';
import { demoId } from './random.ts';

/**
 * Demo accounts, one per kind of user, each linked to a fictional person. All share one password; the
 * administrator account is not among them (it is created at first start).
 */

export const DEMO_PASSWORD = 'congtac-demo';

export interface DemoAccount {
  username: string;
  role: Role;
  /** Key of the organization the role is granted on. */
  orgKey: string;
  organizationName: string;
  /** What the account shows in the demo. */
  purpose: string;
}

/** The secretary of a cell today: of its latest recorded term, or its current leader. */
function currentSecretary(cast: Cast, cell: string): DemoPerson {
  const person = cast.cellTerms.get(cell)?.[1].secretary ?? cast.cellLeaders.get(cell)?.secretary;
  if (!person) throw new Error(`No secretary cast for ${cell}`);
  return person;
}

type AccountSpec = Omit<DemoAccount, 'organizationName'> & { clearance: number; holder: (cast: Cast) => DemoPerson };

const ACCOUNTS: readonly AccountSpec[] = [
  { username: 'vanphong', role: 'committee_office', orgKey: 'committee', clearance: 1, purpose: 'Văn phòng Đảng ủy: quản lý toàn bộ Đảng bộ', holder: (c) => c.accountHolders.office },
  { username: 'bithu.tonghop', role: 'cell_secretary', orgKey: cellKey('tong-hop'), clearance: 0, purpose: 'Bí thư chi bộ: quản lý chi bộ của mình', holder: (c) => currentSecretary(c, cellKey('tong-hop')) },
  { username: 'bithu.hanhchinh', role: 'cell_secretary', orgKey: cellKey('hanh-chinh'), clearance: 0, purpose: 'Bí thư chi bộ thứ hai, để so sánh phạm vi', holder: (c) => currentSecretary(c, cellKey('hanh-chinh')) },
  { username: 'dangvien', role: 'member', orgKey: cellKey('tong-hop'), clearance: 0, purpose: 'Đảng viên: xem thông tin của chi bộ', holder: (c) => c.accountHolders.member },
  { username: 'kiemtra', role: 'inspector', orgKey: 'committee', clearance: 1, purpose: 'Ủy ban Kiểm tra: kiểm tra, giám sát', holder: (c) => c.accountHolders.inspector },
  { username: 'captren', role: 'superior_readonly', orgKey: 'superior', clearance: 0, purpose: 'Cấp ủy cấp trên: chỉ xem', holder: (c) => c.accountHolders.superior },
  { username: 'bientap', role: 'portal_editor', orgKey: 'committee', clearance: 0, purpose: 'Biên tập cổng thông tin', holder: (c) => c.accountHolders.editor },
  { username: 'thidua', role: 'emulation_officer', orgKey: 'committee', clearance: 0, purpose: 'Thi đua, khen thưởng', holder: (c) => c.accountHolders.emulation },
];

/** The demo accounts with the organizations their roles are granted on, for the README and the login page. */
export function demoAccounts(nodes: Map<string, OrgNode>): DemoAccount[] {
  return ACCOUNTS.map(({ username, role, orgKey, purpose }) => ({
    username, role, orgKey, purpose, organizationName: nodes.get(orgKey)?.name ?? orgKey,
  }));
}

export function buildAccounts(nodes: Map<string, OrgNode>, cast: Cast, passwordHash: string) {
  const users: Insertable<UsersTable>[] = [];
  const roleGrants: Insertable<RoleGrantsTable>[] = [];
  for (const a of ACCOUNTS) {
    const org = nodes.get(a.orgKey);
    if (!org) throw new Error(`Unknown demo organization ${a.orgKey}`);
    const person = a.holder(cast);
    const id = demoId(`user:${a.username}`);
    users.push({
      id, username: a.username, passwordHash, displayName: person.fullName, email: person.email, personId: person.id,
      clearance: a.clearance, disabledAt: null, lastLoginAt: null,
    });
    roleGrants.push({ id: demoId(`grant:${a.username}:${a.role}:${a.orgKey}`), userId: id, role: a.role, organizationId: org.id });
  }
  return { users, roleGrants };
}
