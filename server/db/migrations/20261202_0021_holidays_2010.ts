import { type Kysely, sql } from 'kysely';

/**
 * The holiday calendar from 2010 to 2019 (0002 holds 2020-2027), so that a deadline of those years
 * skips 30/4, 1/5 and Tết as the civil service did.
 *
 * - Fixed holidays by law: 1/1, 30/4, 1/5, 2/9 and, since 2007, Giỗ Tổ Hùng Vương (10/3 lunar); a
 *   holiday on a Saturday or Sunday gives the next working day off (Labour Code 1994 as amended in 2007,
 *   art. 73; Labour Code 2012, art. 115). Certainty S: the days follow from the law and the calendar.
 *   Days the Prime Minister swapped with a Saturday (hoán đổi ngày làm việc) are not included.
 * - Tết Nguyên đán: the day-off ranges of the Prime Minister's yearly announcements for civil servants
 *   (4 statutory days until 2012, 5 from 2013), weekends and swapped days included. Certainty U:
 *   recorded from the announcements as reported, not checked against each notice's text.
 * Lunar dates (mùng 1 Tết, 10/3) are those of the Vietnamese calendar (UTC+7) for each year.
 */

const LABOUR_CODE_1994 = '8f0d6a54-4d1b-4c0e-9a0b-2010000000a1';
const LABOUR_CODE_2012 = '8f0d6a54-4d1b-4c0e-9a0b-2013000000a1';

/** Giỗ Tổ (10/3 lunar) in the Gregorian calendar. */
const LUNAR: Record<number, { hungKings: string }> = {
  2010: { hungKings: '2010-04-23' }, 2011: { hungKings: '2011-04-12' }, 2012: { hungKings: '2012-03-31' },
  2013: { hungKings: '2013-04-19' }, 2014: { hungKings: '2014-04-09' }, 2015: { hungKings: '2015-04-28' },
  2016: { hungKings: '2016-04-16' }, 2017: { hungKings: '2017-04-06' }, 2018: { hungKings: '2018-04-25' },
  2019: { hungKings: '2019-04-14' },
};

/** Tết day-off ranges (first day, last day); mùng 1 Tết noted for each year. */
const TET: ReadonlyArray<[string, string]> = [
  ['2010-02-13', '2010-02-21'], // mùng 1: 14/2/2010
  ['2011-02-02', '2011-02-08'], // mùng 1: 3/2/2011
  ['2012-01-21', '2012-01-29'], // mùng 1: 23/1/2012
  ['2013-02-09', '2013-02-17'], // mùng 1: 10/2/2013
  ['2014-01-29', '2014-02-04'], // mùng 1: 31/1/2014
  ['2015-02-16', '2015-02-24'], // mùng 1: 19/2/2015
  ['2016-02-06', '2016-02-14'], // mùng 1: 8/2/2016
  ['2017-01-26', '2017-02-01'], // mùng 1: 28/1/2017
  ['2018-02-14', '2018-02-20'], // mùng 1: 16/2/2018
  ['2019-02-02', '2019-02-10'], // mùng 1: 5/2/2019
];

const TET_DL = 'Tết Dương lịch';
const GIO_TO = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const REUNIFICATION = 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5';
const NATIONAL = 'Quốc khánh 2/9';

interface Row { day: string; name: string; basis: string; certainty: 'S' | 'U' }

const next = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};
const weekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/** The fixed holidays of a year, each on a weekend followed by its compensatory day. */
export function fixedHolidays(year: number): Row[] {
  const basis = year >= 2013 ? LABOUR_CODE_2012 : LABOUR_CODE_1994;
  const law: Array<[string, string]> = [
    [`${year}-01-01`, TET_DL], [LUNAR[year]?.hungKings ?? '', GIO_TO],
    [`${year}-04-30`, REUNIFICATION], [`${year}-05-01`, REUNIFICATION], [`${year}-09-02`, NATIONAL],
  ];
  const taken = new Set(law.map(([d]) => d));
  const rows: Row[] = law.filter(([d]) => d).map(([day, name]) => ({ day, name, basis, certainty: 'S' }));
  for (const [day, name] of law) {
    if (!day || !weekend(day)) continue;
    let off = next(day);
    while (weekend(off) || taken.has(off)) off = next(off);
    taken.add(off);
    rows.push({ day: off, name: `${name} (nghỉ bù)`, basis, certainty: 'S' });
  }
  return rows;
}

export function tetHolidays(): Row[] {
  return TET.flatMap(([from, to]) => {
    const basis = from >= '2013' ? LABOUR_CODE_2012 : LABOUR_CODE_1994;
    const days: Row[] = [];
    for (let d = from; d <= to; d = next(d)) days.push({ day: d, name: 'Tết Nguyên đán', basis, certainty: 'U' });
    return days;
  });
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    INSERT INTO legal_bases (id, symbol, issuer, title, issued_on, effective_from) VALUES
      (${LABOUR_CODE_1994}, '35-L/CTN; 84/2007/QH11', 'Quốc hội', 'Bộ luật Lao động 1994, sửa đổi năm 2007 (Điều 73: nghỉ lễ, tết; Giỗ Tổ Hùng Vương từ 2007)', '2007-04-02', '2007-04-02'),
      (${LABOUR_CODE_2012}, '10/2012/QH13', 'Quốc hội', 'Bộ luật Lao động 2012 (Điều 115: nghỉ lễ, tết; Tết Âm lịch 05 ngày)', '2012-06-18', '2013-05-01')
  `.execute(db);
  const rows = [...Object.keys(LUNAR).flatMap((y) => fixedHolidays(Number(y))), ...tetHolidays()];
  // One row a day: a day that is both (none in these years) keeps the first name.
  const unique = [...new Map(rows.map((r) => [r.day, r])).values()];
  await sql`
    INSERT INTO holidays (day, name, legal_basis_id, certainty)
    VALUES ${sql.join(unique.map((r) => sql`(${r.day}::date, ${r.name}, ${r.basis}::uuid, ${r.certainty})`))}
    ON CONFLICT (day) DO NOTHING`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Not reversible');
}
