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
import { fieldIssue } from '../common/messages.js';
import type { Actor } from '../common/auth.decorators.js';
import { toIssues } from '../common/zod.js';
import { Clock } from '../config/clock.js';
import { maskPhone, ResultsService } from '../results/results.service.js';
import { FormLayoutService } from '../units/form-layout.service.js';
import { writeAttemptsCsv, type AttemptAuditRow } from './exports/attempts-sheet.js';
import { writeAttemptsXlsxInWorker } from './exports/attempts-xlsx-host.js';
import { collectiveDoc, collectiveFileName } from './exports/collective-sheet.js';
import { reportFileName } from './exports/export-format.js';
import { nonParticipantsDoc, nonParticipantsFileName } from './exports/non-participants-sheet.js';
import { officialForm, type DocForm } from './exports/official-form.js';
import { participationDoc, participationFileName } from './exports/participation-sheet.js';
import { renderDoc, type SheetDoc } from './exports/sheet-doc.js';
import { winnersDoc, winnersFileName } from './exports/winners-sheet.js';
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
 * Every report as a file: Biểu 01, the non-participants list and Biểu 04 (.xlsx/.csv/.pdf),
 * Biểu 03 (every attempt, streamed in batches; .xlsx/.csv) and Biểu 02 (a round's winners).
 * Used by the direct download routes and by export jobs (which report progress), so both give
 * the same bytes. Each .xlsx and PDF is an official form headed and signed as its unit set it:
 * the report's root unit, or for Biểu 02 the contest's organising unit.
 */
@Injectable()
export class ReportFilesService {
  constructor(
    private readonly participation: ParticipationService,
    private readonly repo: ParticipationRepository,
    private readonly results: ResultsService,
    private readonly layouts: FormLayoutService,
    private readonly clock: Clock,
  ) {}

  /** The header and signatures `unitId` prints on a form exported at `exportedAt`. */
  private async form(unitId: string, exportedAt: Date): Promise<DocForm> {
    return officialForm(await this.layouts.effective(unitId), exportedAt);
  }

  async prepare(
    actor: Actor,
    kind: ReportKind,
    format: ExportFormat,
    raw: Record<string, string>,
  ): Promise<PreparedFile> {
    if (format === 'pdf' && kind === 'attempts')
      throw new AppError('validation_failed', [fieldIssue('format', 'attempts_no_pdf')]);
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
          nonParticipantsDoc(data, {
            exportedAt,
            form: await this.form(data.scope.unitId, exportedAt),
          }),
        );
      }
      case 'collective': {
        const data = await this.participation.collective(actor, parse(CollectiveQuerySchema, raw));
        return docFile(
          collectiveFileName(data),
          format,
          data.groups.reduce((n, g) => n + g.rows.length, 0),
          collectiveDoc(data, { exportedAt, form: await this.form(data.unitId, exportedAt) }),
        );
      }
      case 'attempts': {
        const q = parse(AttemptAuditQuerySchema, raw);
        const r = await this.participation.resolve(actor, q, 0);
        const total = await this.repo.auditCount(r.filter);
        const form = await this.form(r.scope.unitId, exportedAt);
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
            const opts = { scope: r.scope, exportedAt, form, onProgress: progress };
            if (format === 'csv') await writeAttemptsCsv(rows(), out, opts);
            else await writeAttemptsXlsxInWorker(rows(), out, opts);
          },
        };
      }
    }
  }

  /**
   * Biểu 01 of a report, live or frozen. A frozen report keeps its figures, and prints with the
   * unit's layout as it is now: who signs is decided when the paper is signed.
   */
  async participationFile(
    report: ParticipationReport,
    format: ExportFormat,
    exportedAt = this.clock.now(),
  ): Promise<PreparedFile> {
    return docFile(
      participationFileName(report),
      format,
      report.units.length,
      participationDoc(report, {
        exportedAt,
        form: await this.form(report.scope.unitId, exportedAt),
      }),
    );
  }

  /** Biểu 02: the winners of a finalised round, headed and signed by the organising unit. */
  async winnersFile(actor: Actor, roundId: string, format: ExportFormat): Promise<PreparedFile> {
    const data = await this.results.winners(actor, roundId);
    const exportedAt = this.clock.now();
    return docFile(
      winnersFileName(data),
      format,
      data.rows.length,
      winnersDoc(data, { exportedAt, form: await this.form(data.organizerUnitId, exportedAt) }),
    );
  }
}
