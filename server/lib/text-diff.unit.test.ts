import { describe, expect, it } from 'vitest';
import { diffLines, diffTexts, paragraphs } from './text-diff.ts';

describe('paragraph diff', () => {
  it('reports kept, removed and added paragraphs in reading order', () => {
    const before = 'Điều 1. Phạm vi\nĐiều 2. Đối tượng\nĐiều 3. Hiệu lực';
    const after = 'Điều 1. Phạm vi\nĐiều 2. Đối tượng áp dụng\nĐiều 3. Hiệu lực\nĐiều 4. Tổ chức thực hiện';
    expect(diffTexts(before, after)).toEqual({
      parts: [
        { op: 'equal', lines: ['Điều 1. Phạm vi'] },
        { op: 'removed', lines: ['Điều 2. Đối tượng'] },
        { op: 'added', lines: ['Điều 2. Đối tượng áp dụng'] },
        { op: 'equal', lines: ['Điều 3. Hiệu lực'] },
        { op: 'added', lines: ['Điều 4. Tổ chức thực hiện'] },
      ],
      added: 2,
      removed: 1,
      unchanged: 2,
    });
  });

  it('finds the longest common run when paragraphs move', () => {
    const parts = diffLines(['a', 'b', 'c', 'd'], ['b', 'c', 'a', 'd']);
    expect(parts.filter((p) => p.op === 'equal').flatMap((p) => p.lines)).toEqual(['b', 'c', 'd']);
    expect(parts.filter((p) => p.op !== 'equal').flatMap((p) => p.lines)).toEqual(['a', 'a']);
  });

  it('handles empty texts and Windows line ends', () => {
    expect(paragraphs('')).toEqual([]);
    expect(paragraphs('a \r\nb')).toEqual(['a', 'b']);
    expect(diffTexts('', 'x').parts).toEqual([{ op: 'added', lines: ['x'] }]);
    expect(diffTexts('x', '').parts).toEqual([{ op: 'removed', lines: ['x'] }]);
    expect(diffTexts('same', 'same')).toMatchObject({ added: 0, removed: 0, unchanged: 1 });
  });

  it('a reconstruction from the diff gives back both versions', () => {
    const a = Array.from({ length: 60 }, (_, i) => `đoạn ${i % 7} ${i % 3}`);
    const b = [...a.slice(5, 40), 'mới', ...a.slice(45)];
    const parts = diffLines(a, b);
    expect(parts.filter((p) => p.op !== 'added').flatMap((p) => p.lines)).toEqual(a);
    expect(parts.filter((p) => p.op !== 'removed').flatMap((p) => p.lines)).toEqual(b);
  });
});
