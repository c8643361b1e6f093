// Builds the Biểu 03 workbook off the main thread: rows arrive in batches from the host
// (attempts-xlsx-host.ts), bytes go back as they are zipped.
import { Writable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportScope } from '@cchc/contracts';
import { writeAttemptsXlsx, type AttemptAuditRow } from './attempts-sheet.js';
import type { DocForm } from './official-form.js';

type Incoming = { type: 'rows'; rows: AttemptAuditRow[] } | { type: 'end' };

const port = parentPort!;
const data = workerData as { scope: ReportScope; exportedAt: string; form: DocForm | null };
const queue: AttemptAuditRow[][] = [];
let ended = false;
let wake: (() => void) | null = null;

port.on('message', (m: Incoming) => {
  if (m.type === 'rows') queue.push(m.rows);
  else ended = true;
  wake?.();
  wake = null;
});

async function* rows(): AsyncGenerator<AttemptAuditRow> {
  port.postMessage({ type: 'need' });
  for (;;) {
    const batch = queue.shift();
    if (batch) {
      // Ask for the next batch while this one is written: the database and the zip overlap,
      // and the host is never more than one batch ahead.
      if (!ended) port.postMessage({ type: 'need' });
      yield* batch;
      continue;
    }
    if (ended) return;
    await new Promise<void>((resolve) => (wake = resolve));
  }
}

const out = new Writable({
  write(chunk: Buffer, _encoding, callback) {
    port.postMessage({ type: 'chunk', data: chunk });
    callback();
  },
});

writeAttemptsXlsx(rows(), out, {
  scope: data.scope,
  exportedAt: new Date(data.exportedAt),
  form: data.form ?? undefined,
  onProgress: (n) => port.postMessage({ type: 'progress', n }),
})
  .then((r) => port.postMessage({ type: 'done', rows: r.rows }))
  .catch((e: unknown) =>
    port.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) }),
  );
