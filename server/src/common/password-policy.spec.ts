import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { assertPasswordNotCommon, isCommonPassword } from './password-policy.js';

describe('password policy', () => {
  it('refuses the passwords guessers try first, whatever their case', () => {
    for (const p of ['password', '12345678', 'qwertyuiop', 'Password', 'PASSWORD1', 'iloveyou'])
      expect(isCommonPassword(p), p).toBe(true);
  });

  it('accepts what is not on the list, with no composition rules', () => {
    for (const p of [
      'Demo@2025',
      'con mèo trèo cây cau',
      'hoithicchc phuong molao',
      'x'.repeat(128),
    ])
      expect(isCommonPassword(p), p).toBe(false);
  });

  it('answers validation_failed with password_too_common on the named field', () => {
    let thrown: unknown;
    try {
      assertPasswordNotCommon('password1', 'newPassword');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('validation_failed');
    expect(JSON.stringify((thrown as AppError).details)).toContain('password_too_common');
    expect(JSON.stringify((thrown as AppError).details)).toContain('newPassword');
    expect(() => assertPasswordNotCommon('Demo@2025')).not.toThrow();
  });
});
