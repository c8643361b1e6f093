import { describe, expect, it } from 'vitest';
import {
  areaCodeFromName,
  countsGrid,
  detectImportFormat,
  optionsForType,
  plainText,
  sortAreas,
} from './questions';

const labels = { true: 'Đúng', false: 'Sai' };

describe('optionsForType', () => {
  it('turns any question into exactly "Đúng"/"Sai" for True/False', () => {
    const options = optionsForType(
      'true_false',
      [
        { text: 'A', correct: false },
        { text: 'B', correct: true },
        { text: 'C', correct: false },
      ],
      labels,
    );
    expect(options).toEqual([
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ]);
  });

  it('keeps "Sai" marked when a True/False question is rebuilt', () => {
    const options = optionsForType(
      'true_false',
      [
        { text: 'Đúng', correct: false },
        { text: 'Sai', correct: true },
      ],
      labels,
    );
    expect(options[1]?.correct).toBe(true);
  });

  it('keeps only the first correct option when a question becomes single-answer', () => {
    const options = optionsForType(
      'single',
      [
        { text: 'A', correct: true },
        { text: 'B', correct: true },
      ],
      labels,
    );
    expect(options.map((o) => o.correct)).toEqual([true, false]);
  });
});

describe('plainText', () => {
  it('drops tags and decodes entities for list previews', () => {
    expect(plainText('Theo <b>Nghị quyết 76</b>, thể chế<br>&amp; thủ tục &lt;TTHC&gt;')).toBe(
      'Theo Nghị quyết 76, thể chế & thủ tục <TTHC>',
    );
    expect(plainText('<ul><li>Một</li><li>Hai</li></ul>')).toBe('Một Hai');
  });
});

describe('areaCodeFromName', () => {
  it('folds Vietnamese names into a valid area code', () => {
    expect(areaCodeFromName('Văn hóa công vụ, Đạo đức')).toBe('van_hoa_cong_vu_dao_duc');
  });
});

describe('detectImportFormat', () => {
  it('reads the format from the file extension', () => {
    expect(detectImportFormat('Ngan-hang.XLSX')).toBe('xlsx');
    expect(detectImportFormat('cau-hoi.csv')).toBe('csv');
    expect(detectImportFormat('moodle.gift')).toBe('gift');
    expect(detectImportFormat('aiken.txt')).toBe('aiken');
    expect(detectImportFormat('anh.png')).toBeNull();
  });
});

describe('sortAreas and countsGrid', () => {
  const areas = [
    { code: 'zz_custom', name: 'Ứng dụng AI', builtIn: false },
    { code: 'chinh_quyen_so', name: 'Chính quyền số', builtIn: true },
    { code: 'the_che', name: 'Cải cách thể chế', builtIn: true },
    { code: 'aa_custom', name: 'Đạo đức công vụ', builtIn: false },
  ];

  it('keeps the resolution order for built-in areas, then custom ones alphabetically', () => {
    expect(sortAreas(areas).map((a) => a.code)).toEqual([
      'the_che',
      'chinh_quyen_so',
      'aa_custom',
      'zz_custom',
    ]);
  });

  it('builds the area × difficulty grid with totals', () => {
    const grid = countsGrid(
      [
        { area: 'chinh_quyen_so', difficulty: 2, count: 4 },
        { area: 'the_che', difficulty: 1, count: 3 },
        { area: 'the_che', difficulty: 3, count: 1 },
      ],
      areas,
    );
    expect(grid.rows.map((r) => [r.name, r.byDifficulty, r.total])).toEqual([
      ['Cải cách thể chế', [3, 0, 1], 4],
      ['Chính quyền số', [0, 4, 0], 4],
    ]);
    expect(grid.totals).toEqual([3, 4, 1]);
    expect(grid.total).toBe(8);
  });
});
