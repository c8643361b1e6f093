import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { AttemptAuditRow, AttemptsExportOptions } from './attempts-sheet.js';

const BATCH = 1000;
/** Old-generation heap of the writer thread. */
const WORKER_HEAP_MB = 64;

type Outgoing =
  | { type: 'need' }
  | { type: 'chunk'; data: Uint8Array }
  | { type: 'progress'; n: number }
  | { type: 'done'; rows: number }
  | { type: 'error'; message: string };

/**
 * Biểu 03 as .xlsx with the workbook built in a worker thread: this thread only reads rows from
 * the database and passes bytes on, so a 200,000-row export neither blocks requests nor waits
 * for one core to do both. Rows are handed over a batch at a time, when the worker asks and the
 * receiver of `out` keeps up, so memory stays bounded. Ends `out`.
 */
export function writeAttemptsXlsxInWorker(
  rows: AsyncIterable<AttemptAuditRow>,
  out: Writable,
  opts: AttemptsExportOptions,
): Promise<{ rows: number }> {
  const it = rows[Symbol.asyncIterator]();
  const worker = new Worker(new URL('./attempts-xlsx.worker.js', import.meta.url), {
    // The writer keeps one batch of rows and one chunk of XML: a hard cap on its heap makes
    // "bounded memory" a property the runtime enforces (an export that broke it would fail,
    // not grow the server).
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    workerData: {
      scope: opts.scope,
      exportedAt: (opts.exportedAt ?? new Date()).toISOString(),
      form: opts.form ?? null,
    },
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      void it.return?.();
      void worker.terminate();
      out.destroy(e);
      reject(e);
    };
    out.once('close', () => {
      if (!settled) fail(new Error('export stream closed before the end'));
    });
    let exhausted = false;
    // One feed at a time, in order: concurrent feeds would interleave their batches.
    let feeding: Promise<void> = Promise.resolve();
    const feed = async () => {
      if (exhausted) return;
      if (out.writableNeedDrain) await once(out, 'drain');
      const batch: AttemptAuditRow[] = [];
      let done = false;
      while (batch.length < BATCH) {
        const next = await it.next();
        if (next.done) {
          done = true;
          break;
        }
        batch.push(next.value);
      }
      if (batch.length) worker.postMessage({ type: 'rows', rows: batch });
      if (done) {
        exhausted = true;
        worker.postMessage({ type: 'end' });
      }
    };
    worker.on('message', (m: Outgoing) => {
      switch (m.type) {
        case 'need':
          feeding = feeding
            .then(feed)
            .catch((e: unknown) => fail(e instanceof Error ? e : new Error(String(e))));
          break;
        case 'chunk':
          out.write(Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength));
          break;
        case 'progress':
          opts.onProgress?.(m.n);
          break;
        case 'done':
          settled = true;
          void worker.terminate();
          out.end(() => resolve({ rows: m.rows }));
          break;
        case 'error':
          fail(new Error(m.message));
          break;
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!settled) fail(new Error(`export worker stopped (${code})`));
    });
  });
}
