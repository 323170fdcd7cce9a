import { fullName } from '../../common/vietnamese.ts';
import type { Insertable } from 'kysely';
import type { DB } from '../db/schema.ts';
import { addDays } from '../lib/dates.ts';
import { weekdays } from './documents-issued.ts';
import { ABOUT_MEMBER_TEXTS, LETTER_COLLECTIVES, LETTER_PLACES, LETTER_TEXTS } from './documents-texts.ts';
import type { DocOrg } from './documents-world.ts';
import { drawName } from './names.ts';
import { type Rng, demoId } from './random.ts';

/**
 * Citizens' letters received by a committee over a span of days (the demo: about 350 over the year), of
 * the four kinds, each with its legal deadline; those about a party member are routed to the inspection
 * committee. Older ones are answered (some late), others are being handled with their steps, the newest
 * just received. Also used by the benchmark data, a committee at a time.
 */

export interface LetterRows {
  letters: Insertable<DB['letters']>[];
  steps: Insertable<DB['letterSteps']>[];
  counters: Map<string, number>;
}

/** What receiving letters needs: the receiving committee, its world's day and rules, members letters may be about. */
export interface LetterWorld {
  org: DocOrg;
  today: string;
  officeUserId: string | null;
  letterDeadlines: Map<string, number>;
  members: readonly string[];
}

type Kind = 'complaint' | 'denunciation' | 'recommendation' | 'reflection';
const KINDS = [['complaint', 3], ['denunciation', 2], ['recommendation', 3], ['reflection', 4]] as const;
const STEPS = ['Thụ lý đơn, phân loại theo thẩm quyền', 'Xác minh nội dung đơn tại đơn vị', 'Làm việc với người gửi đơn', 'Báo cáo lãnh đạo kết quả xác minh'];
const ANSWERS = [
  'Đã xem xét, trả lời người gửi đơn bằng văn bản theo quy định.', 'Đã chuyển đơn đến cơ quan có thẩm quyền giải quyết và thông báo cho người gửi.',
  'Đã xác minh, kết luận nội dung đơn và trả lời người gửi.', 'Đơn không đủ điều kiện thụ lý; đã hướng dẫn người gửi theo quy định.',
];
const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+07:00`;

export function buildLetters(w: LetterWorld, rng: Rng, count: number, days = weekdays(addDays(w.today, -365), w.today), newId: (key: string) => string = demoId): LetterRows {
  const rows: LetterRows = { letters: [], steps: [], counters: new Map() };
  const received = Array.from({ length: count }, () => rng.pick(days)).sort();
  received.forEach((day, i) => {
    const kind: Kind = rng.weighted(KINDS);
    const aboutMember = w.members.length > 0 && rng.chance(0.15);
    const year = Number(day.slice(0, 4));
    const key = `letter|${w.org.id}|y${year}`;
    const arrivalNumber = (rows.counters.get(key) ?? 0) + 1;
    rows.counters.set(key, arrivalNumber);
    const id = newId(`letter:${i}`);
    const days = w.letterDeadlines.get(kind) ?? 30;
    const deadline = addDays(day, days);
    const senderName = rng.chance(0.08) ? rng.pick(LETTER_COLLECTIVES) : fullName(drawName(rng));
    const summary = aboutMember ? rng.pick(ABOUT_MEMBER_TEXTS) : rng.pick(LETTER_TEXTS[kind]);
    const row: Insertable<DB['letters']> = {
      id, organizationId: w.org.id, scopePath: w.org.path, year, arrivalNumber, receivedOn: day, senderName,
      senderAddress: rng.pick(LETTER_PLACES), kind, summary, searchText: [senderName, summary].join(' '), concernsMember: aboutMember,
      concernedPersonId: aboutMember ? rng.pick(w.members) : null, handler: aboutMember ? 'inspection_committee' : 'office',
      deadline, state: 'received', createdBy: w.officeUserId, createdAt: at(day, 9), updatedAt: at(day, 9),
    };
    const age = Math.round((Date.parse(w.today) - Date.parse(day)) / 86_400_000);
    const steps = age < 3 ? 0 : rng.int(1, 3);
    for (let s = 0; s < steps; s++) {
      const onDay = addDays(day, Math.min(age, 2 + s * rng.int(2, 6)));
      rows.steps.push({ id: newId(`letter-step:${id}:${s}`), letterId: id, onDay, note: STEPS[s] ?? STEPS[0] ?? '', createdBy: w.officeUserId, createdAt: at(onDay, 14) });
    }
    if (steps > 0) row.state = 'in_progress';
    if (age > 20 && rng.chance(0.85)) {
      const answeredOn = addDays(day, Math.min(age, rng.chance(0.15) ? days + rng.int(1, 12) : rng.int(8, days)));
      Object.assign(row, { state: 'answered', answeredOn, answer: rng.pick(ANSWERS), updatedAt: at(answeredOn, 16) });
    }
    rows.letters.push(row);
  });
  return rows;
}
