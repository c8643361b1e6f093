/** What the service worker (sw.ts) handles, kept apart so a unit test can read it. */

export const OFFLINE_PAGE = 'offline.html';
export const ASSETS_CACHE = 'cchc-assets';

/**
 * Navigations the worker leaves to the browser: the API and socket.io (personal data, never
 * cached), the short links /c/<code> (a redirect of the server) and /cuoc-thi/<slug> (a page whose
 * head the server fills in for link previews).
 */
export const NOT_HANDLED: RegExp[] = [
  /^\/api(?:\/|$)/,
  /^\/socket\.io(?:\/|$)/,
  /^\/c\//,
  /^\/cuoc-thi\//,
  /^\/assets\//,
];

const DEFAULT_ASSETS_MAX_ENTRIES = 150;

/** How many hashed files the assets cache keeps (older builds' files are dropped first). */
export function assetsMaxEntries(
  raw: string | undefined = import.meta.env.VITE_PWA_ASSETS_MAX_ENTRIES as string | undefined,
): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_ASSETS_MAX_ENTRIES;
}
