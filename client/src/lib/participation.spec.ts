import { describe, expect, it } from 'vitest';
import {
  barWidth,
  filtersFromQuery,
  filtersToQuery,
  formatPercent,
  qualityShares,
  rangeInvalid,
  reportParams,
  scopeLabel,
  snapshotQuery,
  vnToday,
} from './participation';

const UNIT = '6f0c3a52-54c4-4d6b-a0a3-0a4a1f7a2c11';
const CONTEST = '0b7e4a7e-2f57-4d43-a1a6-7f0f9c7a3b22';
const NOW = new Date('2025-11-09T18:00:00Z'); // 10/11/2025 01:00 in Vietnam

describe('participation filters in the address', () => {
  it('reproduce the same report from a copied link', () => {
    const query = {
      unitId: UNIT,
      contestId: CONTEST,
      period: 'H1',
      year: '2025',
      asOf: '2025-06-28',
      threshold: '0.8',
      depth: '2',
    };
    const filters = filtersFromQuery(query, NOW);
    expect(filters).toMatchObject({ period: 'H1', year: 2025, threshold: 0.8, depth: 2 });
    expect(filtersToQuery(filters)).toEqual(query);
  });

  it('fall back to defaults for anything malformed, never sending it to the server', () => {
    const filters = filtersFromQuery(
      { unitId: 'x', period: 'Q5', year: '99', asOf: '28/06/2025', threshold: '3', depth: '0' },
      NOW,
    );
    expect(filters).toEqual({
      unitId: null,
      contestId: null,
      roundId: null,
      period: 'all',
      year: 2025, // the current year in Vietnam
      from: null,
      to: null,
      asOf: null,
      threshold: null,
      depth: 1,
    });
    expect(reportParams(filters)).toEqual({});
  });

  it('keep a custom range (from–to) and drop year and period from the request', () => {
    const filters = filtersFromQuery({ from: '2025-03-01', to: '2025-03-31', year: '2024' }, NOW);
    expect(filters.period).toBe('custom');
    expect(reportParams(filters)).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(filtersToQuery({ ...filters, from: null, to: null })).toEqual({ period: 'custom' });
    expect(rangeInvalid({ ...filters, from: '2025-04-01' })).toBe(true);
  });

  it('send a round only together with its contest, and leave depth and threshold off lists', () => {
    const filters = filtersFromQuery({ roundId: UNIT, threshold: '0.5', depth: '3' }, NOW);
    expect(reportParams(filters)).toEqual({ threshold: '0.5', depth: '3' });
    expect(reportParams(filters, { withDepth: false })).toEqual({});
  });

  it('freeze the report with typed fields', () => {
    const filters = filtersFromQuery({ unitId: UNIT, period: 'Y', year: '2025' }, NOW);
    expect(snapshotQuery(filters)).toMatchObject({
      unitId: UNIT,
      period: 'Y',
      year: 2025,
      depth: 1,
      threshold: undefined,
    });
  });
});

describe('participation figures', () => {
  it('write rates the Vietnamese way and never cap them', () => {
    expect(formatPercent(245 / 310, 'vi')).toBe('79,0%');
    expect(formatPercent(1.125, 'vi')).toBe('112,5%');
    expect(formatPercent(0.79, 'en')).toBe('79.0%');
    expect(formatPercent(null, 'vi')).toBe('—');
    expect(barWidth(1.4)).toBe(100);
    expect(barWidth(0.5)).toBe(50);
    expect(barWidth(null)).toBe(0);
  });

  it('split the participants into quality shares that sum to one', () => {
    const shares = qualityShares({ perfect: 1, high: 1, mid: 2, low: 0, zero: 0 });
    expect(shares.map((s) => s.share)).toEqual([0.25, 0.25, 0.5, 0, 0]);
    expect(qualityShares({ perfect: 0, high: 0, mid: 0, low: 0, zero: 0 })[0]!.share).toBe(0);
  });

  it('take today in Vietnam time', () => {
    expect(vnToday(NOW)).toBe('2025-11-10');
  });
});

describe('scopeLabel', () => {
  const scope = {
    label: 'Quý I năm 2025 · số liệu tính đến ngày 31/03/2025',
    labelEn: 'Q1 2025 · figures as of 31/03/2025',
  };
  it('speaks the interface language, Vietnamese unless English is chosen', () => {
    expect(scopeLabel(scope, 'vi')).toBe(scope.label);
    expect(scopeLabel(scope, 'en')).toBe(scope.labelEn);
  });
  it('falls back to the Vietnamese label of a report frozen before English labels existed', () => {
    expect(scopeLabel({ label: scope.label }, 'en')).toBe(scope.label);
  });
});
