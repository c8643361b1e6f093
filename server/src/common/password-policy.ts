import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from './app-error.js';
import { fieldIssue } from './messages.js';

/**
 * ASVS 6.2 (V2.1 before 4.0.3): length 8–128 is the contracts' PasswordSchema and no composition
 * rules; what is left is refusing the passwords every guesser tries first. The list is the
 * ~49,000 most common passwords that zxcvbn-ts ships (MIT), compared case-insensitively, so
 * "Password" falls with "password". Loaded on first use: processes that never set a password
 * (the CLI's other commands) do not pay for it.
 */
let common: Set<string> | null = null;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common.has(password.normalize('NFC').toLowerCase());
}

/** Throws validation_failed on `path` when the password is on the common list. */
export function assertPasswordNotCommon(password: string, path = 'password'): void {
  if (isCommonPassword(password))
    throw new AppError('validation_failed', [fieldIssue(path, 'password_too_common')]);
}
