import type { Unit } from '@cchc/contracts';
import { describe, expect, it } from 'vitest';
import { buildUnitTree, filterUnitTree, matchesQuery, treeOrder } from './units';

function unit(id: string, name: string, parentId: string | null, code = id.toUpperCase()): Unit {
  return {
    id,
    code,
    name,
    kind: 'ward',
    group: 'commune_level',
    parentId,
    headcount: null,
    target: 1,
    activeFrom: '2025-07-01',
    activeTo: null,
    mergedIntoId: null,
    isDemo: false,
  };
}

const units = [
  unit('p', 'Tỉnh Quảng Ngãi', null),
  unit('w2', 'Phường Trương Quang Trọng', 'p'),
  unit('w1', 'Phường Cẩm Thành', 'p'),
  unit('o', 'Phòng Văn hóa - Xã hội', 'w2'),
];

describe('buildUnitTree', () => {
  it('nests children under parents and sorts names in Vietnamese order', () => {
    const [root] = buildUnitTree(units);
    expect(root?.children.map((c) => c.name)).toEqual([
      'Phường Cẩm Thành',
      'Phường Trương Quang Trọng',
    ]);
    expect(root?.children[1]?.children[0]?.path).toBe(
      'Tỉnh Quảng Ngãi › Phường Trương Quang Trọng › Phòng Văn hóa - Xã hội',
    );
  });
});

describe('filterUnitTree', () => {
  it('finds a unit typed without diacritics and keeps its ancestors open', () => {
    const { nodes, openIds } = filterUnitTree(buildUnitTree(units), 'truong quang trong');
    expect(nodes[0]?.children.map((c) => c.name)).toEqual(['Phường Trương Quang Trọng']);
    expect(openIds).toContain('p');
  });
});

describe('matchesQuery', () => {
  it('folds đ and tone marks', () => {
    expect(matchesQuery('phuong dong hai', 'Đông Hải')).toBe(true);
    expect(matchesQuery('phuong dong hai', 'tay')).toBe(false);
  });
});

describe('treeOrder', () => {
  it('lists a ward before its own offices, even when an office name sorts first', () => {
    const paths = [
      'Tỉnh Q › Xã An › Văn phòng HĐND và UBND',
      'Tỉnh Q › Xã An Bình',
      'Tỉnh Q › Xã An',
      'Tỉnh Q',
      'Tỉnh Q › Xã An › Bưu điện',
    ];
    const sorted = paths.map((p) => ({ p, segments: p.split(' › ') })).sort(treeOrder);
    expect(sorted.map((x) => x.p)).toEqual([
      'Tỉnh Q',
      'Tỉnh Q › Xã An',
      'Tỉnh Q › Xã An › Bưu điện',
      'Tỉnh Q › Xã An › Văn phòng HĐND và UBND',
      'Tỉnh Q › Xã An Bình',
    ]);
  });
});
