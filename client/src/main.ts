import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { currentLocale, i18n, loadLocale } from './i18n';
import { nameProgressBars } from './plugins/progress-names';
import { vuetify } from './plugins/vuetify';
import { router } from './router';
import { registerServiceWorker } from './sw/register';
import './styles/main.css';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(vuetify);
app.use(router);
// A person who chose English gets it from the first paint (or Vietnamese if it cannot be fetched).
void loadLocale(currentLocale())
  .catch(() => undefined)
  .finally(() => app.mount('#app'));
nameProgressBars(document.body, () => i18n.global.t('app.loading'));
// The offline page and the cached app shell (production builds only: Vite serves no worker).
if (import.meta.env.PROD) registerServiceWorker();
