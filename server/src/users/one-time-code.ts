import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Codes are read off paper and typed on a phone: no characters that look alike in print or
 * handwriting (0/O, 1/I/L, 5/S, 2/Z, 8/B). 25 characters, 8 of them: 25^8 ≈ 1.5 × 10^11 codes,
 * against a guesser held to a few tries per window by the login limiter.
 */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 8;

/** When a code issued at `now` stops working: activation (login slips) in days, reset in hours. */
export function codeExpiry(
  env: { ACTIVATION_CODE_DAYS: number; RESET_CODE_HOURS: number },
  purpose: 'activation' | 'reset',
  now: Date,
): Date {
  const validMs =
    purpose === 'activation'
      ? env.ACTIVATION_CODE_DAYS * 86_400_000
      : env.RESET_CODE_HOURS * 3_600_000;
  return new Date(now.getTime() + validMs);
}

/** A fresh code, each character drawn uniformly with the operating system's random source. */
export function generateCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a person types, as the code was printed: case, spaces and dashes do not matter. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** Stored form: an HMAC with the server's key, so a copy of the table alone reveals no code. */
export function hashCode(secret: string, code: string): string {
  return createHmac('sha256', secret).update(normaliseCode(code)).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
