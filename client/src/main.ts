import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n';
import { vuetify } from './plugins/vuetify';
import { router } from './router';
import './styles/main.css';

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(vuetify);
app.use(router);
app.mount('#app');
