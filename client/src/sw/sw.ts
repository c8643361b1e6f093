/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { ASSETS_CACHE, NOT_HANDLED, OFFLINE_PAGE, assetsMaxEntries } from './routes';

declare let self: ServiceWorkerGlobalScope;

// The app shell: index.html, what it names and the offline page (client/pwa.ts picks them).
// `directoryIndex: ''` (none): "/" is a navigation like any other (below), asked from the network so
// a new build is seen on the next visit; the precached index.html is not served for it.
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: '', cleanURLs: false });
cleanupOutdatedCaches();

// Hashed files never change under one name: once fetched they come from the cache.
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    url.pathname.startsWith('/assets/') &&
    request.method === 'GET',
  new CacheFirst({
    cacheName: ASSETS_CACHE,
    plugins: [new ExpirationPlugin({ maxEntries: assetsMaxEntries() })],
  }),
);

// Pages come from the network, never from a cache (they are index.html, no-cache, and a page of
// the server such as /cuoc-thi/… is never answered with another). With the network down, the
// offline page answers in its place, and its "Thử lại" asks for the same address again.
// Nothing else is handled: /api and /socket.io go to the network untouched (no personal data
// in a cache, no queued writes).
const pages = new NetworkOnly({
  plugins: [
    {
      handlerDidError: async () => (await matchPrecache(OFFLINE_PAGE)) ?? Response.error(),
    },
  ],
});
registerRoute(new NavigationRoute(pages, { denylist: NOT_HANDLED }));

// A new version waits until every tab of the old one is closed (the next visit): an attempt in
// progress is never switched to other scripts under its feet. The first install takes the open
// page at once, so its assets are cached from this visit on.
clientsClaim();
