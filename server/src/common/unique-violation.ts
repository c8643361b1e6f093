import { AppError } from './app-error.js';

/** A PostgreSQL unique violation (23505) as the AppError naming the field that clashed. */
export function mapUniqueViolation(e: unknown): unknown {
  const err = e as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = err.driverError?.code ?? err.code;
  const constraint = err.driverError?.constraint ?? err.constraint ?? '';
  if (code !== '23505') return e;
  if (constraint.includes('phone')) return new AppError('duplicate_phone');
  if (constraint.includes('email')) return new AppError('duplicate_email');
  if (constraint.includes('citizen')) return new AppError('duplicate_citizen_id');
  if (constraint.includes('code')) return new AppError('duplicate_code');
  return new AppError('conflict');
}
