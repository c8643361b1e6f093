import type { Directive } from 'vue';

/** Inputs that take no typing: a tapped answer option may well give its focus away. */
const NOT_TYPED = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** Whether the person may be typing in `el`: the cursor is never taken out of such a field. */
function isTypingIn(el: Element | null): boolean {
  if (el instanceof HTMLInputElement) return !NOT_TYPED.has(el.type);
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable);
}

/** Past a dialog's enter transition, as Vuetify's own autofocus waits. */
const SETTLE_MS = 50;

const observers = new WeakMap<HTMLElement, IntersectionObserver>();

function fieldOf(el: HTMLElement): HTMLElement | null {
  return el.matches('input, textarea')
    ? el
    : el.querySelector<HTMLElement>('input:not([type="hidden"]), textarea');
}

/**
 * Puts the cursor in a field once it is on screen, like Vuetify's `autofocus` prop, but only if
 * the person is not typing in another field by then. Vuetify focuses its field whenever its
 * intersection observer and timer get round to it: on a slow phone (or a busy test machine) the
 * person is already typing the password when the cursor jumps back to the username, and the rest
 * of the password lands there, readable by anyone, while the password field stays empty.
 * Use `v-autofocus` (or `v-autofocus="condition"`) instead of the `autofocus` prop.
 */
export const vAutofocus: Directive<HTMLElement, boolean | undefined> = {
  mounted(el, binding) {
    if (binding.value === false || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      observers.delete(el);
      setTimeout(() => {
        const field = fieldOf(el);
        if (!field || !el.isConnected) return;
        const active = document.activeElement;
        if (active !== field && isTypingIn(active)) return;
        field.focus();
      }, SETTLE_MS);
    });
    observer.observe(el);
    observers.set(el, observer);
  },
  unmounted(el) {
    observers.get(el)?.disconnect();
    observers.delete(el);
  },
};
