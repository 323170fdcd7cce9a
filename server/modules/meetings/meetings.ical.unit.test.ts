import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsCalendar, icsUtc } from './meetings.ical.ts';

/** Unfolding as a client does (RFC 5545 3.1): a CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('iCalendar writer', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT values', () => {
    expect(escapeText('Họp chi bộ; tháng 11, 2026\\Phòng 2\nTầng 3\r\nHết')).toBe('Họp chi bộ\\; tháng 11\\, 2026\\\\Phòng 2\\nTầng 3\\nHết');
  });

  it('folds at 75 octets without splitting a multi-byte Vietnamese letter', () => {
    const line = `SUMMARY:${'Sinh hoạt chi bộ thường kỳ tháng mười một năm hai nghìn không trăm hai mươi sáu '.repeat(3)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const l of physical) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    for (const l of physical.slice(1)) expect(l.startsWith(' ')).toBe(true);
    // Each physical line is valid UTF-8 on its own: no replacement characters when decoded alone.
    for (const l of physical) expect(Buffer.from(l, 'utf8').toString('utf8')).not.toContain('\uFFFD');
    expect(unfold(folded)).toBe(line);
    expect(foldLine('SHORT:ok')).toBe('SHORT:ok');
  });

  it('writes instants in UTC', () => {
    expect(icsUtc('2026-01-05T08:00:00+07:00')).toBe('20260105T010000Z');
    expect(icsUtc('2026-01-05T00:30:00.000Z')).toBe('20260105T003000Z');
  });

  it('writes a calendar with CRLF line ends, one VEVENT per meeting, and STATUS:CANCELLED for a cancelled one', () => {
    const base = { startsAt: '2026-11-05T08:00:00+07:00', endsAt: '2026-11-05T11:00:00+07:00', sequence: 2, updatedAt: '2026-11-01T02:00:00Z' };
    const ics = icsCalendar(
      'Lịch họp, chi bộ',
      [
        { ...base, uid: 'meeting-1@congtac', summary: 'Sinh hoạt chi bộ', location: 'Phòng họp 2, tầng 3', description: 'Chi bộ A', status: 'CONFIRMED' },
        { ...base, uid: 'meeting-2@congtac', summary: 'Hội nghị', location: null, description: null, status: 'CANCELLED' },
      ],
      new Date('2026-11-29T10:00:00Z'),
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('X-WR-CALNAME:Lịch họp\\, chi bộ');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:meeting-1@congtac');
    expect(lines).toContain('DTSTAMP:20261129T100000Z');
    expect(lines).toContain('DTSTART:20261105T010000Z');
    expect(lines).toContain('DTEND:20261105T040000Z');
    expect(lines).toContain('LOCATION:Phòng họp 2\\, tầng 3');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(lines.filter((l) => l.startsWith('LOCATION:'))).toHaveLength(1);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });
});
