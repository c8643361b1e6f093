import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import type { Request, Response } from 'express';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CollectiveQuerySchema,
  CreateSnapshotSchema,
  NonParticipantsQuerySchema,
  OffListQuerySchema,
  ParticipationQuerySchema,
  SnapshotListQuerySchema,
  CreateExportSchema,
  ExportFormatSchema,
  type ExportFormat,
} from '@cchc/contracts';
import type { z } from 'zod';
import { uuid } from '../common/params.js';
import { AppError } from '../common/app-error.js';
import {
  CurrentActor,
  ReqMeta,
  Roles,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../common/zod.js';
import { sendFile, setDownloadHeaders } from '../common/spreadsheet.js';
import { ExportJobsService } from './exports/export-jobs.js';
import { ParticipationService } from './participation.service.js';
import { ReportFilesService, type PreparedFile, type ReportKind } from './report-files.service.js';
import { SnapshotsService } from './snapshots.service.js';

const STAFF = ['admin', 'organizer', 'reporter'] as const;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly participation: ParticipationService,
    private readonly snapshots: SnapshotsService,
    private readonly files: ReportFilesService,
    private readonly jobs: ExportJobsService,
  ) {}

  @Get('contests')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Contests my subtree takes part in, with rounds (report filters)' })
  contests(@CurrentActor() actor: Actor) {
    return this.participation.listContests(actor);
  }

  @Get('participation')
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Participation of a subtree (Biểu 01 data): figures per unit, daily series',
  })
  @ApiZodQuery(ParticipationQuerySchema)
  report(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(ParticipationQuerySchema))
    q: z.output<typeof ParticipationQuerySchema>,
  ) {
    return this.participation.report(actor, q);
  }

  @Get('non-participants')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Staff on the lists of the subtree who have not taken part' })
  @ApiZodQuery(NonParticipantsQuerySchema)
  nonParticipants(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(NonParticipantsQuerySchema))
    q: z.output<typeof NonParticipantsQuerySchema>,
  ) {
    return this.participation.nonParticipants(actor, q);
  }

  @Get('off-list')
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      'People who took part in units with a staff list without being on any list (reported beside participants)',
  })
  @ApiZodQuery(OffListQuerySchema)
  offList(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(OffListQuerySchema)) q: z.output<typeof OffListQuerySchema>,
  ) {
    return this.participation.offList(actor, q);
  }

  @Get('collective')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Collective ranking per khối (Biểu 04), with the rule in words' })
  @ApiZodQuery(CollectiveQuerySchema)
  collective(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(CollectiveQuerySchema)) q: z.output<typeof CollectiveQuerySchema>,
  ) {
    return this.participation.collective(actor, q);
  }

  @Post('snapshots')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Freeze a participation report (chốt số liệu)' })
  @ApiZodBody(CreateSnapshotSchema)
  freeze(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Body(new ZodPipe(CreateSnapshotSchema)) body: z.output<typeof CreateSnapshotSchema>,
  ) {
    return this.snapshots.create(actor, meta, body);
  }

  @Get('snapshots')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Frozen reports of my subtree, newest first' })
  @ApiZodQuery(SnapshotListQuerySchema)
  listSnapshots(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(SnapshotListQuerySchema)) q: z.output<typeof SnapshotListQuerySchema>,
  ) {
    return this.snapshots.list(actor, q.unitId);
  }

  @Get('snapshots/:id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'A frozen report, exactly as it was frozen' })
  snapshot(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.snapshots.get(actor, id);
  }

  @Get([
    'participation.xlsx',
    'participation.csv',
    'participation.pdf',
    'non-participants.xlsx',
    'non-participants.csv',
    'non-participants.pdf',
    'attempts.xlsx',
    'attempts.csv',
    'collective.xlsx',
    'collective.csv',
    'collective.pdf',
  ])
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      'Downloads: Biểu 01 (participation), non-participants, Biểu 04 (collective) as .xlsx/.csv/.pdf, Biểu 03 (attempts, streamed) as .xlsx/.csv; same query as the JSON routes. .xlsx and PDF carry the unit’s form header and signatures',
  })
  async download(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Query() raw: Record<string, string>,
    @Res() res: Response,
  ) {
    const [name, ext] = req.path.split('/').pop()!.split('.') as [string, string];
    const kind = name.replace('-', '_') as ReportKind;
    const file = await this.files.prepare(actor, kind, ext as ExportFormat, raw);
    await sendPrepared(res, file);
  }

  @Post('exports')
  @Roles(...STAFF)
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Start an export in the background (large reports); poll GET /reports/exports/:id for progress',
  })
  @ApiZodBody(CreateExportSchema)
  async startExport(
    @CurrentActor() actor: Actor,
    @Body(new ZodPipe(CreateExportSchema)) body: z.output<typeof CreateExportSchema>,
  ) {
    // The query is checked and the data in scope fetched now: a bad request fails here, not later.
    const file = await this.files.prepare(actor, body.report, body.format, body.query);
    return this.jobs.start(
      actor.id,
      { report: body.report, format: body.format, fileName: file.fileName },
      ({ out, progress }) => file.write(out, (done) => progress(done, file.total)),
    );
  }

  @Get('exports/:id')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'An export job: status and rows written so far' })
  exportJob(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.jobs.get(actor.id, id);
  }

  @Get('exports/:id/file')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'The file of a finished export job' })
  async exportFile(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Res() res: Response,
  ) {
    const job = this.jobs.get(actor.id, id);
    const f = this.jobs.file(actor.id, id);
    await sendFile(res, createReadStream(f.path), f.fileName, job.format);
  }

  @Get('snapshots/:id/export')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'A frozen report as Biểu 01 (.xlsx, .csv or .pdf)' })
  async snapshotExport(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Query('format') format: string | undefined,
    @Res() res: Response,
  ) {
    const f = ExportFormatSchema.safeParse(format ?? 'xlsx');
    if (!f.success) throw new AppError('validation_failed');
    const report = await this.snapshots.get(actor, id);
    await sendPrepared(res, await this.files.participationFile(report, f.data));
  }
}

/**
 * Biểu 02 at its round's address. The file is made here, with the other official forms; the
 * data comes from the round's frozen results.
 */
@ApiTags('results')
@ApiBearerAuth()
@Controller('rounds')
export class RoundWinnersController {
  constructor(private readonly files: ReportFilesService) {}

  @Get([':id/winners.xlsx', ':id/winners.pdf', ':id/winners.csv'])
  @Roles('admin', 'organizer')
  @ApiOperation({
    summary:
      'Biểu 02: winners of a finalised round (.xlsx/.pdf/.csv, phones masked), headed and signed by the organising unit',
  })
  async winners(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const format = req.path.split('.').pop() as ExportFormat;
    await sendPrepared(res, await this.files.winnersFile(actor, id, format));
  }
}

/** Headers first, then the bytes as they are made; a failure mid-stream ends the transfer. */
async function sendPrepared(res: Response, file: PreparedFile): Promise<void> {
  setDownloadHeaders(res, file.fileName, file.format);
  try {
    await file.write(res, () => undefined);
  } catch (e) {
    if (!res.headersSent) {
      res.removeHeader('Content-Disposition');
      res.removeHeader('Content-Type');
      throw e;
    }
    res.destroy(e as Error);
  }
}
