import { createI18n } from 'vue-i18n';
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
  // English is fetched the first time it is chosen (loadLocale): Vietnamese ships with the page,
  // and stands in for any text not yet loaded (fallbackLocale).
  messages: { vi } as Record<AppLocale, MessageSchema>,
  missingWarn: false,
  fallbackWarn: false,
});

export function currentLocale(): AppLocale {
  return i18n.global.locale.value;
}

const loaded = new Set<AppLocale>(['vi']);

/** Fetches a language's messages once; until they arrive, texts fall back to Vietnamese. */
export async function loadLocale(locale: AppLocale): Promise<void> {
  if (loaded.has(locale)) return;
  const { default: messages } = await import('./en');
  i18n.global.setLocaleMessage(locale, messages);
  loaded.add(locale);
}

let wanted: AppLocale = initialLocale();

export async function setLocale(locale: AppLocale): Promise<void> {
  wanted = locale;
  await loadLocale(locale);
  if (wanted !== locale) return; // switched again while the messages were on their way
  i18n.global.locale.value = locale;
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}
