import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { ExportFormat, ExportJob } from '@cchc/contracts';
import { AppError } from '../../common/app-error.js';
import { ERROR_MESSAGES, format } from '../../common/messages.js';
import { CONTENT_TYPES, withExtension } from '../../common/spreadsheet.js';

export interface ExportJobContext {
  /** The job's file; the run may end it (the stream writers do), or leave it to the service. */
  out: Writable;
  /** Rows written so far, of `total` when known. */
  progress(done: number, total: number | null): void;
}

export interface ExportJobMeta {
  report: ExportJob['report'];
  format: ExportFormat;
  /** Download name, with or without the extension. */
  fileName: string;
}

interface JobRecord {
  owner: string;
  path: string;
  out: Writable;
  job: ExportJob;
  expiry?: NodeJS.Timeout;
}

/** Where job files live; each job's file is named by its id. */
export const EXPORT_DIR = join(tmpdir(), 'cchc-exports');

/**
 * Exports too large for one request (Biểu 03 with 200,000 rows) run as jobs: written to a
 * temporary file while the client polls their progress, then downloaded by their owner. Jobs
 * live in this process's memory: a restart forgets them, and their files with them.
 */
@Injectable()
export class ExportJobsService implements OnModuleDestroy {
  /** A finished job's file is kept this long for its owner to download. */
  static readonly TTL_MS = 15 * 60_000;
  /** Jobs one owner may have running at once. */
  static readonly MAX_RUNNING = 3;

  private readonly logger = new Logger(ExportJobsService.name);
  private readonly jobs = new Map<string, JobRecord>();
  private closed = false;

  start(
    owner: string,
    meta: ExportJobMeta,
    run: (ctx: ExportJobContext) => Promise<void>,
  ): ExportJob {
    const running = [...this.jobs.values()].filter(
      (j) => j.owner === owner && j.job.status === 'running',
    ).length;
    if (running >= ExportJobsService.MAX_RUNNING) {
      throw new AppError('rate_limited', undefined, { seconds: 30 });
    }
    mkdirSync(EXPORT_DIR, { recursive: true, mode: 0o700 });
    const id = randomUUID();
    const path = join(EXPORT_DIR, id);
    const rec: JobRecord = {
      owner,
      path,
      out: createWriteStream(path, { flags: 'wx', mode: 0o600 }),
      job: {
        id,
        report: meta.report,
        format: meta.format,
        status: 'running',
        done: 0,
        total: null,
        fileName: withExtension(meta.fileName, meta.format),
        error: null,
      },
    };
    // Until the run says otherwise, a file error is the job's failure, not an uncaught event.
    rec.out.on('error', () => undefined);
    this.jobs.set(id, rec);
    void this.execute(rec, run);
    return { ...rec.job };
  }

  /** The job as its owner sees it; anyone else gets not_found, as if it did not exist. */
  get(owner: string, id: string): ExportJob {
    return { ...this.owned(owner, id).job };
  }

  /** The finished file, for download. */
  file(owner: string, id: string): { path: string; fileName: string; contentType: string } {
    const rec = this.owned(owner, id);
    if (rec.job.status === 'running') throw new AppError('conflict');
    if (rec.job.status === 'failed') throw new AppError('not_found');
    return {
      path: rec.path,
      fileName: rec.job.fileName,
      contentType: CONTENT_TYPES[rec.job.format],
    };
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.jobs.keys()].map((id) => this.remove(id)));
  }

  private owned(owner: string, id: string): JobRecord {
    const rec = this.jobs.get(id);
    if (!rec || rec.owner !== owner) throw new AppError('not_found');
    return rec;
  }

  private async execute(rec: JobRecord, run: (ctx: ExportJobContext) => Promise<void>) {
    const { job, out } = rec;
    try {
      await run({
        out,
        progress: (done, total) => {
          job.done = done;
          job.total = total;
        },
      });
      if (!out.writableEnded) out.end();
      await finished(out);
      job.status = 'done';
    } catch (err) {
      if (!(err instanceof AppError)) {
        // The error first, so the logger's serializer keeps SQL values out of the record.
        this.logger.error(err, `export ${job.id} (${job.report}.${job.format}) failed`);
      }
      out.destroy();
      await rm(rec.path, { force: true }).catch(() => undefined);
      // Only now: a client told "failed" must not find half a file.
      job.status = 'failed';
      job.error = failureMessage(err);
    }
    if (this.closed || !this.jobs.has(job.id)) return;
    // Counted from the end of the run: a long export is not deleted before it can be fetched.
    rec.expiry = setTimeout(() => void this.remove(job.id), ExportJobsService.TTL_MS);
    rec.expiry.unref();
  }

  private async remove(id: string): Promise<void> {
    const rec = this.jobs.get(id);
    if (!rec) return;
    this.jobs.delete(id);
    clearTimeout(rec.expiry);
    rec.out.destroy();
    await rm(rec.path, { force: true }).catch(() => undefined);
  }
}

/** What the owner reads about a failure: the rule's own message, never a stack or SQL. */
function failureMessage(err: unknown): string {
  if (err instanceof AppError) return format(ERROR_MESSAGES[err.code].vi, err.params);
  return ERROR_MESSAGES.internal_error.vi;
}
