import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@cchc/contracts';
import type { Env } from '../config/env.js';
import { AppError } from './app-error.js';
import type { Sheet } from './sheet-parse.js';
import type { ArchiveLimits } from './zip-reader.js';

export type { Sheet } from './sheet-parse.js';

export interface ImportLimits extends ArchiveLimits {
  /** Wall time of one file's parse, inflate included. */
  parseTimeoutMs: number;
  /** Old-generation heap of the parsing thread. */
  parseMemoryMb: number;
  /** Files parsed at once: each worker may take its heap cap, the machine has a few cores. */
  parseConcurrency: number;
}

export function importLimits(env: Env): ImportLimits {
  const MB = 1024 * 1024;
  return {
    maxInflatedBytes: env.IMPORT_MAX_INFLATED_MB * MB,
    maxEntries: env.IMPORT_MAX_ENTRIES,
    maxEntryBytes: env.IMPORT_MAX_ENTRY_MB * MB,
    parseTimeoutMs: env.IMPORT_PARSE_TIMEOUT_MS,
    parseMemoryMb: env.IMPORT_PARSE_MEMORY_MB,
    parseConcurrency: env.IMPORT_PARSE_CONCURRENCY,
  };
}

/** @internal What the worker is given and what it answers. */
export interface SheetReaderJob {
  name: string;
  buffer: Uint8Array;
  limits: ArchiveLimits;
}
export type SheetReaderReply =
  | { ok: true; sheet: Sheet }
  | { ok: false; code: ErrorCode; details: unknown; params: Record<string, string | number> };

const WORKER = new URL('./sheet-reader.worker.js', import.meta.url);

/**
 * The one way an uploaded spreadsheet is read (units, staff lists, questions). Each file is
 * parsed in its own worker thread with a heap cap and a wall-time cap: a file that needs more
 * is refused with `file_too_complex` and the thread is stopped, so one import can never stall
 * other requests or grow the server. At most `parseConcurrency` files are parsed at once; the
 * others wait their turn (their time cap starts with their parse). Nothing is written before
 * the sheet comes back.
 */
export class SheetReader {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limits: ImportLimits,
    /** Tests swap in a worker that misbehaves on purpose. */
    private readonly script: URL = WORKER,
  ) {}

  async read(file: { originalname: string; buffer: Buffer }): Promise<Sheet> {
    if (this.running < this.limits.parseConcurrency) this.running++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await this.parse(file);
    } finally {
      // The slot passes straight to the next in line, if any.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  private parse(file: { originalname: string; buffer: Buffer }): Promise<Sheet> {
    const { parseTimeoutMs, parseMemoryMb, maxInflatedBytes, maxEntries, maxEntryBytes } =
      this.limits;
    const job: SheetReaderJob = {
      name: file.originalname,
      buffer: file.buffer,
      limits: { maxInflatedBytes, maxEntries, maxEntryBytes },
    };
    const worker = new Worker(this.script, {
      resourceLimits: { maxOldGenerationSizeMb: parseMemoryMb },
      workerData: job,
    });
    const tooComplex = () =>
      new AppError('file_too_complex', undefined, {
        seconds: Math.ceil(parseTimeoutMs / 1000),
        memoryMb: parseMemoryMb,
      });
    return new Promise<Sheet>((resolve, reject) => {
      let settled = false;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        void worker.terminate();
        finish();
      };
      const timer = setTimeout(() => settle(() => reject(tooComplex())), parseTimeoutMs);
      worker.once('message', (m: SheetReaderReply) =>
        settle(() => (m.ok ? resolve(m.sheet) : reject(new AppError(m.code, m.details, m.params)))),
      );
      worker.once('error', (e: Error & { code?: string }) =>
        settle(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex() : e)),
      );
      worker.once('exit', (code) =>
        settle(() => reject(new Error(`sheet reader stopped before answering (${code})`))),
      );
    });
  }
}
