import type { Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { todayInVietnam } from '../lib/dates.ts';
import type { HolidaySet } from '../lib/working-days.ts';
import type { DemoData } from './demo.types.ts';

/**
 * What the demo meetings are made from, read once inside the seed's transaction: the committee and its
 * cells, each member's status history (from the member events), titles held on a day, the committee's
 * bodies and terms, the monthly agenda rule and the holiday calendar.
 */

export interface Org {
  id: string;
  path: string;
  name: string;
}

interface Span {
  startsOn: string;
  endsOn?: string | null | undefined;
}

export interface MemberLife {
  personId: string;
  cellId: string;
  /** Status after each event, in the order they happened. */
  timeline: { on: string; status: string }[];
}

export interface BodyInfo extends Span {
  id: string;
  termId: string;
  kind: string;
  members: (Span & { personId: string })[];
}

export interface TermRow extends Span {
  id: string;
  startYear: number;
  endYear: number;
}

export interface World {
  today: string;
  holidays: HolidaySet;
  monthlyAgenda: string[];
  committee: Org;
  cells: Org[];
  members: MemberLife[];
  names: Map<string, { name: string; sortKey: string }>;
  terms: TermRow[];
  bodies: BodyInfo[];
  /** People of the superior committee, invited as guests to executive conferences. */
  superiorPeople: string[];
  /** Cell id -> the committee member in charge of it (cell assignment). */
  assignments: { cellId: string; personId: string; span: Span }[];
  holdings: { personId: string; orgId: string; name: string; title: string; precedence: number; span: Span }[];
  memberPersonId: string | null;
  focusCells: string[];
}

export const within = (s: Span, day: string) => s.startsOn <= day && (s.endsOn === null || s.endsOn === undefined || s.endsOn >= day);

/** A member's status on a day; null before their first event (not yet a member). */
export function statusOn(m: MemberLife, day: string): string | null {
  let status: string | null = null;
  for (const e of m.timeline) {
    if (e.on > day) break;
    status = e.status;
  }
  return status;
}

/** Every title a person held on a day, highest first ("Vụ trưởng Vụ Tổng hợp, Bí thư Chi bộ Vụ Tổng hợp"). */
export function titlesOn(w: World, personId: string, day: string): string | null {
  const held = w.holdings.filter((h) => h.personId === personId && within(h.span, day)).sort((a, b) => a.precedence - b.precedence);
  return held.length ? held.map((h) => h.title).join(', ') : null;
}

/** The holder of a post named `name` (e.g. 'Bí thư Chi bộ') of an organization on a day. */
export function holderOn(w: World, orgId: string, name: string, day: string): string | null {
  return w.holdings.find((h) => h.orgId === orgId && h.name === name && within(h.span, day))?.personId ?? null;
}

const agendaRule = z.object({ items: z.array(z.string()).min(1) });

async function loadMembers(trx: Transaction<DB>): Promise<MemberLife[]> {
  const rows = await trx.selectFrom('members as m').innerJoin('memberEvents as e', 'e.memberId', 'm.id')
    .select(['m.id', 'm.personId', 'm.cellId', 'e.occurredOn', 'e.statusAfter'])
    .orderBy('m.id').orderBy('e.occurredOn').orderBy('e.createdAt').execute();
  const byId = new Map<string, MemberLife>();
  for (const r of rows) {
    const life = byId.get(r.id) ?? { personId: r.personId, cellId: r.cellId, timeline: [] };
    byId.set(r.id, life);
    if (r.statusAfter) life.timeline.push({ on: r.occurredOn, status: r.statusAfter });
  }
  return [...byId.values()];
}

function committeeBodies(data: DemoData, committeeId: string): BodyInfo[] {
  return data.bodies.filter((b) => b.organizationId === committeeId).map((b) => ({
    id: b.id, termId: b.termId, kind: b.kind, startsOn: b.startsOn, endsOn: b.endsOn,
    members: data.bodyMembers.filter((m) => m.bodyId === b.id).map((m) => ({ personId: m.personId, startsOn: m.startsOn, endsOn: m.endsOn })),
  }));
}

function holdings(data: DemoData): World['holdings'] {
  const posts = new Map(data.posts.map((p) => [p.id, p]));
  return data.postHoldings.flatMap((h) => {
    const p = posts.get(h.postId);
    return p ? [{ personId: h.personId, orgId: p.organizationId, name: p.name, title: p.title, precedence: p.precedence ?? 999, span: h }] : [];
  });
}

export async function loadWorld(trx: Transaction<DB>, data: DemoData): Promise<World> {
  const committeeRow = data.organizations.find((o) => o.kind === 'grassroots_committee');
  const superior = data.organizations.find((o) => o.kind === 'superior_committee');
  if (!committeeRow || !superior) throw new Error('Demo meetings need the committee and its superior');
  const committee = { id: committeeRow.id, path: committeeRow.path, name: committeeRow.name };
  const cells = data.organizations
    .filter((o) => o.kind === 'cell_under_committee' && !o.dissolvedOn && o.path.startsWith(committee.path))
    .map((o) => ({ id: o.id, path: o.path, name: o.name }));
  const people = await trx.selectFrom('people').select(['id', 'fullName', 'sortKey', 'organizationId']).execute();
  const rule = await trx.selectFrom('ruleValues').select('value').where('key', '=', 'meeting.monthly_agenda')
    .orderBy('validFrom', 'desc').limit(1).executeTakeFirstOrThrow();
  const holidayRows = await trx.selectFrom('holidays').select('day').execute();
  const member = data.users.find((u) => u.username === 'dangvien');
  return {
    today: todayInVietnam(),
    holidays: new Set(holidayRows.map((h) => h.day)),
    monthlyAgenda: agendaRule.parse(rule.value).items,
    committee,
    cells,
    members: await loadMembers(trx),
    names: new Map(people.map((p) => [p.id, { name: p.fullName, sortKey: p.sortKey }])),
    terms: data.terms.filter((t) => t.organizationId === committee.id)
      .map((t) => ({ id: t.id, startsOn: t.startsOn, endsOn: t.endsOn, startYear: t.startYear, endYear: t.endYear })),
    bodies: committeeBodies(data, committee.id),
    superiorPeople: people.filter((p) => p.organizationId === superior.id).map((p) => p.id),
    assignments: data.cellAssignments.map((a) => ({ cellId: a.organizationId, personId: a.personId, span: a })),
    holdings: holdings(data),
    memberPersonId: member?.personId ?? null,
    focusCells: data.roleGrants.filter((g) => g.role === 'cell_secretary').map((g) => g.organizationId),
  };
}
