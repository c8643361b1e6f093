import { ref, watch, type Ref } from 'vue';

/**
 * "Đánh dấu xem lại": the questions a participant wants to look at again before submitting.
 * Kept on this device only (localStorage, keyed by attempt id) and never sent: a flag is a note
 * to oneself, not an answer, so the server has no use for it.
 */
const KEY_PREFIX = 'cchc.flags.';

function read(attemptId: string): string[] {
  try {
    const raw = localStorage.getItem(KEY_PREFIX + attemptId);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    // private mode or a damaged entry: start with no flags rather than fail the attempt
    return [];
  }
}

function write(attemptId: string, ids: readonly string[]) {
  try {
    if (ids.length) localStorage.setItem(KEY_PREFIX + attemptId, JSON.stringify(ids));
    else localStorage.removeItem(KEY_PREFIX + attemptId);
  } catch {
    // storage full or blocked: the flag still works until the page is left
  }
}

export function useReviewFlags(attemptId: Ref<string | null | undefined>) {
  const flagged = ref<string[]>([]);
  watch(attemptId, (id) => (flagged.value = id ? read(id) : []), { immediate: true });

  function isFlagged(questionId: string) {
    return flagged.value.includes(questionId);
  }
  function toggle(questionId: string) {
    const id = attemptId.value;
    if (!id) return;
    flagged.value = isFlagged(questionId)
      ? flagged.value.filter((q) => q !== questionId)
      : [...flagged.value, questionId];
    write(id, flagged.value);
  }
  return { flagged, isFlagged, toggle };
}
