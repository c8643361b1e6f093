import { watch } from 'vue';
import { z } from 'zod';
import { type AppLocale, i18n } from '@/i18n';

/**
 * The client's door to the shared zod schemas of @cchc/contracts (ESLint holds the line; types
 * and plain helpers may come from there directly). zod's generic messages, the ones without a
 * code of ours, follow the UI language from the moment a screen that validates loads it. The
 * login page loads this lazily, so its first visit carries no zod.
 */
export * from '@cchc/contracts';

function applyZodLocale(locale: AppLocale) {
  z.config(locale === 'vi' ? z.locales.vi() : z.locales.en());
}
applyZodLocale(i18n.global.locale.value);
watch(i18n.global.locale, applyZodLocale);
