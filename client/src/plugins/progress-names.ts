/**
 * Vuetify draws loading bars inside tables and fields (`loading` prop) with role="progressbar"
 * but no name, and offers no prop to give them one; a screen reader then announces a bare
 * "progress bar". This names every such bar "Đang tải…" (in the current language) when it
 * appears. Bars we draw ourselves carry their own aria-label and are left alone.
 */
const UNNAMED = '[role="progressbar"]:not([aria-label]):not([aria-labelledby])';

export function nameProgressBars(root: HTMLElement, name: () => string): MutationObserver {
  const label = (scope: Element) => {
    if (scope.matches(UNNAMED)) scope.setAttribute('aria-label', name());
    for (const bar of scope.querySelectorAll(UNNAMED)) bar.setAttribute('aria-label', name());
  };
  label(root);
  const observer = new MutationObserver((changes) => {
    for (const change of changes)
      for (const node of change.addedNodes) if (node instanceof Element) label(node);
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}
