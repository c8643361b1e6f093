import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { ErrorCode } from '@cchc/contracts';
import type { Request, Response } from 'express';
import { AppError } from './app-error.js';
import { safeErrorRecord } from './log-safety.js';
import { ERROR_MESSAGES, fieldIssue, format, pickLang, type Lang } from './messages.js';
import { UPLOAD_MAX_MB } from './spreadsheet.js';
import type { RawIssue } from './zod.js';

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
    case 'file_invalid':
    case 'import_failed':
    case 'too_many_rows':
      return 400;
    case 'unauthenticated':
    case 'invalid_credentials':
    case 'invalid_code':
      return 401;
    case 'account_inactive':
    case 'account_merged':
      return 403;
    case 'forbidden':
      return 403;
    case 'not_found':
    case 'email_reset_unavailable':
      return 404;
    case 'conflict':
    case 'duplicate_phone':
    case 'duplicate_email':
    case 'duplicate_citizen_id':
    case 'already_registered':
    case 'use_activation_code':
    case 'duplicate_code':
    case 'duplicate_question':
    case 'duplicate_slug':
    case 'unit_has_children':
    case 'round_has_attempts':
    case 'round_not_closed':
    case 'invalid_transition':
    case 'max_attempts_reached':
    case 'merge_open_attempts':
    case 'unit_change_pending':
      return 409;
    case 'reason_required':
      return 400;
    case 'not_eligible':
    case 'attempt_not_owned':
      return 403;
    case 'unit_inactive':
    case 'merge_not_allowed':
    case 'unit_change_same_unit':
    case 'round_not_open':
    case 'live_mode_unavailable':
    case 'bank_insufficient':
    case 'deadline_passed':
    case 'attempt_closed':
    case 'attempt_incomplete':
      return 422;
    case 'file_too_large':
    case 'payload_too_large':
    case 'archive_too_large':
      return 413;
    case 'file_too_complex':
      return 422;
    case 'rate_limited':
    case 'registration_limited':
      return 429;
    case 'internal_error':
      return 500;
    case 'database_unavailable':
      return 503;
    default: {
      const never: never = code;
      return never;
    }
  }
}

function fromHttpException(e: HttpException): AppError {
  const status = e.getStatus();
  const body = e.getResponse() as { message?: unknown } | string;
  const text = typeof body === 'string' ? body : String(body.message ?? '');
  if (status === 413 && /file/i.test(text))
    return new AppError('file_too_large', undefined, { max: UPLOAD_MAX_MB });
  if (status === 413 || /too large/i.test(text)) return new AppError('payload_too_large');
  if (status === 404) return new AppError('not_found');
  // A path with broken percent-encoding ("/cuoc-thi/%ZZ") names nothing, like an unknown id.
  if (status === 400 && text.startsWith('Failed to decode param')) return new AppError('not_found');
  if (status === 401) return new AppError('unauthenticated');
  if (status === 403) return new AppError('forbidden');
  if (status === 429) return new AppError('rate_limited', undefined, { seconds: 60 });
  if (status >= 400 && status < 500)
    return new AppError('validation_failed', [{ path: '', key: 'http', vi: text, en: text }]);
  return new AppError('internal_error');
}

function localiseDetails(details: unknown, lang: Lang): unknown {
  if (!Array.isArray(details)) return details;
  return details.map((d: unknown) => {
    const issue = d as Partial<RawIssue> & { row?: number; field?: string; message?: string };
    if (typeof issue.vi === 'string' && typeof issue.en === 'string') {
      return { path: issue.path ?? '', message: issue[lang] };
    }
    return d;
  });
}

/** Maps every failure to `{ error: { code, message, details? } }` in the caller's language. */
@Catch()
export class AppErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    let err: AppError;
    if (exception instanceof AppError) err = exception;
    else if (exception instanceof HttpException) err = fromHttpException(exception);
    else if (isMulterLimit(exception))
      err = new AppError('file_too_large', undefined, { max: UPLOAD_MAX_MB });
    else if (isBodyParserError(exception)) {
      err =
        exception.type === 'entity.too.large'
          ? new AppError('payload_too_large')
          : new AppError('validation_failed', [fieldIssue('', 'json_invalid')]);
    } else if (isDatabaseUnreachable(exception)) {
      // Expected while PostgreSQL restarts (the embedded one is brought back by its supervisor).
      this.logger.warn(`Database unreachable: ${String((exception as Error).message)}`);
      err = new AppError('database_unavailable');
    } else if (isDataError(exception)) {
      // The schemas should have refused it; PostgreSQL refusing a value is still the caller's
      // input (a character or number it cannot store), never a server fault.
      this.logger.warn(`PostgreSQL refused a value (SQLSTATE ${exception.code})`);
      err = new AppError('validation_failed', [fieldIssue('', 'value_not_storable')]);
    } else {
      // An Error goes through the logger's `err` serializer (safeErrorRecord): no SQL values.
      this.logger.error(exception instanceof Error ? exception : safeErrorRecord(exception));
      err = new AppError('internal_error');
    }
    const lang = pickLang(req.headers['accept-language']);
    const status = statusOf(err.code);
    if (status === 429 && err.params.seconds) {
      res.setHeader('Retry-After', String(err.params.seconds));
    }
    if (err.code === 'database_unavailable') res.setHeader('Retry-After', '5');
    const details = localiseDetails(err.details, lang);
    res.status(status).json({
      error: {
        code: err.code,
        message: format(ERROR_MESSAGES[err.code][lang], err.params),
        ...(details !== undefined ? { details } : {}),
        ...(req.id ? { requestId: String(req.id) } : {}),
      },
    });
  }
}

// Refused or dropped connections, and PostgreSQL's "shutting down" / "starting up" answers
// (SQLSTATE class 08 and 57P01-57P03).
const UNREACHABLE = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|08\w{3}|57P0[123])$/;
// node-postgres' own words for a connection lost under a query (they carry no code), and
// TypeORM's for a transaction whose connection the driver dropped on that error (its query
// runner is released under it: the next statement or the COMMIT finds it gone).
const DROPPED =
  /^(Connection terminated|Client was closed and is not queryable|Client has encountered a connection error|Query runner already released|Database connection provided by a query runner was already released)/;

export function isDatabaseUnreachable(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { code?: unknown; message?: unknown; driverError?: { code?: unknown } };
  const code = String(err.code ?? err.driverError?.code ?? '');
  return UNREACHABLE.test(code) || DROPPED.test(String(err.message ?? ''));
}

function isMulterLimit(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'LIMIT_FILE_SIZE';
}

function isBodyParserError(e: unknown): e is { type: string } {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { type?: unknown }).type === 'string' &&
    String((e as { type: string }).type).startsWith('entity.')
  );
}

/**
 * SQLSTATE class 22 (data exception): invalid text representation, numeric value out of range,
 * a character not in the encoding (22021), an untranslatable one in jsonb (22P05), a bad date
 * (22007, 22008). TypeORM's QueryFailedError carries the driver's code.
 */
export function isDataError(e: unknown): e is { code: string } {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}
