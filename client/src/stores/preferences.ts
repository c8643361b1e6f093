import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { type AppLocale, currentLocale, setLocale } from '@/i18n';

export type TextSize = 'normal' | 'large';
const TEXT_SIZE_KEY = 'cchc.textSize';

function applyTextSize(size: TextSize) {
  // Vuetify sizes text in rem, so scaling the root font scales the whole UI
  document.documentElement.classList.toggle('text-large', size === 'large');
}

export const usePreferencesStore = defineStore('preferences', () => {
  const locale = ref<AppLocale>(currentLocale());
  const textSize = ref<TextSize>(
    localStorage.getItem(TEXT_SIZE_KEY) === 'large' ? 'large' : 'normal',
  );

  watch(locale, (value) => setLocale(value), { immediate: true });
  watch(
    textSize,
    (value) => {
      localStorage.setItem(TEXT_SIZE_KEY, value);
      applyTextSize(value);
    },
    { immediate: true },
  );

  function toggleLocale() {
    locale.value = locale.value === 'vi' ? 'en' : 'vi';
  }

  function toggleTextSize() {
    textSize.value = textSize.value === 'large' ? 'normal' : 'large';
  }

  return { locale, textSize, toggleLocale, toggleTextSize };
});
