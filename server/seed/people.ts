import type { Insertable } from 'kysely';
import type { PeopleTable } from '../db/schema.ts';
import { fullName, personSortKey } from '../../common/vietnamese.ts';
import { type DrawnName, type Gender, demoEmail, demoPhone, drawName } from './names.ts';
import { type OrgNode, UNITS, departmentKey } from './organizations.ts';
import { type Rng, demoId } from './random.ts';

/** Fictional people: party members in the cells, a few staff outside the party, one at the superior body. */

export interface DemoPerson {
  key: string;
  id: string;
  orgKey: string;
  name: DrawnName;
  fullName: string;
  birthDate: string;
  email: string;
}

/** People who work in the agency but are not party members: in departments and mass organizations. */
const NON_MEMBERS = { departments: 16, massOrganizations: 3 } as const;

export interface BuiltPeople {
  all: DemoPerson[];
  byOrg: Map<string, DemoPerson[]>;
  rows: Insertable<PeopleTable>[];
}

export function buildPeople(rng: Rng, nodes: Map<string, OrgNode>): BuiltPeople {
  const all: DemoPerson[] = [];
  const emails = new Set<string>();
  const names = new Set<string>();
  const add = (orgKey: string, born: [string, string], gender?: Gender) => {
    const key = `person:${all.length + 1}`;
    // Real offices have namesakes; in a demo they only confuse, so each full name is used once.
    let name = drawName(rng, gender);
    while (names.has(fullName(name))) name = drawName(rng, gender);
    names.add(fullName(name));
    all.push({
      key, id: demoId(key), orgKey, name, fullName: fullName(name), birthDate: rng.day(...born), email: demoEmail(name, emails),
    });
  };

  for (const n of nodes.values()) {
    for (let i = 0; i < n.members; i++) add(n.key, ['1965-01-01', '2000-12-31']);
  }
  for (let i = 0; i < NON_MEMBERS.departments; i++) {
    add(departmentKey(rng.pick(UNITS).key), ['1994-01-01', '2000-12-31']);
  }
  const mass = ['mass:cong-doan', 'mass:cong-doan', 'mass:doan-thanh-nien'];
  for (let i = 0; i < NON_MEMBERS.massOrganizations; i++) add(mass[i % mass.length] ?? 'mass:cong-doan', ['1990-01-01', '2000-12-31']);
  add('superior', ['1975-01-01', '1988-12-31']);

  const byOrg = new Map<string, DemoPerson[]>();
  for (const p of all) byOrg.set(p.orgKey, [...(byOrg.get(p.orgKey) ?? []), p]);

  const rows = all.map((p): Insertable<PeopleTable> => {
    const org = nodes.get(p.orgKey);
    if (!org) throw new Error(`Unknown demo organization ${p.orgKey}`);
    return {
      id: p.id,
      familyName: p.name.familyName,
      middleName: p.name.middleName,
      givenName: p.name.givenName,
      fullName: p.fullName,
      sortKey: personSortKey(p.name),
      gender: p.name.gender,
      birthDate: p.birthDate,
      organizationId: org.id,
      email: p.email,
      phone: demoPhone(rng),
      isDemo: true,
      deletedAt: null,
    };
  });
  return { all, byOrg, rows };
}

/**
 * Hands out people for posts: each draw takes someone not yet cast, from one organization, among the
 * oldest (leaders) or within a birth-year window (the youth union).
 */
export class Casting {
  private readonly used = new Set<string>();

  constructor(
    private readonly rng: Rng,
    private readonly byOrg: Map<string, DemoPerson[]>,
  ) {}

  private free(orgKey: string): DemoPerson[] {
    return (this.byOrg.get(orgKey) ?? []).filter((p) => !this.used.has(p.key));
  }

  private take(p: DemoPerson | undefined, orgKey: string): DemoPerson {
    if (!p) throw new Error(`No one left to cast in ${orgKey}`);
    this.used.add(p.key);
    return p;
  }

  /** One of the `among` oldest people not yet cast. */
  senior(orgKey: string, among = 4): DemoPerson {
    const sorted = this.free(orgKey).sort((a, b) => a.birthDate.localeCompare(b.birthDate) || a.key.localeCompare(b.key));
    return this.take(this.rng.pick(sorted.slice(0, among)), orgKey);
  }

  /** Someone born in [fromYear, toYear] (the youngest available if nobody is). */
  bornBetween(orgKey: string, fromYear: number, toYear: number): DemoPerson {
    const free = this.free(orgKey);
    const year = (p: DemoPerson) => Number(p.birthDate.slice(0, 4));
    const fit = free.filter((p) => year(p) >= fromYear && year(p) <= toYear);
    const fallback = [...free].sort((a, b) => b.birthDate.localeCompare(a.birthDate)).slice(0, 1);
    return this.take(this.rng.pick(fit.length > 0 ? fit : fallback), orgKey);
  }

  /** Anyone not yet cast. */
  any(orgKey: string): DemoPerson {
    return this.take(this.rng.pick(this.free(orgKey)), orgKey);
  }
}
