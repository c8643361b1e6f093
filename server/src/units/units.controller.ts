import {
  Body,
  Controller,
  Get,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateUnitSchema,
  MergeUnitSchema,
  UnitImportQuerySchema,
  UnitTemplateQuerySchema,
  UpdateUnitSchema,
} from '@cchc/contracts';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { ApiFileUpload, requireFile, uuid } from '../common/params.js';
import {
  CurrentActor,
  Public,
  ReqMeta,
  Roles,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { pickLang } from '../common/messages.js';
import { sendSpreadsheet } from '../common/spreadsheet.js';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../common/zod.js';
import { UnitsImportService } from './units-import.service.js';
import { UnitsService } from './units.service.js';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly importer: UnitsImportService,
  ) {}

  @Public()
  @Get('public')
  @ApiOperation({ summary: 'Active units with their path, for the registration unit picker' })
  listPublic() {
    return this.units.listPublic();
  }

  @Get()
  @ApiOperation({
    summary: 'Units in the caller’s scope (flat list; build the tree from parentId)',
  })
  list(@CurrentActor() actor: Actor) {
    return this.units.list(actor);
  }

  @Post()
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'Create a unit inside the caller’s subtree' })
  @ApiZodBody(CreateUnitSchema)
  create(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Body(new ZodPipe(CreateUnitSchema)) body: z.output<typeof CreateUnitSchema>,
  ) {
    return this.units.create(actor, meta, body);
  }

  @Get('import/template')
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'Download the import template (.xlsx or .csv)' })
  @ApiZodQuery(UnitTemplateQuerySchema)
  async template(
    @Query(new ZodPipe(UnitTemplateQuerySchema)) q: z.output<typeof UnitTemplateQuerySchema>,
    @Res() res: Response,
  ) {
    sendSpreadsheet(res, await this.importer.template(q.format), 'mau-nhap-don-vi', q.format);
  }

  @Post('import')
  @Roles('admin', 'organizer')
  @ApiFileUpload()
  @ApiOperation({
    summary: 'Import units from .xlsx/.csv; dryRun=true (default) validates without writing',
  })
  @ApiZodQuery(UnitImportQuerySchema)
  import(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Query(new ZodPipe(UnitImportQuerySchema)) q: z.output<typeof UnitImportQuerySchema>,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Req() req: Request,
  ) {
    return this.importer.import(
      actor,
      meta,
      requireFile(file),
      q.dryRun,
      pickLang(req.headers['accept-language']),
    );
  }

  @Get(':id')
  @ApiOperation({ summary: 'One unit in scope' })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.units.get(actor, id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Headcount declarations and rename/move/merge events' })
  history(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.units.history(actor, id);
  }

  @Patch(':id')
  @Roles('admin', 'organizer', 'reporter')
  @ApiOperation({
    summary: 'Rename, move, set target or declare a headcount (reporters: headcount only)',
  })
  @ApiZodBody(UpdateUnitSchema)
  update(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(UpdateUnitSchema)) body: z.output<typeof UpdateUnitSchema>,
  ) {
    return this.units.update(actor, meta, id, body);
  }

  @Post(':id/merge')
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'Merge this unit into another, keeping its history' })
  @ApiZodBody(MergeUnitSchema)
  merge(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(MergeUnitSchema)) body: z.output<typeof MergeUnitSchema>,
  ) {
    return this.units.merge(actor, meta, id, body);
  }
}
