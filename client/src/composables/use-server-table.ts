import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue';
import { apiErrorText } from '@/components/contests/api-error';
import { useLoad } from './use-load';

/** What is typed into a search box, applied (trimmed) once typing pauses. */
export function useDebouncedSearch(ms = 300) {
  const search = ref('');
  const debounced = ref('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(search, (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => (debounced.value = (value ?? '').trim()), ms);
  });
  onBeforeUnmount(() => clearTimeout(timer));
  return { search, debounced };
}

/**
 * The page of a server-paged table (v-data-table-server): `onOptions` follows the table's pager,
 * `restart` goes back to the first page when the filters change. `load` reads `page` and
 * `pageSize`.
 */
export function useServerPaging(load: () => Promise<unknown>, initialPageSize = 50) {
  const page = ref(1);
  const pageSize = ref(initialPageSize);
  function onOptions(options: { page: number; itemsPerPage: number }) {
    if (options.page === page.value && options.itemsPerPage === pageSize.value) return;
    page.value = options.page;
    pageSize.value = options.itemsPerPage;
    void load();
  }
  function restart() {
    page.value = 1;
    void load();
  }
  return { page, pageSize, onOptions, restart };
}

/**
 * A searched, server-paged list beside a report (who has not taken part, who is not on a list):
 * the search applies once typing pauses, a new search or new report filters go back to page 1,
 * and only the latest answer is shown. `query` is the list's query without its page, as an export
 * of the same list takes it.
 */
export function useServerList<T>(
  params: () => Record<string, string>,
  fetch: (query: Record<string, string>) => Promise<T>,
  initialPageSize?: number,
) {
  const { search, debounced } = useDebouncedSearch();
  const query = computed(() => ({
    ...params(),
    ...(debounced.value ? { search: debounced.value } : {}),
  }));
  const result = shallowRef<T | null>(null);
  const { page, pageSize, onOptions, restart } = useServerPaging(() => load(), initialPageSize);
  const { loading, loadError, load } = useLoad(
    () => fetch({ ...query.value, page: String(page.value), pageSize: String(pageSize.value) }),
    (value) => (result.value = value),
    apiErrorText,
  );
  watch(query, restart, { immediate: true, deep: true });
  return { search, query, result, page, pageSize, onOptions, loading, loadError, load };
}
