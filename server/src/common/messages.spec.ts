import { ERROR_CODES, ISSUE_CODES } from '@cchc/contracts';
import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, FIELD_MESSAGES, fieldIssue, type Lang } from './messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Codes whose text is missing or empty in a language, or whose languages disagree on {params}. */
function gaps(table: Record<string, Partial<Record<Lang, string>>>, codes: readonly string[]) {
  return codes.filter((code) => {
    const t = table[code];
    if (!t?.vi?.trim() || !t.en?.trim()) return true;
    return placeholders(t.vi).join() !== placeholders(t.en).join();
  });
}

describe('message table', () => {
  it('has Vietnamese and English text for every error code', () => {
    expect(gaps(ERROR_MESSAGES, ERROR_CODES)).toEqual([]);
  });

  it('has Vietnamese and English text for every issue code the contracts emit', () => {
    expect(gaps(FIELD_MESSAGES, ISSUE_CODES)).toEqual([]);
  });

  it("has both texts for the server's own field messages", () => {
    expect(gaps(FIELD_MESSAGES, Object.keys(FIELD_MESSAGES))).toEqual([]);
  });

  it('finds a gap when there is one', () => {
    expect(
      gaps({ a: { vi: 'x' }, b: { vi: 'x {n}', en: 'y' }, c: { vi: ' ', en: 'y' } }, [
        'a',
        'b',
        'c',
        'd',
      ]),
    ).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fills a field issue from the table in both languages', () => {
    expect(fieldIssue('userId', 'roster_account_listed', { unit: 'Phường X' })).toEqual({
      path: 'userId',
      key: 'roster_account_listed',
      vi: 'Người này đã có tên trong danh sách cán bộ của Phường X.',
      en: 'This person is already on the staff list of Phường X.',
    });
  });
});
