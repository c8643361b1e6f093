import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  AttemptAuditQuerySchema,
  CollectiveQuerySchema,
  NonParticipantsQuerySchema,
  ParticipationQuerySchema,
  type ExportFormat,
  type NonParticipants,
  type ParticipationReport,
} from '@cchc/contracts';
import type { z } from 'zod';
import { AppError } from '../common/app-error.js';
import type { Actor } from '../common/auth.decorators.js';
import { toIssues } from '../common/zod.js';
import { Clock } from '../config/clock.js';
import { maskPhone } from '../leaderboard/results.service.js';
import { writeAttemptsCsv, type AttemptAuditRow } from './exports/attempts-sheet.js';
import { writeAttemptsXlsxInWorker } from './exports/attempts-xlsx-host.js';
import { collectiveDoc, collectiveFileName } from './exports/collective-sheet.js';
import { reportFileName } from './exports/export-format.js';
import { nonParticipantsDoc, nonParticipantsFileName } from './exports/non-participants-sheet.js';
import { participationDoc, participationFileName } from './exports/participation-sheet.js';
import { renderDoc, type SheetDoc } from './exports/sheet-doc.js';
import { ParticipationRepository } from './participation.repository.js';
import { ParticipationService } from './participation.service.js';

export type ReportKind = 'participation' | 'non_participants' | 'attempts' | 'collective';

/** A file ready to be written: its name is known (and the query checked) before any byte. */
export interface PreparedFile {
  fileName: string;
  format: ExportFormat;
  /** Rows the file will hold, when known (for progress). */
  total: number | null;
  write(out: Writable, progress: (done: number) => void): Promise<void>;
}

const NON_PARTICIPANTS_ALL = 1_000_000;

function parse<S extends z.ZodType>(schema: S, raw: Record<string, string>): z.output<S> {
  const res = schema.safeParse(raw);
  if (!res.success) throw new AppError('validation_failed', toIssues(res.error));
  return res.data;
}

/** A report laid out in memory (a few thousand rows at most), rendered when it is written. */
function docFile(
  fileName: string,
  format: ExportFormat,
  rows: number,
  doc: SheetDoc,
): PreparedFile {
  return {
    fileName,
    format,
    total: rows,
    write: async (out, progress) => {
      const buf = await renderDoc(doc, format);
      progress(rows);
      await new Promise<void>((resolve, reject) => {
        out.once('error', reject);
        out.end(buf, () => resolve());
      });
    },
  };
}

/**
 * Every report as a file: Biểu 01 (.xlsx/.csv/.pdf), the non-participants list, Biểu 03 (every
 * attempt, streamed in batches) and Biểu 04. Used by the direct download routes and by export
 * jobs (which report progress), so both give the same bytes.
 */
@Injectable()
export class ReportFilesService {
  constructor(
    private readonly participation: ParticipationService,
    private readonly repo: ParticipationRepository,
    private readonly clock: Clock,
  ) {}

  async prepare(
    actor: Actor,
    kind: ReportKind,
    format: ExportFormat,
    raw: Record<string, string>,
  ): Promise<PreparedFile> {
    if (format === 'pdf' && kind !== 'participation')
      throw new AppError('validation_failed', [
        { path: 'format', vi: 'Chỉ Biểu 01 có bản PDF.', en: 'Only Biểu 01 has a PDF.' },
      ]);
    const exportedAt = this.clock.now();
    switch (kind) {
      case 'participation': {
        const report = await this.participation.report(actor, parse(ParticipationQuerySchema, raw));
        return this.participationFile(report, format, exportedAt);
      }
      case 'non_participants': {
        const q = parse(NonParticipantsQuerySchema, raw);
        const data: NonParticipants = await this.participation.nonParticipants(actor, {
          ...q,
          page: 1,
          pageSize: NON_PARTICIPANTS_ALL,
        });
        return docFile(
          nonParticipantsFileName(data),
          format,
          data.rows.length,
          nonParticipantsDoc(data, { exportedAt }),
        );
      }
      case 'collective': {
        const data = await this.participation.collective(actor, parse(CollectiveQuerySchema, raw));
        return docFile(
          collectiveFileName(data),
          format,
          data.groups.reduce((n, g) => n + g.rows.length, 0),
          collectiveDoc(data, { exportedAt }),
        );
      }
      case 'attempts': {
        const q = parse(AttemptAuditQuerySchema, raw);
        const r = await this.participation.resolve(actor, q, 0);
        const total = await this.repo.auditCount(r.filter);
        const repo = this.repo;
        async function* rows(): AsyncGenerator<AttemptAuditRow> {
          for await (const a of repo.auditRows(r.filter))
            yield {
              attemptId: a.id,
              fullName: a.full_name,
              phoneMasked: a.phone ? maskPhone(a.phone) : null,
              unitName: a.unit_name,
              contestTitle: a.contest_title,
              roundTitle: a.round_title,
              attemptNo: a.attempt_no,
              status: a.status,
              startedAt: a.started_at,
              submittedAt: a.submitted_at,
              durationMs: a.duration_ms ?? 0,
              correctCount: a.correct_count ?? 0,
              total: a.total,
              prediction: a.prediction,
              clientIp: a.client_ip,
              deviceHash: a.device_hash,
            };
        }
        return {
          fileName: reportFileName('bieu-03-danh-sach-bai-thi', r.unit.code, r.scope.cutoff),
          format,
          total,
          write: async (out, progress) => {
            const opts = { scope: r.scope, exportedAt, onProgress: progress };
            if (format === 'csv') await writeAttemptsCsv(rows(), out, opts);
            else await writeAttemptsXlsxInWorker(rows(), out, opts);
          },
        };
      }
    }
  }

  /** Biểu 01 of a report, live or frozen. */
  participationFile(
    report: ParticipationReport,
    format: ExportFormat,
    exportedAt = this.clock.now(),
  ): PreparedFile {
    return docFile(
      participationFileName(report),
      format,
      report.units.length,
      participationDoc(report, { exportedAt }),
    );
  }
}
