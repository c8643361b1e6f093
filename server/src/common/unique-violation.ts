import { AppError } from './app-error.js';

/**
 * The constraint a PostgreSQL unique violation (23505) broke, or null for any other error
 * (TypeORM wraps the driver's error in `driverError`; a raw pg error carries the fields itself).
 */
export function violatedUnique(e: unknown): string | null {
  const err = e as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  if ((err.driverError?.code ?? err.code) !== '23505') return null;
  return err.driverError?.constraint ?? err.constraint ?? '';
}

/** A PostgreSQL unique violation (23505) as the AppError naming the field that clashed. */
export function mapUniqueViolation(e: unknown): unknown {
  const constraint = violatedUnique(e);
  if (constraint === null) return e;
  if (constraint.includes('phone')) return new AppError('duplicate_phone');
  if (constraint.includes('email')) return new AppError('duplicate_email');
  if (constraint.includes('citizen')) return new AppError('duplicate_citizen_id');
  if (constraint.includes('code')) return new AppError('duplicate_code');
  return new AppError('conflict');
}
