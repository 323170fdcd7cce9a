import { describe, expect, it } from 'vitest';
import { requestLang } from '../http/i18n.ts';
import { addDays, isCalendarDay, todayInVietnam } from './dates.ts';
import { type Actor, canAt, clearanceAllows, scopesFor } from './roles.ts';

const actor = (grants: Actor['grants']): Actor => ({ userId: 'u', username: 'u', displayName: 'u', personId: null, clearance: 0, isSystemAdmin: false, grants, via: 'session' });

describe('calendar days', () => {
  it('accepts real days only', () => {
    expect(['2024-02-29', '2025-12-31', '2025-01-01'].every(isCalendarDay)).toBe(true);
    expect(['2025-02-29', '2025-02-31', '2025-13-01', '2025-1-1', '31/02/2025'].some(isCalendarDay)).toBe(false);
  });
  it('adds days across month and year ends', () => {
    expect(addDays('2025-07-04', 1)).toBe('2025-07-05');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it("knows today's date in Vietnam (UTC+7)", () => {
    expect(todayInVietnam(new Date('2025-01-01T16:59:00Z'))).toBe('2025-01-01');
    expect(todayInVietnam(new Date('2025-01-01T17:00:00Z'))).toBe('2025-01-02');
  });
});

describe('role scopes', () => {
  it('applies a grant to its organization and everything below, and nowhere else', () => {
    const a = actor([{ role: 'cell_secretary', organizationId: 'c', path: '/r/c/' }]);
    expect(canAt(a, 'people.read', '/r/c/')).toBe(true);
    expect(canAt(a, 'people.read', '/r/c/g/')).toBe(true);
    expect(canAt(a, 'people.read', '/r/')).toBe(false);
    expect(canAt(a, 'people.read', '/r/d/')).toBe(false);
    expect(canAt(a, 'organizations.write', '/r/c/')).toBe(false);
  });
  it('collapses nested scopes to the widest', () => {
    const a = actor([
      { role: 'member', organizationId: 'c', path: '/r/c/' },
      { role: 'inspector', organizationId: 'r', path: '/r/' },
      { role: 'member', organizationId: 'x', path: '/x/' },
    ]);
    expect(scopesFor(a, 'people.read')).toEqual(['/r/', '/x/']);
    expect(scopesFor(a, 'audit.read')).toEqual(['/r/']);
  });
  it('ranks clearances: none < Mật < Tối mật < Tuyệt mật', () => {
    expect(clearanceAllows(0, 'none')).toBe(true);
    expect(clearanceAllows(0, 'mat')).toBe(false);
    expect(clearanceAllows(2, 'toi_mat')).toBe(true);
    expect(clearanceAllows(2, 'tuyet_mat')).toBe(false);
  });
});

describe('language negotiation', () => {
  it('is Vietnamese unless English is preferred', () => {
    const lang = (h?: string) => requestLang({ headers: h === undefined ? {} : { 'accept-language': h } });
    expect(lang()).toBe('vi');
    expect(lang('en-US,en;q=0.9')).toBe('en');
    expect(lang('fr,en;q=0.5,vi;q=0.8')).toBe('vi');
    expect(lang('de')).toBe('vi');
  });
});
