import type { z } from 'zod';
import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { ApiError } from '@/api/http';

type Issue = z.core.$ZodIssue;

// Conflicts the server reports with a code are shown on the field they are about.
const CONFLICT_FIELDS: Record<string, string> = {
  duplicate_phone: 'phone',
  duplicate_email: 'email',
  duplicate_citizen_id: 'citizenId',
  duplicate_code: 'code',
};

/**
 * Field errors for one form, fed from the shared zod schema (client side) or from the
 * server's validation details `[{path, message}]`, shown next to the fields.
 */
export function useFormErrors() {
  const { t, te } = useI18n();
  const fields = reactive<Record<string, string[]>>({});
  const formError = ref<string | null>(null);

  function clear() {
    for (const key of Object.keys(fields)) delete fields[key];
    formError.value = null;
  }

  function translateCode(message: string): string | null {
    const key = `validation.${message}`;
    return te(key) ? t(key) : null;
  }

  function issueMessage(issue: Issue): string {
    const coded = translateCode(issue.message);
    if (coded) return coded;
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string') {
          return Number(issue.minimum) <= 1
            ? t('validation.required')
            : t('validation.too_short', { min: Number(issue.minimum) });
        }
        return t('validation.too_small', { min: Number(issue.minimum) });
      case 'too_big':
        return issue.origin === 'string'
          ? t('validation.too_long', { max: Number(issue.maximum) })
          : t('validation.too_big', { max: Number(issue.maximum) });
      case 'invalid_type':
        return t('validation.required');
      case 'invalid_format':
        return issue.format === 'email' ? t('validation.email_invalid') : t('validation.invalid');
      // zod's own text for these (a code of ours in the message was translated above)
      case 'invalid_value':
      case 'invalid_union':
      case 'invalid_key':
      case 'invalid_element':
      case 'not_multiple_of':
      case 'unrecognized_keys':
      case 'custom':
      default:
        return issue.message || t('validation.invalid');
    }
  }

  function add(path: string, message: string) {
    (fields[path] ??= []).push(message);
  }

  function fromZod(error: z.ZodError) {
    clear();
    for (const issue of error.issues)
      add(issue.path.map(String).join('.') || '_', issueMessage(issue));
    if (fields._) formError.value = fields._.join(' ');
  }

  /** Returns true when the error was a validation error mapped onto fields. */
  function fromError(err: unknown): boolean {
    clear();
    if (err instanceof ApiError) {
      const issues = err.fieldIssues;
      for (const issue of issues) {
        const path = issue.path.replace(/^(body|query|params)\./, '');
        add(path || '_', translateCode(issue.message) ?? issue.message);
      }
      const conflictField = CONFLICT_FIELDS[err.code];
      if (conflictField) add(conflictField, err.message);
      formError.value = issues.length ? t('validation.fixErrors') : err.message;
      return issues.length > 0 || conflictField !== undefined;
    }
    formError.value = t('errors.unexpected');
    return false;
  }

  function of(path: string): string[] {
    return fields[path] ?? [];
  }

  function clearField(path: string) {
    delete fields[path];
  }

  return { fields, formError, clear, fromZod, fromError, of, add, clearField };
}
