import type { ErrorCode } from '@cchc/contracts';

/** The one error type: rules throw it with a code, the filter turns it into the SPEC §6 body. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}
