import { createI18n } from 'vue-i18n';
import { z } from 'zod';
import en from './en';
import vi, { type MessageSchema } from './vi';

export const LOCALES = ['vi', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];
const LOCALE_KEY = 'cchc.locale';

function initialLocale(): AppLocale {
  const stored = localStorage.getItem(LOCALE_KEY);
  return stored === 'en' ? 'en' : 'vi'; // Vietnamese first, whatever the browser says
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'vi',
  messages: { vi, en },
  missingWarn: false,
  fallbackWarn: false,
});

export function currentLocale(): AppLocale {
  return i18n.global.locale.value;
}

export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
  applyZodLocale(locale);
}

/** Generic zod messages (the ones without a code of ours) follow the UI language. */
function applyZodLocale(locale: AppLocale) {
  z.config(locale === 'vi' ? z.locales.vi() : z.locales.en());
}
applyZodLocale(initialLocale());
