import type { Directive } from 'vue';

/**
 * Puts `data-testid` on the native control inside a Vuetify field (text field, autocomplete,
 * checkbox), where a browser test types or clicks. Vuetify keeps `data-*` attributes on the
 * field's wrapper, so passing the attribute directly would mark the wrong element.
 */
function apply(el: HTMLElement, testId: string) {
  const control = el.matches('input, textarea, select')
    ? el
    : el.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select');
  if (control && control.dataset.testid !== testId) control.dataset.testid = testId;
}

export const vInputTestid: Directive<HTMLElement, string> = {
  mounted: (el, binding) => apply(el, binding.value),
  updated: (el, binding) => apply(el, binding.value),
};
