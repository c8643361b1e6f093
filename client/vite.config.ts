import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import vuetify from 'vite-plugin-vuetify';
import { precompress } from './precompress';
import { purgeVuetifyUtilities } from './purge-vuetify-utilities';
import { pwa } from './pwa';

const apiTarget = process.env.CCHC_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [
    vue(),
    vuetify({ autoImport: true }),
    purgeVuetifyUtilities({
      sourceDirs: [
        fileURLToPath(new URL('./src', import.meta.url)),
        fileURLToPath(new URL('../node_modules/vuetify/lib/components', import.meta.url)),
      ],
    }),
    precompress(),
    pwa(),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The browser checks a phone's shape with the small metadata; the server keeps the full one.
      'libphonenumber-js/max': 'libphonenumber-js/min',
    },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/socket.io': { target: apiTarget, ws: true, changeOrigin: true },
      // short links redirect on the server, to the page Vite serves
      '/c/': { target: apiTarget },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
      '/socket.io': { target: apiTarget, ws: true, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    manifest: true,
  },
});
