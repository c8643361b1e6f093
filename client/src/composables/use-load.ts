import { ref } from 'vue';

/**
 * The load of a page or panel: `loading` while it runs, `loadError` (the text to show) when it
 * failed, and `load()` to run it (again: the retry button). `apply` takes the answer. Only the
 * latest call counts: the answer or failure of a load overtaken by a newer one is dropped, so a
 * slow old answer never replaces a newer one.
 */
export function useLoad<T>(
  fetch: () => Promise<T>,
  apply: (value: T) => void,
  errorText: (err: unknown) => string,
) {
  const loading = ref(false);
  const loadError = ref<string | null>(null);
  let seq = 0;

  async function load(): Promise<void> {
    const mine = ++seq;
    loading.value = true;
    loadError.value = null;
    try {
      const value = await fetch();
      if (mine === seq) apply(value);
    } catch (err) {
      if (mine === seq) loadError.value = errorText(err);
    } finally {
      if (mine === seq) loading.value = false;
    }
  }

  return { loading, loadError, load };
}
