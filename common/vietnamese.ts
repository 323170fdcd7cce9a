/**
 * Vietnamese text rules that both databases must agree on, done in TypeScript so that PGlite
 * (which has no ICU collations) and PostgreSQL sort and fold names identically.
 */

// The Vietnamese alphabet in dictionary order, with the foreign letters f j w z at their Latin places.
const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
const RANK = new Map(ALPHABET.map((c, i) => [c, String.fromCharCode(0x41 + i)]));

// Tone marks in dictionary order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
const TONES: Record<string, string> = { '\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5' };
const LETTER_MARKS = new Set(['\u0306', '\u0302', '\u031B']); // breve, circumflex, horn: part of the letter

interface Syllable {
  letters: string;
  tone: string;
}

function syllable(word: string): Syllable {
  let letters = '';
  let tone = '0';
  for (const ch of word.toLowerCase().normalize('NFD')) {
    const t = TONES[ch];
    if (t) tone = t;
    else if (LETTER_MARKS.has(ch)) letters = letters.slice(0, -1) + (letters.slice(-1) + ch).normalize('NFC');
    else letters += ch;
  }
  return { letters: letters.normalize('NFC'), tone };
}

function fieldKey(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean).map(syllable);
  const primary = words.map((w) => [...w.letters].map((c) => RANK.get(c) ?? '~').join('')).join(' ');
  return `${primary}#${words.map((w) => w.tone).join('')}`;
}

/**
 * Sort key for a person: by given name, then middle name, then family name; within each, letters in
 * Vietnamese alphabet order first and tones second. Compare with COLLATE "C".
 */
export function personSortKey(name: { familyName: string; middleName: string; givenName: string }): string {
  return [name.givenName, name.middleName, name.familyName].map(fieldKey).join('!');
}

export function fullName(name: { familyName: string; middleName: string; givenName: string }): string {
  return [name.familyName, name.middleName, name.givenName].map((s) => s.trim()).filter(Boolean).join(' ');
}

/** "Nguyễn Thị Minh Khai" -> family Nguyễn, middle Thị Minh, given Khai. */
export function splitFullName(full: string): { familyName: string; middleName: string; givenName: string } {
  const words = full.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { familyName: '', middleName: '', givenName: '' };
  if (words.length === 1) return { familyName: '', middleName: '', givenName: words[0] ?? '' };
  return {
    familyName: words[0] ?? '',
    middleName: words.slice(1, -1).join(' '),
    givenName: words.at(-1) ?? '',
  };
}

/** The same folding as the database's vn_fold(): no diacritics, đ -> d, lower case. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Congress numbers and terms are written in Roman numerals: "lần thứ XIV", "Khóa XV". */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`No Roman numeral for ${n}`);
  let rest = n;
  let out = '';
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/**
 * The place and date line of an official document (Decree 30/2020, Appendix I): days below 10 and the
 * months January and February are written with a leading zero. "Hà Nội, ngày 05 tháng 01 năm 2020".
 */
export function officialDateLine(place: string, day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const dd = String(d).padStart(2, '0');
  const mm = m < 3 ? String(m).padStart(2, '0') : String(m);
  return `${place}, ngày ${dd} tháng ${mm} năm ${y}`;
}

/** An instant as the day and clock time in Vietnam (UTC+7, no daylight saving). */
export function vietnamClock(instant: string): { day: string; hour: number; minute: number } {
  const local = new Date(new Date(instant).getTime() + 7 * 3600_000);
  return { day: local.toISOString().slice(0, 10), hour: local.getUTCHours(), minute: local.getUTCMinutes() };
}

/** "08 giờ 30 phút, ngày 05 tháng 01 năm 2026": how minutes state a time. */
export function minutesTime(instant: string): string {
  const { day, hour, minute } = vietnamClock(instant);
  const [y, m, d] = day.split('-');
  return `${String(hour).padStart(2, '0')} giờ ${String(minute).padStart(2, '0')} phút, ngày ${d} tháng ${m} năm ${y}`;
}

/** Upper case the Vietnamese way, for headings: "Chi bộ Vụ Tổng hợp" -> "CHI BỘ VỤ TỔNG HỢP". */
export function vnUpper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** The words of a search, folded, as LIKE patterns (`%word%`, with LIKE's own characters escaped). */
export function foldedWords(q: string): string[] {
  return foldVietnamese(q).split(/\s+/).filter(Boolean).map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
