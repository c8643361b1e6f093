import { onBeforeUnmount, ref } from 'vue';

/**
 * True when the window holds few characters across: a phone with the browser's text at 125 %
 * or more. Media-query `em` is the browser's default font size (not the page's), so
 * `max-width: 20em` is 320 px at 100 % text and 640 px at 200 %: the bars go compact where a
 * line of text, not a line of pixels, runs short. Wide screens at 200 % keep their full bars.
 */
export const CRAMPED_QUERY = '(max-width: 20em)';

export function useCramped() {
  const query = typeof window === 'undefined' ? null : window.matchMedia(CRAMPED_QUERY);
  const cramped = ref(query?.matches ?? false);
  const update = (e: MediaQueryListEvent) => (cramped.value = e.matches);
  query?.addEventListener('change', update);
  onBeforeUnmount(() => query?.removeEventListener('change', update));
  return cramped;
}
