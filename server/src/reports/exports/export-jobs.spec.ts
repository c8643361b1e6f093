import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportJobSchema, ReportScopeSchema, type ExportJob } from '@cchc/contracts';
import { AppError } from '../../common/app-error.js';
import { writeAttemptsCsv, type AttemptAuditRow } from './attempts-sheet.js';
import { EXPORT_DIR, ExportJobsService } from './export-jobs.js';

/** Lets the job's file writes and promises run, without relying on (possibly faked) timers. */
async function settled(svc: ExportJobsService, owner: string, id: string): Promise<ExportJob> {
  const until = performance.now() + 10_000;
  while (performance.now() < until) {
    const job = svc.get(owner, id);
    if (job.status !== 'running') return job;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error('job did not finish');
}

/** The code of the AppError `fn` throws. */
function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.code : `not an AppError: ${String(err)}`;
  }
  return 'nothing thrown';
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}

const META = { report: 'attempts', format: 'csv', fileName: 'bieu-03_SNV_20250328' } as const;

describe(ExportJobsService.name, () => {
  let svc: ExportJobsService;
  beforeEach(() => {
    svc = new ExportJobsService();
  });
  afterEach(async () => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    await svc.onModuleDestroy();
  });

  it('runs a job to a file, reporting rows written as it goes', async () => {
    const half = gate();
    const rest = gate();
    const job = svc.start('alice', META, async ({ out, progress }) => {
      out.write('row 1\n');
      progress(1, 2);
      half.open();
      await rest.opened;
      out.write('row 2\n');
      progress(2, 2);
    });
    expect(ExportJobSchema.parse(job)).toMatchObject({
      status: 'running',
      fileName: 'bieu-03_SNV_20250328.csv',
      error: null,
    });
    expect(thrownCode(() => svc.file('alice', job.id))).toBe('conflict');
    await half.opened;
    expect(svc.get('alice', job.id)).toMatchObject({ status: 'running', done: 1, total: 2 });
    rest.open();
    expect(await settled(svc, 'alice', job.id)).toMatchObject({ status: 'done', done: 2 });
    const file = svc.file('alice', job.id);
    expect(file).toEqual({
      path: join(EXPORT_DIR, job.id),
      fileName: 'bieu-03_SNV_20250328.csv',
      contentType: 'text/csv; charset=utf-8',
    });
    expect(readFileSync(file.path, 'utf8')).toBe('row 1\nrow 2\n');
  });

  it('streams Biểu 03 into the job with its progress', async () => {
    const scope = ReportScopeSchema.parse({
      unitId: randomUUID(),
      unitName: 'Sở Nội vụ',
      unitCode: 'SNV',
      contestId: null,
      contestTitle: null,
      roundId: null,
      roundTitle: null,
      period: null,
      year: null,
      from: null,
      to: null,
      asOf: null,
      cutoff: '2025-03-28T16:59:59.999Z',
      label: 'Toàn bộ thời gian · số liệu tính đến ngày 28/03/2025',
    });
    async function* rows(): AsyncGenerator<AttemptAuditRow> {
      for (let i = 0; i < 2500; i++) {
        yield {
          attemptId: randomUUID(),
          fullName: `Thí sinh ${i}`,
          phoneMasked: null,
          unitName: 'Sở Nội vụ',
          contestTitle: 'Hội thi',
          roundTitle: 'Đợt 1',
          attemptNo: 1,
          status: 'submitted',
          startedAt: new Date(0),
          submittedAt: new Date(60_000),
          durationMs: 60_000,
          correctCount: 5,
          total: 10,
          prediction: null,
          clientIp: null,
          deviceHash: null,
        };
      }
    }
    const seen: number[] = [];
    const job = svc.start('alice', META, async ({ out, progress }) => {
      await writeAttemptsCsv(rows(), out, {
        scope,
        onProgress: (n) => {
          progress(n, 2500);
          seen.push(svc.get('alice', job.id).done);
        },
      });
    });
    expect(await settled(svc, 'alice', job.id)).toMatchObject({
      status: 'done',
      done: 2500,
      total: 2500,
    });
    expect(seen).toEqual([1000, 2000, 2500]);
    const text = readFileSync(svc.file('alice', job.id).path, 'utf8');
    expect(text.startsWith('\uFEFFBIỂU 03. DANH SÁCH BÀI THI')).toBe(true);
    expect(text).toContain('Tổng số bài thi: 2500');
  });

  it('reports a failed job with a message and removes its file', async () => {
    const log = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const job = svc.start('alice', META, ({ out }) => {
      out.write('half a file');
      return Promise.reject(new Error('relation "attempts" does not exist'));
    });
    const failed = await settled(svc, 'alice', job.id);
    expect(failed.status).toBe('failed');
    // The owner reads a plain message; the cause goes to the operator's log.
    expect(failed.error).toBe('Đã có lỗi hệ thống. Vui lòng thử lại.');
    // (the error itself, so the log's serializer keeps personal data out of it)
    expect(String(log.mock.calls[0]?.[0])).toContain('relation "attempts" does not exist');
    expect(existsSync(join(EXPORT_DIR, job.id))).toBe(false);
    expect(thrownCode(() => svc.file('alice', job.id))).toBe('not_found');
  });

  it("shows a rule's own message when a job fails on it", async () => {
    const job = svc.start('alice', META, () => Promise.reject(new AppError('forbidden')));
    expect((await settled(svc, 'alice', job.id)).error).toBe(
      'Bạn không có quyền thực hiện thao tác này.',
    );
  });

  it('keeps a job from anyone but its owner', async () => {
    const job = svc.start('alice', META, async ({ out }) => void out.write('secret'));
    await settled(svc, 'alice', job.id);
    expect(thrownCode(() => svc.get('bob', job.id))).toBe('not_found');
    expect(thrownCode(() => svc.file('bob', job.id))).toBe('not_found');
    expect(thrownCode(() => svc.get('alice', randomUUID()))).toBe('not_found');
  });

  it('runs at most three jobs at once per owner', async () => {
    const release = gate();
    const blocked = () => release.opened;
    const jobs = [1, 2, 3].map(() => svc.start('alice', META, blocked));
    expect(thrownCode(() => svc.start('alice', META, blocked))).toBe('rate_limited');
    // Someone else is not held up by alice's jobs.
    const bobs = svc.start('bob', META, blocked);
    release.open();
    for (const j of jobs) await settled(svc, 'alice', j.id);
    await settled(svc, 'bob', bobs.id);
    expect(svc.start('alice', META, async () => undefined).status).toBe('running');
  });

  it('deletes a finished file after 15 minutes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const job = svc.start('alice', META, async ({ out }) => void out.write('x'));
    await settled(svc, 'alice', job.id);
    const { path } = svc.file('alice', job.id);
    vi.advanceTimersByTime(ExportJobsService.TTL_MS - 1000);
    expect(svc.get('alice', job.id).status).toBe('done');
    vi.advanceTimersByTime(1000);
    expect(thrownCode(() => svc.get('alice', job.id))).toBe('not_found');
    await vi.waitUntil(() => !existsSync(path), { interval: 5, timeout: 2000 });
  });

  it('deletes every file when the module stops', async () => {
    const job = svc.start('alice', META, async ({ out }) => void out.write('x'));
    await settled(svc, 'alice', job.id);
    const { path } = svc.file('alice', job.id);
    await svc.onModuleDestroy();
    expect(existsSync(path)).toBe(false);
  });
});
