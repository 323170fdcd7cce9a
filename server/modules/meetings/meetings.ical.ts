/**
 * A small iCalendar (RFC 5545) writer for meeting feeds: calendar clients (Outlook, Google, Thunderbird,
 * phones) subscribe to a URL and read VEVENTs. Only what a published feed needs: no time zones (every
 * instant is written in UTC), no recurrence, no attendees.
 */

export interface IcsEvent {
  /** Stable across the event's life, so a client updates rather than duplicates it. */
  uid: string;
  startsAt: string;
  endsAt: string;
  summary: string;
  location: string | null;
  description: string | null;
  /** CANCELLED makes subscribed clients strike the meeting out instead of silently dropping it. */
  status: 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
  /** The record's version: clients replace an event when the sequence grows. */
  sequence: number;
  updatedAt: string;
  url?: string | null;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma escaped; any newline as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Lines longer than 75 octets are folded (RFC 5545 3.1): CRLF then one space. Octets, not characters:
 * Vietnamese letters take two or three bytes in UTF-8, and a fold must never split one.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The continuation's leading space counts toward its 75 octets.
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** '2026-01-05T08:00:00+07:00' -> '20260105T010000Z' (DATE-TIME in UTC, form #2). */
export function icsUtc(instant: string): string {
  const iso = new Date(instant).toISOString();
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function eventLines(e: IcsEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${icsUtc(e.startsAt)}`,
    `DTEND:${icsUtc(e.endsAt)}`,
    `SEQUENCE:${e.sequence}`,
    `LAST-MODIFIED:${icsUtc(e.updatedAt)}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push(`STATUS:${e.status}`, 'END:VEVENT');
  return lines;
}

/** A whole VCALENDAR: every line folded, CRLF line ends, a final CRLF. */
export function icsCalendar(name: string, events: IcsEvent[], now: Date = new Date()): string {
  const stamp = icsUtc(now.toISOString());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cong tac//Meetings//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
