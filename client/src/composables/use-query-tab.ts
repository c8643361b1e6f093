import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/**
 * The open tab of a page, kept in the address (`?tab=`) so a reload or the back button returns
 * to the same tab. An unknown or missing value opens the first tab.
 */
export function useQueryTab<T extends string>(tabs: readonly T[]) {
  const route = useRoute();
  const router = useRouter();
  return computed<T>({
    get: () => {
      const q = route.query.tab;
      return tabs.includes(q as T) ? (q as T) : tabs[0]!;
    },
    set: (value) => void router.replace({ query: { ...route.query, tab: value } }),
  });
}
