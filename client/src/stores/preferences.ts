import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { type AppLocale, currentLocale, setLocale } from '@/i18n';

/** The large-text switch's steps, in per cent of the browser's own text size. */
export const TEXT_SCALES = [100, 125, 150] as const;
export type TextScale = (typeof TEXT_SCALES)[number];
const TEXT_SCALE_KEY = 'cchc.textScale';

function storedScale(): TextScale {
  const saved = Number(localStorage.getItem(TEXT_SCALE_KEY));
  return (TEXT_SCALES as readonly number[]).includes(saved) ? (saved as TextScale) : 100;
}

function applyTextScale(scale: TextScale) {
  // Vuetify sizes text and spacing in rem, so the root font size scales the whole UI; a
  // percentage keeps the browser's own text-size setting as the base.
  document.documentElement.style.fontSize = `${scale}%`;
}

export const usePreferencesStore = defineStore('preferences', () => {
  const locale = ref<AppLocale>(currentLocale());
  const textScale = ref<TextScale>(storedScale());

  watch(locale, (value) => setLocale(value), { immediate: true });
  watch(
    textScale,
    (value) => {
      localStorage.setItem(TEXT_SCALE_KEY, String(value));
      applyTextScale(value);
    },
    { immediate: true },
  );

  function toggleLocale() {
    locale.value = locale.value === 'vi' ? 'en' : 'vi';
  }

  /** 100 → 125 → 150 → 100 %. */
  function nextTextScale() {
    const at = TEXT_SCALES.indexOf(textScale.value);
    textScale.value = TEXT_SCALES[(at + 1) % TEXT_SCALES.length]!;
  }

  return { locale, textScale, toggleLocale, nextTextScale };
});
