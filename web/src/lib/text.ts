import { foldVietnamese } from '../../../common/vietnamese.ts';

export { foldVietnamese };

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
