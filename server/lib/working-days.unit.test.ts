import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.ts';

const none = new Set<string>();
// Tết Nguyên đán 2025: 25/1 (Saturday) to 2/2 (Sunday); Giỗ Tổ 7/4/2025 (Monday).
const holidays = new Set(['2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07']);

describe('working days', () => {
  it('skips Saturdays, Sundays and holidays', () => {
    expect(isWorkingDay('2025-01-24', holidays)).toBe(true); // Friday
    expect(isWorkingDay('2025-01-25', holidays)).toBe(false); // Saturday
    expect(isWorkingDay('2025-01-26', holidays)).toBe(false); // Sunday
    expect(isWorkingDay('2025-01-29', holidays)).toBe(false); // Mùng 1 Tết, a Wednesday
    expect(isWorkingDay('2025-01-29', none)).toBe(true);
  });

  it('adds working days over a weekend', () => {
    expect(addWorkingDays('2025-03-07', 1, none)).toBe('2025-03-10'); // Friday + 1 = Monday
    expect(addWorkingDays('2025-03-08', 1, none)).toBe('2025-03-10'); // from a Saturday
    expect(addWorkingDays('2025-03-03', 5, none)).toBe('2025-03-10');
    expect(addWorkingDays('2025-03-03', 0, none)).toBe('2025-03-03');
  });

  it('adds working days over Tết: the whole week of holidays does not count', () => {
    expect(addWorkingDays('2025-01-24', 1, holidays)).toBe('2025-02-03');
    expect(addWorkingDays('2025-01-24', 1, none)).toBe('2025-01-27');
    // 30 working days from 2 January 2025: six weeks, plus the five Tết days.
    expect(addWorkingDays('2025-01-02', 30, none)).toBe('2025-02-13');
    expect(addWorkingDays('2025-01-02', 30, holidays)).toBe('2025-02-20');
  });

  it('counts working days between two days, the inverse of adding', () => {
    expect(workingDaysBetween('2025-01-24', '2025-02-03', holidays)).toBe(1);
    expect(workingDaysBetween('2025-04-04', '2025-04-08', holidays)).toBe(1); // Friday to Tuesday over Giỗ Tổ
    expect(workingDaysBetween('2025-04-08', '2025-04-04', holidays)).toBe(-1);
    expect(workingDaysBetween('2025-03-03', '2025-03-03', none)).toBe(0);
    for (const n of [1, 7, 30, 60]) {
      expect(workingDaysBetween('2025-01-10', addWorkingDays('2025-01-10', n, holidays), holidays)).toBe(n);
    }
  });
});
