import { ISSUE_CODES } from '@cchc/contracts';
import { describe, expect, it } from 'vitest';
import en from './en';
import vi from './vi';

describe('validation messages', () => {
  // use-form-errors shows `validation.<code>` for an issue the shared schemas raise in the
  // browser; without it the person would read the bare code.
  it.each([
    ['vi', vi.validation],
    ['en', en.validation],
  ])('%s has a text for every issue code the contracts emit', (_, texts) => {
    const table = texts as Record<string, string | undefined>;
    expect(ISSUE_CODES.filter((code) => !table[code]?.trim())).toEqual([]);
  });
});
