import { ApiError } from '@/api/http';
import { i18n } from '@/i18n';

/**
 * The text to show for a failed call: the server's own (already localised) message, or the
 * messages of its field issues when it refused the input ("Cuộc thi cần ít nhất một đợt thi…").
 */
export function apiErrorText(err: unknown): string {
  if (err instanceof ApiError) {
    const issues = err.fieldIssues.map((i) => i.message).filter(Boolean);
    return issues.length ? [...new Set(issues)].join(' ') : err.message;
  }
  return i18n.global.t('errors.unexpected');
}

export function isApiError(err: unknown, code: string): err is ApiError {
  return err instanceof ApiError && err.code === code;
}
