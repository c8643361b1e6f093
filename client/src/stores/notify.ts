import { defineStore } from 'pinia';
import { ref } from 'vue';

export interface Notice {
  text: string;
  color?: 'success' | 'error' | 'info';
  timeout?: number;
}

/** Short confirmations ("Đã lưu") shown in one snackbar queue for the whole app. */
export const useNotifyStore = defineStore('notify', () => {
  const queue = ref<Notice[]>([]);
  function success(text: string) {
    queue.value.push({ text, color: 'success', timeout: 4000 });
  }
  function error(text: string) {
    queue.value.push({ text, color: 'error', timeout: 7000 });
  }
  return { queue, success, error };
});
