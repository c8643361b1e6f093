// Reads one uploaded spreadsheet off the main thread (see sheet-reader.ts): inflating and
// parsing a hostile file costs this thread's time and heap, never the requests'.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from './app-error.js';
import { parseSheet } from './sheet-parse.js';
import type { SheetReaderJob, SheetReaderReply } from './sheet-reader.js';

const job = workerData as SheetReaderJob;
const reply = (m: SheetReaderReply) => parentPort!.postMessage(m);

// The upload arrives as a plain Uint8Array (a copy made by postMessage): wrap it, do not copy it.
const buffer = Buffer.from(job.buffer.buffer, job.buffer.byteOffset, job.buffer.byteLength);

parseSheet({ originalname: job.name, buffer }, job.limits)
  .then((sheet) => reply({ ok: true, sheet }))
  .catch((e: unknown) =>
    // Anything else a parser throws on a crafted file still means "this file cannot be read".
    reply(
      e instanceof AppError
        ? { ok: false, code: e.code, details: e.details, params: e.params }
        : { ok: false, code: 'file_invalid', details: undefined, params: {} },
    ),
  );
