import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDateTimeSeconds,
  formatTimeSeconds,
  formatWhen,
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

  it('says only the time for later the same Vietnam day, the date too otherwise', () => {
    const now = Date.parse('2025-06-02T15:49:17.000Z'); // 22:49 in Vietnam
    expect(formatWhen('2025-06-02T15:53:00.000Z', now)).toBe('22:53');
    // 00:10 the next day in Vietnam, though still 2 June in UTC
    expect(formatWhen('2025-06-02T17:10:00.000Z', now)).toBe('03/06/2025 00:10');
    expect(formatWhen(null, now)).toBe('');
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
