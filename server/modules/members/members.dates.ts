/** Month arithmetic as PostgreSQL does it (date + interval 'n months' clamps to the month's last day). */

function parts(day: string): [number, number, number] {
  const [y = 0, m = 0, d = 0] = day.split('-').map(Number);
  return [y, m, d];
}

export function addMonths(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole months from `from` to `to`: age "counted by month" (tuổi tính theo tháng). */
export function fullMonthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
