import { type Insertable, type Transaction, sql } from 'kysely';
import { personSortKey } from '../../common/vietnamese.ts';
import { json } from '../db/json.ts';
import type { DB } from '../db/schema.ts';
import { appendAudit } from '../modules/audit/index.ts';
import type { MemberEventsTable, MembersTable } from '../db/schema.members.ts';
import { addDays, todayInVietnam } from '../lib/dates.ts';
import { type HolidaySet, addWorkingDays } from '../lib/working-days.ts';
import { addMonths } from '../lib/dates.ts';
import type { DemoData } from './demo.types.ts';
import { Rng, demoId } from './random.ts';

/**
 * Member records for the demo's party members, with histories that follow the rules (admission,
 * probation, transfers, exemption, discipline), dated relative to today so the reminders always have
 * something to show, and a few deliberate data-quality issues. The rule values and holiday calendar
 * come from the migration. Runs inside the demo seed's transaction, after organizations and people.
 */

const SEED = 0x20_26_11_22;
const BATCH = 500;

type Person = Insertable<DB['people']>;
type Event = Insertable<MemberEventsTable>;
type Member = Insertable<MembersTable>;

interface Builder {
  rng: Rng;
  today: string;
  holidays: HolidaySet;
  members: Member[];
  events: Event[];
}

const EDUCATION = ['12/12', '12/12', '12/12', '10/10'] as const;
const THEORY = ['Sơ cấp', 'Trung cấp', 'Trung cấp', 'Cao cấp'] as const;
const POSITIONS = ['Chuyên viên', 'Chuyên viên', 'Chuyên viên chính', 'Chuyên viên cao cấp', 'Phó Trưởng phòng', 'Trưởng phòng'] as const;

function event(b: Builder, memberId: string, kind: string, occurredOn: string, statusAfter: string, extra: Partial<Event> = {}) {
  const seq = b.events.length;
  b.events.push({
    id: demoId(`member-event:${seq}`), memberId, kind, occurredOn, statusAfter,
    decisionNumber: null, decisionSymbol: null, decisionIssuer: null, details: json({}), note: null, createdBy: null,
    // Recorded in the order the history happened, so same-day events list in that order too.
    createdAt: new Date(Date.parse(`${occurredOn}T08:00:00Z`) + seq * 1000).toISOString(),
    ...extra,
  });
}

const decision = (number: number, symbol = 'QĐ/ĐU') => ({ decisionNumber: String(number), decisionSymbol: symbol, decisionIssuer: 'Đảng ủy Văn phòng Quốc hội' });
const details = (d: Record<string, unknown>) => json(d);

function baseRecord(b: Builder, p: Person, cellId: string, status: string): Member {
  const { rng } = b;
  const born = p.birthDate ?? '1980-01-01';
  return {
    id: demoId(`member:${p.id}`), personId: p.id, cellId, status,
    partyCardNumber: null, citizenId: `0${rng.int(1, 96).toString().padStart(2, '0')}${p.gender === 'female' ? 1 : 0}${born.slice(2, 4)}${rng.int(100000, 999999)}`,
    admissionDecisionNumber: null, admissionDecisionDate: null, ceremonyDate: null, officialRecognitionDate: null,
    educationLevel: rng.pick(EDUCATION), politicalTheoryLevel: rng.pick(THEORY), occupation: 'Công chức', position: rng.pick(POSITIONS),
    contact: null,
  };
}

/** An official member: decision, ceremony within 30 working days, recognition after 12 months. */
function official(b: Builder, p: Person, cellId: string): Member {
  const { rng, holidays } = b;
  const adult = addMonths(p.birthDate ?? '1970-01-01', 18 * 12 + 6);
  const decided = rng.day(adult > '1990-01-01' ? adult : '1990-01-01', '2022-12-31');
  const ceremony = addWorkingDays(decided, rng.int(5, 25), holidays);
  const recognized = addWorkingDays(addMonths(ceremony, 12), rng.int(1, 20), holidays);
  const number = rng.int(10, 480);
  const m = {
    ...baseRecord(b, p, cellId, 'official'),
    partyCardNumber: String(rng.int(10_000_000, 99_999_999)), admissionDecisionNumber: `${number}-QĐ/ĐU`,
    admissionDecisionDate: decided, ceremonyDate: ceremony, officialRecognitionDate: recognized,
  };
  event(b, m.id, 'admission_decision', decided, 'applicant', decision(number));
  event(b, m.id, 'ceremony', ceremony, 'probationary');
  event(b, m.id, 'official_recognition', recognized, 'official', { ...decision(number + 300), details: details({ late: false }) });
  return m;
}

/** The applicant's steps, as far as `steps` goes: 0 application, 1 introducers, 2 certificate, 3 resolution, 4 decision. */
function applicantSteps(b: Builder, m: Member, introducers: string[], decidedOn: string, steps: number, certificateOn?: string) {
  const { rng } = b;
  const resolvedOn = addDays(decidedOn, -rng.int(10, 30));
  const appliedOn = addDays(resolvedOn, -rng.int(40, 90));
  const certifiedOn = certificateOn ?? addDays(appliedOn, -rng.int(30, 300));
  event(b, m.id, 'application', appliedOn, 'applicant');
  if (steps >= 1) {
    const known = introducers.map((memberId) => ({ memberId, knownSince: addMonths(appliedOn, -rng.int(14, 60)) }));
    event(b, m.id, 'introducers', appliedOn, 'applicant', { details: details({ introducers: known, applicationDate: appliedOn }) });
  }
  if (steps >= 2) event(b, m.id, 'course_certificate', certifiedOn, 'applicant', { details: details({ number: `GCN-${rng.int(100, 999)}`, issuer: 'Trung tâm Chính trị' }) });
  if (steps >= 3) event(b, m.id, 'cell_resolution', resolvedOn, 'applicant', { details: details({ votesFor: 9, officialMembers: 10 }) });
  if (steps >= 4) {
    const number = rng.int(10, 480);
    m.admissionDecisionDate = decidedOn;
    m.admissionDecisionNumber = `${number}-QĐ/ĐU`;
    event(b, m.id, 'admission_decision', decidedOn, 'applicant', decision(number));
  }
}

/** Admitted in the last months: ceremony on `ceremony`, still on probation. */
function probationary(b: Builder, p: Person, cellId: string, ceremony: string, introducers: string[]): Member {
  const m = { ...baseRecord(b, p, cellId, 'applicant'), status: 'probationary' };
  applicantSteps(b, m, introducers, addDays(ceremony, -b.rng.int(7, 30)), 4);
  m.ceremonyDate = ceremony;
  event(b, m.id, 'ceremony', ceremony, 'probationary');
  return m;
}

function laterEvents(b: Builder, m: Member, kind: 'transfer_official' | 'transfer_temporary' | 'exempt' | 'deceased' | 'expelled', daysAgo: number) {
  const on = addDays(b.today, -daysAgo);
  switch (kind) {
    case 'transfer_official': {
      m.status = 'transferred_out';
      const dueOn = addWorkingDays(on, 60, b.holidays);
      event(b, m.id, 'transfer_out', on, m.status, { details: details({ kind: 'official', letterNumber: `${daysAgo}-GGT/ĐU`, toOrganization: 'Đảng bộ Bộ Tư pháp', toOrganizationId: null, previousStatus: 'official', dueOn }) });
      return;
    }
    case 'transfer_temporary':
      m.status = 'temporarily_elsewhere';
      event(b, m.id, 'transfer_out', on, m.status, { details: details({ kind: 'temporary', letterNumber: `${daysAgo}-GGT/ĐU`, toOrganization: 'Chi bộ Học viện Chính trị quốc gia Hồ Chí Minh', previousStatus: 'official' }) });
      return;
    case 'exempt':
      m.status = 'exempt';
      event(b, m.id, 'exemption', on, m.status, { details: details({ grounds: 'Tuổi cao, sức khỏe yếu', previousStatus: 'official' }) });
      return;
    case 'deceased':
      m.status = 'deceased';
      event(b, m.id, 'death', on, m.status);
      return;
    case 'expelled':
      event(b, m.id, 'discipline', addDays(on, -200), 'official', { details: details({ form: 'canh_cao', decidingBody: 'cell', reason: 'Vi phạm quy chế làm việc' }) });
      m.status = 'expelled';
      event(b, m.id, 'discipline', on, m.status, { ...decision(b.rng.int(10, 99), 'QĐ/UBKT'), details: details({ form: 'khai_tru', decidingBody: 'standing_committee', reason: 'Vi phạm nghiêm trọng' }) });
      return;
  }
}

/** Who gets which story; account holders and post holders stay plain official members. */
function cast(b: Builder, inCells: Person[], protectedIds: Set<string>, focusCells: string[]) {
  const shuffled = b.rng.shuffle(inCells.filter((p) => !protectedIds.has(p.id) && (p.birthDate ?? '') >= '1978-01-01'));
  // The first probationers (whose reviews fall due this month) come from the demo secretaries' own
  // cells, so that their reminders screen shows a real due review.
  const leads = focusCells.flatMap((cellId) => shuffled.filter((p) => p.organizationId === cellId).slice(0, 1));
  const young = [...leads, ...shuffled.filter((p) => !leads.includes(p))];
  const older = b.rng.shuffle(inCells.filter((p) => !protectedIds.has(p.id) && (p.birthDate ?? '') < '1978-01-01'));
  const take = (list: Person[], n: number) => list.splice(0, n);
  return {
    probationary: take(young, 15),
    applicants: take(young, 5),
    transfers: take(young, 2),
    exempt: take(older, 3),
    deceased: take(older, 1),
    expelled: take(older, 1),
  };
}

function buildMembers(b: Builder, data: DemoData) {
  const cells = new Map(data.organizations.filter((o) => o.kind === 'cell_under_committee' && !o.dissolvedOn).map((o) => [o.id, o]));
  const inCells = data.people.filter((p) => cells.has(p.organizationId));
  const protectedIds = new Set([
    ...data.users.flatMap((u) => (u.personId ? [u.personId] : [])),
    ...data.postHoldings.map((h) => h.personId),
  ]);
  const focusCells = data.roleGrants.filter((g) => g.role === 'cell_secretary').map((g) => g.organizationId);
  const roles = cast(b, inCells, protectedIds, focusCells);
  const special = new Set(Object.values(roles).flat().map((p) => p.id));
  const officials = inCells.filter((p) => !special.has(p.id)).map((p) => official(b, p, p.organizationId));
  // Introducers (người giới thiệu): two official members of the applicant's own cell.
  const introducersIn = (cellId: string) => officials.filter((m) => m.cellId === cellId).slice(0, 2).map((m) => m.id);

  const probation = roles.probationary.map((p, i) => {
    // Two reviews falling due within the month, one overdue, the rest later in the year.
    const ceremony = i === 0 ? addDays(addMonths(b.today, -12), 10)
      : i === 1 ? addDays(addMonths(b.today, -12), 25)
      : i === 2 ? addMonths(b.today, -15)
      : b.rng.day(addMonths(b.today, -11), addDays(b.today, -20));
    return probationary(b, p, p.organizationId, ceremony, introducersIn(p.organizationId));
  });
  const applicants = roles.applicants.map((p, step) => {
    const m = baseRecord(b, p, p.organizationId, 'applicant');
    // Step 2 holds a certificate about to expire: issued 60 months (its validity) less 20 days ago, so it
    // expires in about three weeks whatever the length of this month; step 4 awaits its ceremony.
    applicantSteps(b, m, introducersIn(p.organizationId), addDays(b.today, -10), step, step === 2 ? addDays(addMonths(b.today, -60), 20) : undefined);
    return m;
  });
  const later = (list: Person[], kind: Parameters<typeof laterEvents>[2], daysAgo: number[]) =>
    list.map((p, i) => {
      const m = official(b, p, p.organizationId);
      laterEvents(b, m, kind, daysAgo[i] ?? 100);
      return m;
    });
  const [out, temporary] = roles.transfers;
  const rest = [
    ...later(out ? [out] : [], 'transfer_official', [20]),
    ...later(temporary ? [temporary] : [], 'transfer_temporary', [100]),
    ...later(roles.exempt, 'exempt', [400, 200, 60]),
    ...later(roles.deceased, 'deceased', [300]),
    ...later(roles.expelled, 'expelled', [150]),
  ];
  // Data-quality issues the quality view should find: two official members without a card number.
  for (const m of officials.filter((o) => !protectedIds.has(o.personId)).slice(-2)) m.partyCardNumber = null;
  return [...officials, ...probation, ...applicants, ...rest];
}

/**
 * One person re-entered as a namesake of another, with the same birth date: the duplicate the quality
 * view flags (same name and birth date in two cells).
 */
async function makeNamesake(trx: Transaction<DB>, data: DemoData, members: Member[], protectedIds: Set<string>) {
  const candidates = members.filter((m) => m.status === 'official' && !protectedIds.has(m.personId));
  const [a, b] = [candidates[0], candidates.find((m) => m.cellId !== candidates[0]?.cellId)];
  const source = data.people.find((p) => p.id === a?.personId);
  if (!source || !b) return;
  const names = { familyName: source.familyName, middleName: source.middleName ?? '', givenName: source.givenName };
  await trx.updateTable('people').set({ ...names, fullName: source.fullName, sortKey: personSortKey(names), birthDate: source.birthDate, gender: source.gender })
    .where('id', '=', b.personId).execute();
}

export async function seedMembers(trx: Transaction<DB>, data: DemoData, log: (msg: string) => void): Promise<void> {
  const today = todayInVietnam();
  const holidayRows = await trx.selectFrom('holidays').select('day').execute();
  const b: Builder = { rng: new Rng(SEED), today, holidays: new Set(holidayRows.map((h) => h.day)), members: [], events: [] };
  const members = buildMembers(b, data);
  for (let i = 0; i < members.length; i += BATCH) await trx.insertInto('members').values(members.slice(i, i + BATCH)).execute();
  for (let i = 0; i < b.events.length; i += BATCH) await trx.insertInto('memberEvents').values(b.events.slice(i, i + BATCH)).execute();
  // One audit row per table, as the rest of the demo seed: the seed is one act, not hundreds of edits.
  for (const [entity, rows] of [['member', members.length], ['member_event', b.events.length]] as const) {
    await appendAudit(trx, { actor: null, label: 'seed' }, { action: 'seed.demo', entity, entityId: 'demo', after: { rows } });
  }
  const protectedIds = new Set(data.users.flatMap((u) => (u.personId ? [u.personId] : [])));
  await makeNamesake(trx, data, members, protectedIds);
  await sql`ANALYZE members`.execute(trx);
  log(`  đảng viên / members: ${members.length}, sự kiện / events: ${b.events.length}`);
}
