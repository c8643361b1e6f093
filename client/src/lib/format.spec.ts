import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDateTimeSeconds,
  formatTimeSeconds,
  numberLocale,
} from './format';

describe('date and time formats', () => {
  it('show Vietnam time, dd/MM/yyyy first', () => {
    expect(formatDate('2025-11-09T17:00:00.000Z')).toBe('10/11/2025');
    expect(formatDateTime('2025-11-09T16:59:59.000Z')).toBe('09/11/2025 23:59');
    expect(formatDateTimeSeconds('2025-11-09T16:59:59.000Z')).toBe('09/11/2025 23:59:59');
  });

  it('give an empty string for a missing or invalid date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
    expect(formatDateTimeSeconds(null)).toBe('');
  });

  it('shows a clock time with seconds from a string, a number or a Date', () => {
    const at = '2025-11-09T01:02:03.000Z';
    expect(formatTimeSeconds(at)).toBe('08:02:03');
    expect(formatTimeSeconds(Date.parse(at))).toBe('08:02:03');
    expect(formatTimeSeconds(new Date(at))).toBe('08:02:03');
    expect(formatTimeSeconds('not a date')).toBe('');
  });
});

describe('numberLocale', () => {
  it('writes numbers the English or the Vietnamese way', () => {
    expect(numberLocale('en')).toBe('en-GB');
    expect(numberLocale('vi')).toBe('vi-VN');
  });
});
