import type { Area } from '@cchc/contracts';
import { computed, ref } from 'vue';
import { type CreateArea, questionsApi } from '@/api/questions';
import { sortAreas } from '@/lib/questions';

// One list for the whole app: the bank, the editor and the import wizard all name areas.
const areas = ref<Area[]>([]);
let loading: Promise<void> | null = null;

export function useQuestionAreas() {
  const sorted = computed(() => sortAreas(areas.value));
  const items = computed(() => sorted.value.map((a) => ({ value: a.code, title: a.name })));

  function load(force = false): Promise<void> {
    if (!force && (areas.value.length > 0 || loading)) return loading ?? Promise.resolve();
    loading = questionsApi
      .areas()
      .then((list) => {
        areas.value = list;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  }

  async function add(body: CreateArea): Promise<Area> {
    const area = await questionsApi.createArea(body);
    areas.value = [...areas.value.filter((a) => a.code !== area.code), area];
    return area;
  }

  function nameOf(code: string): string {
    return areas.value.find((a) => a.code === code)?.name ?? code;
  }

  return { areas: sorted, items, load, add, nameOf };
}
