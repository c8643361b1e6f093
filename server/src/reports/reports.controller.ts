import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CollectiveQuerySchema,
  CreateSnapshotSchema,
  NonParticipantsQuerySchema,
  OffListQuerySchema,
  ParticipationQuerySchema,
  SnapshotListQuerySchema,
  CreateExportSchema,
  ReportDownloadParamsSchema,
  RoundWinnersParamsSchema,
  SnapshotExportQuerySchema,
} from '@cchc/contracts';
import type { z } from 'zod';
import { PathPipe, uuid } from '../common/params.js';
import {
  CurrentActor,
  ReqMeta,
  Roles,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { ApiZodBody, ApiZodParams, ApiZodQuery, ZodPipe } from '../common/zod.js';
import { sendFile, setDownloadHeaders } from '../common/spreadsheet.js';
import { ExportJobsService } from './exports/export-jobs.js';
import { ParticipationService } from './participation.service.js';
import { ReportFilesService, type PreparedFile } from './report-files.service.js';
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

  // `participation.xlsx`, `non-participants.pdf`…: a name with a dot, so no JSON route (all
  // dotless) can ever be taken for a download, whatever the order of the routes.
  @Get(':kind.:format')
  @ApiZodParams(ReportDownloadParamsSchema)
  @Roles(...STAFF)
  @ApiOperation({
    summary:
      'Downloads: Biểu 01 (participation), non-participants, Biểu 04 (collective) as .xlsx/.csv/.pdf, Biểu 03 (attempts, streamed) as .xlsx/.csv; same query as the JSON routes. .xlsx and PDF carry the unit’s form header and signatures',
  })
  async download(
    @CurrentActor() actor: Actor,
    @Param(new PathPipe(ReportDownloadParamsSchema))
    params: z.output<typeof ReportDownloadParamsSchema>,
    @Query() raw: Record<string, string>,
    @Res() res: Response,
  ) {
    const file = await this.files.prepare(actor, params.report, params.format, raw);
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
  @ApiZodQuery(SnapshotExportQuerySchema)
  async snapshotExport(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Query(new ZodPipe(SnapshotExportQuerySchema)) q: z.output<typeof SnapshotExportQuerySchema>,
    @Res() res: Response,
  ) {
    const report = await this.snapshots.get(actor, id);
    await sendPrepared(res, await this.files.participationFile(report, q.format));
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

  @Get(':id/winners.:format')
  @ApiZodParams(RoundWinnersParamsSchema)
  @Roles('admin', 'organizer')
  @ApiOperation({
    summary:
      'Biểu 02: winners of a finalised round (.xlsx/.pdf/.csv, phones masked), headed and signed by the organising unit',
  })
  async winners(
    @CurrentActor() actor: Actor,
    @Param(new PathPipe(RoundWinnersParamsSchema)) p: z.output<typeof RoundWinnersParamsSchema>,
    @Res() res: Response,
  ) {
    await sendPrepared(res, await this.files.winnersFile(actor, p.id, p.format));
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
