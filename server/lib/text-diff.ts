/**
 * A paragraph (line) diff between two versions of a draft: the longest common subsequence of lines,
 * reported as kept, removed and added runs, in the order a reader compares them. Drafts are a few
 * hundred paragraphs, so the quadratic table is small; past MAX_CELLS the middle is reported as
 * replaced wholesale rather than spending memory on it.
 */

export type DiffOp = 'equal' | 'removed' | 'added';
export interface DiffPart {
  op: DiffOp;
  lines: string[];
}

const MAX_CELLS = 4_000_000;

/** Paragraphs of a text: lines with trailing spaces dropped; Windows line ends count as one. */
export function paragraphs(text: string): string[] {
  if (text === '') return [];
  return text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
}

/** The paragraphs comments are anchored to: the non-blank ones, 1 = the first line with text. */
export function textParagraphs(text: string): string[] {
  return paragraphs(text).filter((p) => p.trim() !== '');
}

function push(parts: DiffPart[], op: DiffOp, line: string) {
  const last = parts.at(-1);
  if (last && last.op === op) last.lines.push(line);
  else parts.push({ op, lines: [line] });
}

/** LCS lengths from the end: table[i][j] = LCS of a[i..] and b[j..], flattened row by row. */
function lcsTable(a: readonly string[], b: readonly string[]): Uint32Array {
  const w = b.length + 1;
  const t = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      t[i * w + j] = a[i] === b[j] ? (t[(i + 1) * w + j + 1] ?? 0) + 1 : Math.max(t[(i + 1) * w + j] ?? 0, t[i * w + j + 1] ?? 0);
    }
  }
  return t;
}

/** The diff of two lists of lines; equal runs at both ends are trimmed before the table is built. */
export function diffLines(a: readonly string[], b: readonly string[]): DiffPart[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  for (const l of a.slice(0, start)) push(parts, 'equal', l);
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    for (const l of midA) push(parts, 'removed', l);
    for (const l of midB) push(parts, 'added', l);
  } else {
    walk(parts, midA, midB, lcsTable(midA, midB));
  }
  for (const l of a.slice(endA)) push(parts, 'equal', l);
  return parts;
}

function walk(parts: DiffPart[], a: readonly string[], b: readonly string[], t: Uint32Array) {
  const w = b.length + 1;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(parts, 'equal', a[i] ?? '');
      i++;
      j++;
    } else if (i < a.length && (j === b.length || (t[(i + 1) * w + j] ?? 0) >= (t[i * w + j + 1] ?? 0))) {
      // Removed before added: a reader sees the old paragraph, then what replaced it.
      push(parts, 'removed', a[i] ?? '');
      i++;
    } else {
      push(parts, 'added', b[j] ?? '');
      j++;
    }
  }
}

/** The diff of two texts by paragraph, with counts for a summary line. */
export function diffTexts(before: string, after: string) {
  const parts = diffLines(paragraphs(before), paragraphs(after));
  const count = (op: DiffOp) => parts.filter((p) => p.op === op).reduce((n, p) => n + p.lines.length, 0);
  return { parts, added: count('added'), removed: count('removed'), unchanged: count('equal') };
}
