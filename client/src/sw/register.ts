/**
 * Registers the service worker (sw.ts) once the page has loaded, so it never competes with the
 * first paint. Browsers allow workers only in secure contexts (https, or localhost): over plain
 * HTTP on a LAN address (http://192.168.x.x) there is no navigator.serviceWorker and the app
 * simply works without one.
 */
export function registerServiceWorker(win: Window = window): void {
  if (!win.isSecureContext || !('serviceWorker' in win.navigator)) return;
  const register = () => {
    win.navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      // No worker is no harm: the app works as before, only without the offline page.
      .catch(() => undefined);
  };
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
