import { describe, expect, it } from 'vitest';
import { periodContaining, periodOf } from './report-periods.ts';

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
