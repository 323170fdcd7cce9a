/** Vietnamese text folding for client-side search: no diacritics, đ -> d, lower case. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/**
 * Where `query` occurs in `text`, ignoring diacritics: [start, end) in the original string, or null.
 * Each character is folded on its own so positions map back to the text as displayed.
 */
export function findFolded(text: string, query: string): [number, number] | null {
  const needle = foldVietnamese(query.trim());
  if (!needle) return null;
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldVietnamese(ch);
    for (const c of f) {
      folded += c;
      origin.push(i);
    }
    i += ch.length;
  }
  const at = folded.indexOf(needle);
  if (at < 0) return null;
  const start = origin[at] ?? 0;
  const lastOrigin = origin[at + needle.length - 1] ?? start;
  const lastChar = text.codePointAt(lastOrigin) ?? 0;
  return [start, lastOrigin + (lastChar > 0xffff ? 2 : 1)];
}

export const matchesFolded = (text: string, query: string) => findFolded(text, query) !== null;

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Congress numbers are written in Roman numerals: "Đại hội lần thứ XIV". */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
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
