import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { OFFLINE_PAGE } from './src/sw/routes';

const builtIndexHtml = fileURLToPath(new URL('./dist/index.html', import.meta.url));

/**
 * The app shell is index.html and what it names (entry script, its preloaded chunks, the entry
 * styles); the plugin adds the offline page (includeAssets), the icons and the manifest. Lazy chunks (organiser pages, charts) are not
 * precached: a participant's phone would download them all on the first visit. They are cached
 * when first used, by the /assets route of the worker (src/sw/sw.ts).
 */
function onlyTheShell<T extends { url: string }>(entries: T[]) {
  const html = readFileSync(builtIndexHtml, 'utf8');
  const named = new Set(
    [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]).filter(Boolean),
  );
  return { manifest: entries.filter((e) => named.has(e.url)), warnings: [] };
}

/** Web app manifest and service worker (vite-plugin-pwa, injectManifest: src/sw/sw.ts). */
export function pwa() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/sw',
    filename: 'sw.ts',
    // Registered by src/sw/register.ts: after load, only in secure contexts.
    injectRegister: false,
    includeAssets: [OFFLINE_PAGE],
    manifest: {
      name: 'Hội thi CCHC',
      short_name: 'Hội thi CCHC',
      description: 'Hội thi trực tuyến tìm hiểu về cải cách hành chính',
      lang: 'vi',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      // The Vuetify theme's primary and background colours (src/plugins/vuetify.ts).
      theme_color: '#0b4a8f',
      background_color: '#f4f6fa',
      icons: [
        { src: '/pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: '/pwa-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    injectManifest: {
      globPatterns: ['**/*.{html,js,css,woff2,png}'],
      manifestTransforms: [onlyTheShell],
      // Hashed names change with their content: no ?__WB_REVISION__ needed.
      dontCacheBustURLsMatching: /^assets\//,
      // A classic worker script (registered without type: 'module', which older phones lack).
      rollupFormat: 'iife',
    },
  });
}
