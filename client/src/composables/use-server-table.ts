import { onBeforeUnmount, ref, watch } from 'vue';

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
