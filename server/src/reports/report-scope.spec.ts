import { reportWindow } from '@cchc/contracts';
import { describe, expect, it } from 'vitest';
import { collectiveRule, reportLabel } from './report-scope.js';

const at = (iso: string) => new Date(iso);

describe('report labels', () => {
  it('names a period and the day its figures stop, in Vietnamese and in English', () => {
    const q = { period: 'Q1' as const, year: 2025 };
    const window = reportWindow(q);
    // read in June: the quarter is over, its figures stop on 31/03
    const cutoff = at('2025-06-10T03:00:00Z');
    expect(reportLabel(q, window, cutoff)).toBe(
      'Quý I năm 2025 · số liệu tính đến ngày 31/03/2025',
    );
    expect(reportLabel(q, window, cutoff, 'en')).toBe('Q1 2025 · figures as of 31/03/2025');
  });

  it('takes the cut-off day in Vietnam time while the period runs', () => {
    const q = { period: 'H1' as const, year: 2025 };
    // 20:00 UTC on 27/03 is already 28/03 in Vietnam
    const cutoff = at('2025-03-27T20:00:00Z');
    expect(reportLabel(q, reportWindow(q), cutoff)).toBe(
      '6 tháng đầu năm 2025 · số liệu tính đến ngày 28/03/2025',
    );
    expect(reportLabel(q, reportWindow(q), cutoff, 'en')).toBe(
      'First half of 2025 · figures as of 28/03/2025',
    );
  });

  it('says the date range, or all time, and a chosen cut-off date', () => {
    const range = { from: '2025-04-01', to: '2025-04-30', asOf: '2025-04-15' };
    const cutoff = at('2025-04-15T16:59:59.999Z');
    expect(reportLabel(range, reportWindow(range), cutoff)).toBe(
      'từ ngày 01/04/2025 đến ngày 30/04/2025 · số liệu tính đến ngày 15/04/2025',
    );
    expect(reportLabel(range, reportWindow(range), cutoff, 'en')).toBe(
      'from 01/04/2025 to 30/04/2025 · figures as of 15/04/2025',
    );
    const all = {};
    const now = at('2025-11-23T10:00:00Z');
    expect(reportLabel(all, reportWindow(all), now)).toBe(
      'Toàn bộ thời gian · số liệu tính đến ngày 23/11/2025',
    );
    expect(reportLabel(all, reportWindow(all), now, 'en')).toBe(
      'All time · figures as of 23/11/2025',
    );
  });
});

describe('the Biểu 04 rule in words', () => {
  it("states the minimum, or each unit's own target, and the three tie-breaks", () => {
    expect(collectiveRule(0.8)).toContain('đạt từ 80% trở lên');
    expect(collectiveRule(0.855)).toContain('đạt từ 85,5% trở lên');
    expect(collectiveRule(null)).toContain('đạt từ chỉ tiêu của đơn vị trở lên');
    expect(collectiveRule(0.855, 'en')).toContain('of 85.5% or more');
    expect(collectiveRule(null, 'en')).toContain("of the unit's own target or more");
    for (const lang of ['vi', 'en'] as const)
      expect(collectiveRule(0.8, lang).match(/\([123]\)/g)).toEqual(['(1)', '(2)', '(3)']);
  });
});
