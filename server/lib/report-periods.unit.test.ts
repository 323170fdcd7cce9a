import { describe, expect, it } from 'vitest';
import { isCalendarWindow, periodContaining, periodOf, windowPeriodContaining, windowPeriodOf } from './report-periods.ts';

describe('reporting periods of Decree 09/2019 (cut-off on the 14th)', () => {
  it('monthly: 15th of the month before to the 14th', () => {
    expect(periodOf('monthly', 2026, 11, 14)).toEqual({ label: 'Tháng 11/2026', periodStart: '2026-10-15', periodEnd: '2026-11-14' });
    expect(periodOf('monthly', 2026, 1, 14)).toEqual({ label: 'Tháng 01/2026', periodStart: '2025-12-15', periodEnd: '2026-01-14' });
  });

  it('quarterly, six months, nine months and yearly start on 15 December of the year before for the first', () => {
    expect(periodOf('quarterly', 2026, 1, 14)).toMatchObject({ periodStart: '2025-12-15', periodEnd: '2026-03-14', label: 'Quý I/2026' });
    expect(periodOf('quarterly', 2026, 4, 14)).toMatchObject({ periodStart: '2026-09-15', periodEnd: '2026-12-14' });
    expect(periodOf('six_months', 2026, 1, 14)).toMatchObject({ periodStart: '2025-12-15', periodEnd: '2026-06-14' });
    expect(periodOf('nine_months', 2026, 1, 14)).toMatchObject({ periodStart: '2025-12-15', periodEnd: '2026-09-14' });
    expect(periodOf('yearly', 2026, 1, 14)).toMatchObject({ periodStart: '2025-12-15', periodEnd: '2026-12-14' });
  });

  it('a day after the cut-off belongs to the next period; the cut-off day is data', () => {
    expect(periodContaining('monthly', '2026-11-14', 14)).toMatchObject({ index: 11, periodEnd: '2026-11-14' });
    expect(periodContaining('monthly', '2026-11-15', 14)).toMatchObject({ index: 12, periodStart: '2026-11-15', periodEnd: '2026-12-14' });
    expect(periodContaining('monthly', '2026-12-20', 14)).toMatchObject({ year: 2027, index: 1, periodStart: '2026-12-15' });
    expect(periodContaining('quarterly', '2026-12-20', 14)).toMatchObject({ year: 2027, index: 1 });
    expect(periodOf('monthly', 2026, 3, 20)).toMatchObject({ periodStart: '2026-02-21', periodEnd: '2026-03-20' });
  });
});

describe('the window of a schedule (issue 13: calendar month, Decree 09 cut-off from its effective date, custom)', () => {
  const from = '2019-03-12';
  it('the calendar month runs from the 1st to the last day, leap years included', () => {
    expect(windowPeriodOf('monthly', 2023, 8, { window: 'calendar_month', cutoffDay: 14, cutoffFrom: from })).toEqual({ label: 'Tháng 08/2023', periodStart: '2023-08-01', periodEnd: '2023-08-31', cutoffDay: null });
    expect(windowPeriodOf('monthly', 2024, 2, { window: 'calendar_month', cutoffDay: 14, cutoffFrom: from })).toMatchObject({ periodStart: '2024-02-01', periodEnd: '2024-02-29' });
    expect(windowPeriodOf('quarterly', 2023, 4, { window: 'calendar_month', cutoffDay: 14, cutoffFrom: from })).toMatchObject({ periodStart: '2023-10-01', periodEnd: '2023-12-31' });
    expect(windowPeriodContaining('monthly', '2023-08-31', { window: 'calendar_month', cutoffDay: 14, cutoffFrom: from })).toMatchObject({ index: 8, periodStart: '2023-08-01' });
  });
  it('the Decree 09 cut-off applies from the decree\'s effective date; a 2016 report uses the calendar month', () => {
    const rule = { window: 'decree_09' as const, cutoffDay: 14, cutoffFrom: from };
    expect(windowPeriodOf('monthly', 2023, 8, rule)).toMatchObject({ periodStart: '2023-07-15', periodEnd: '2023-08-14', cutoffDay: 14 });
    expect(windowPeriodOf('monthly', 2016, 8, rule)).toMatchObject({ periodStart: '2016-08-01', periodEnd: '2016-08-31', cutoffDay: null });
    expect(windowPeriodOf('monthly', 2019, 3, rule)).toMatchObject({ periodStart: '2019-03-01', periodEnd: '2019-03-31', cutoffDay: null });
    expect(windowPeriodOf('monthly', 2019, 4, rule)).toMatchObject({ periodStart: '2019-03-15', periodEnd: '2019-04-14', cutoffDay: 14 });
    expect(windowPeriodContaining('monthly', '2016-08-20', rule)).toMatchObject({ index: 8, periodEnd: '2016-08-31' });
    expect(windowPeriodContaining('monthly', '2023-08-20', rule)).toMatchObject({ index: 9, periodStart: '2023-08-15' });
  });
  it('a custom cut-off day applies whatever the date', () => {
    expect(windowPeriodOf('monthly', 2016, 8, { window: 'custom', cutoffDay: 20, cutoffFrom: from })).toMatchObject({ periodStart: '2016-07-21', periodEnd: '2016-08-20', cutoffDay: 20 });
  });
  it('tells calendar windows from cut-off ones', () => {
    expect(isCalendarWindow('2023-08-01', '2023-08-31')).toBe(true);
    expect(isCalendarWindow('2023-07-15', '2023-08-14')).toBe(false);
  });
});
