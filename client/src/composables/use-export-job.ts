import type { CreateExport, ExportJob } from '@cchc/contracts';
import { onBeforeUnmount, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { reportsApi } from '@/api/reports';
import { apiErrorText } from '@/components/contests/api-error';
import { useNotifyStore } from '@/stores/notify';

export type ExportPhase = 'starting' | 'running' | 'downloading' | 'failed';

/** How often a running export is asked for its progress. */
export const EXPORT_POLL_MS = 700;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * An export run as a server job: start it, poll its progress (rows written of the total) for
 * the progress dialog, then fetch the file with the session's token and hand it to the browser.
 * Closing the dialog abandons the job on this page (the server finishes it anyway).
 */
export function useExportJob() {
  const { t } = useI18n();
  const notify = useNotifyStore();

  const open = ref(false);
  const phase = ref<ExportPhase>('starting');
  const job = shallowRef<ExportJob | null>(null);
  const error = ref<string | null>(null);
  let run = 0;

  async function start(request: CreateExport): Promise<void> {
    const mine = ++run;
    open.value = true;
    phase.value = 'starting';
    job.value = null;
    error.value = null;
    try {
      let current = await reportsApi.createExport(request);
      for (;;) {
        if (mine !== run) return;
        job.value = current;
        if (current.status === 'failed') {
          phase.value = 'failed';
          error.value = t('participation.export.failed', {
            error: current.error ?? t('errors.unexpected'),
          });
          return;
        }
        if (current.status === 'done') break;
        phase.value = 'running';
        await sleep(EXPORT_POLL_MS);
        if (mine !== run) return;
        current = await reportsApi.exportJob(current.id);
      }
      phase.value = 'downloading';
      await reportsApi.downloadExport(current);
      if (mine !== run) return;
      open.value = false;
      notify.success(t('participation.export.done', { name: current.fileName }));
    } catch (err) {
      if (mine !== run) return;
      phase.value = 'failed';
      error.value = t('participation.export.failed', { error: apiErrorText(err) });
    }
  }

  function close() {
    run++;
    open.value = false;
  }

  onBeforeUnmount(() => {
    run++;
  });

  return { open, phase, job, error, start, close };
}
