import { describe, expect, it } from 'vitest';
import type { OrganizationNode } from '../api/types';
import { findFolded, matchesFolded } from './text';
import { buildTree, filterTree, subtreeIds } from './tree';

const node = (id: string, parentId: string | null, name: string, sortOrder = 0): OrganizationNode => ({
  id,
  parentId,
  name,
  sortOrder,
  kind: 'cell_under_committee',
  shortName: null,
  dissolvedOn: null,
  depth: 0,
});

describe('search highlighting without diacritics', () => {
  it('finds the span in the displayed text', () => {
    const text = 'Đảng bộ Văn phòng Quốc hội';
    const span = findFolded(text, 'van phong');
    expect(span).not.toBeNull();
    const [start, end] = span ?? [0, 0];
    expect(text.slice(start, end)).toBe('Văn phòng');
    expect(matchesFolded(text, 'DANG BO')).toBe(true);
    expect(matchesFolded(text, 'chi bo')).toBe(false);
    expect(findFolded(text, '   ')).toBeNull();
  });
  it('keeps positions right when the text is decomposed (NFD)', () => {
    const text = 'Chi bộ Vụ Tổng hợp'.normalize('NFD');
    const [start, end] = findFolded(text, 'tong hop') ?? [0, 0];
    expect(text.slice(start, end).normalize('NFC')).toBe('Tổng hợp');
  });
});

describe('organization tree', () => {
  const flat = [
    node('r', null, 'Đảng bộ'),
    node('b', 'r', 'Chi bộ B', 2),
    node('a', 'r', 'Chi bộ Á', 1),
    node('g', 'a', 'Tổ đảng 1'),
    node('x', null, 'Văn phòng'),
  ];
  it('nests children under parents, ordered by sortOrder', () => {
    const tree = buildTree(flat);
    expect(tree.map((t) => t.node.id)).toEqual(['r', 'x']);
    expect(tree[0]?.children.map((c) => c.node.id)).toEqual(['a', 'b']);
    expect(tree[0]?.children[0]?.children.map((c) => c.node.id)).toEqual(['g']);
  });
  it('keeps matches and the ancestors leading to them, and says what to expand', () => {
    const { tree, expand } = filterTree(buildTree(flat), (n) => matchesFolded(n.name, 'to dang'));
    expect(tree.map((t) => t.node.id)).toEqual(['r']);
    expect(tree[0]?.children.map((c) => c.node.id)).toEqual(['a']);
    expect(expand.sort()).toEqual(['a', 'r']);
  });
  it('collects a subtree', () => {
    expect([...subtreeIds(flat, 'a')].sort()).toEqual(['a', 'g']);
    expect([...subtreeIds(flat, 'r')].sort()).toEqual(['a', 'b', 'g', 'r']);
  });
});
