import 'vuetify/styles';
import { h } from 'vue';
import { useI18n } from 'vue-i18n';
import { createVuetify, type IconProps, type IconSet } from 'vuetify';
import { aliases, mdi as svgIcons } from 'vuetify/iconsets/mdi-svg';
import { createVueI18nAdapter } from 'vuetify/locale/adapters/vue-i18n';
import { i18n } from '@/i18n';
import { iconPaths } from './icon-paths';

/** Templates name icons as 'mdi-…'; they are drawn as inline SVG from the paths the app uses. */
const namedSvgIcons: IconSet = {
  component: (props: IconProps) =>
    h(svgIcons.component, {
      ...props,
      icon: typeof props.icon === 'string' ? (iconPaths[props.icon] ?? props.icon) : props.icon,
    }),
};

// Sober government blue; every colour pair below meets WCAG AA contrast on white / on itself.
export const vuetify = createVuetify({
  locale: {
    adapter: createVueI18nAdapter({
      // the adapter is typed for any locale string; ours is narrowed to 'vi' | 'en'
      i18n: i18n as unknown as Parameters<typeof createVueI18nAdapter>[0]['i18n'],
      useI18n,
    }),
  },
  icons: { defaultSet: 'mdi', aliases, sets: { mdi: namedSvgIcons } },
  theme: {
    defaultTheme: 'cchc',
    themes: {
      cchc: {
        dark: false,
        colors: {
          primary: '#0b4a8f',
          'on-primary': '#ffffff',
          secondary: '#38597a',
          'on-secondary': '#ffffff',
          accent: '#b71c1c',
          error: '#b3261e',
          warning: '#8a5300',
          success: '#1b6b33',
          info: '#1a5a96',
          background: '#f4f6fa',
          surface: '#ffffff',
          'on-surface': '#1b1f27',
          'on-background': '#1b1f27',
        },
        // Vuetify's 0.60 grey (on-surface at 60 %) gave 4.37:1, and field labels (0.87 × 0.60)
        // 3.45:1; at 0.80 the secondary text is 8.3:1 and a label 6.4:1 on white, ≥ 5.9:1 on
        // the background and on the tinted report rows.
        variables: { 'medium-emphasis-opacity': 0.8 },
      },
    },
  },
  defaults: {
    VTextField: { variant: 'outlined', density: 'comfortable', color: 'primary' },
    VAutocomplete: { variant: 'outlined', density: 'comfortable', color: 'primary' },
    VSelect: { variant: 'outlined', density: 'comfortable', color: 'primary' },
    VFileInput: { variant: 'outlined', density: 'comfortable', color: 'primary' },
    VCheckbox: { color: 'primary' },
    VBtn: { rounded: 'lg' },
    VCard: { rounded: 'lg' },
  },
});
