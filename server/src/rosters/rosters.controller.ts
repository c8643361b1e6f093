import {
  Body,
  Controller,
  Delete,
  Get,
  Inject,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
  UploadedFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  RosterAccountlessQuerySchema,
  RosterAccountsSchema,
  RosterAddAccountSchema,
  RosterCandidatesQuerySchema,
  RosterImportQuerySchema,
  RosterLinkSchema,
  RosterQuerySchema,
  RosterTemplateQuerySchema,
} from '@cchc/contracts';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { ApiFileUpload, requireFile, uuid } from '../common/params.js';
import {
  CurrentActor,
  ReqMeta,
  Roles,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { pickLang } from '../common/messages.js';
import { sendSpreadsheet } from '../common/spreadsheet.js';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../common/zod.js';
import { createReadStream } from 'node:fs';
import { AppError } from '../common/app-error.js';
import { sendFile } from '../common/spreadsheet.js';
import { ENV, type Env } from '../config/env.js';
import { publicOrigin } from '../config/public-url.js';
import { RosterAccountsService } from './roster-accounts.service.js';
import { RosterImportService } from './roster-import.service.js';
import { RostersService } from './rosters.service.js';

@ApiTags('rosters')
@ApiBearerAuth()
@Controller()
@Roles('admin', 'organizer', 'reporter')
export class RostersController {
  constructor(
    private readonly rosters: RostersService,
    private readonly importer: RosterImportService,
    private readonly accounts: RosterAccountsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Post('units/:id/roster/accounts')
  @ApiOperation({
    summary:
      'Accounts for the current staff-list entries without one (the unit, its subtree, or the entryIds given), each with an activation code; the login slips (PDF, .xlsx) are downloadable by the caller for SLIP_FILES_MINUTES',
  })
  @ApiZodBody(RosterAccountsSchema)
  createAccounts(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(RosterAccountsSchema)) body: z.output<typeof RosterAccountsSchema>,
    @Req() req: Request,
  ) {
    return this.accounts.create(actor, meta, id, body, publicOrigin(this.env, req));
  }

  @Get('roster/accounts-progress/:progressId')
  @ApiOperation({
    summary:
      'How far a running POST units/:id/roster/accounts sent with this progressId is (its caller only; kept in the serving process for SLIP_FILES_MINUTES after it ends, 404 otherwise)',
  })
  accountsProgress(@CurrentActor() actor: Actor, @Param('progressId', uuid) progressId: string) {
    return this.accounts.progress(actor, progressId);
  }

  @Get('units/:id/roster/accountless')
  @ApiOperation({
    summary: 'How many current staff-list entries of the unit (or its subtree) have no account',
  })
  @ApiZodQuery(RosterAccountlessQuerySchema)
  accountless(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Query(new ZodPipe(RosterAccountlessQuerySchema))
    q: z.output<typeof RosterAccountlessQuerySchema>,
  ) {
    return this.accounts.accountless(actor, id, q.subtree === 'true');
  }

  @Get('roster/slips/:file')
  @ApiOperation({
    summary:
      'Login slips made by POST units/:id/roster/accounts: <token>.pdf or <token>.xlsx, for their maker only',
  })
  async slips(@CurrentActor() actor: Actor, @Param('file') file: string, @Res() res: Response) {
    const found = await this.accounts.files.find(actor.id, file);
    if (!found) throw new AppError('not_found');
    await sendFile(res, createReadStream(found.path), 'phieu-dang-nhap', found.format);
  }

  @Get('units/:id/roster')
  @ApiOperation({ summary: 'Current staff list of a unit, in Vietnamese alphabetical order' })
  @ApiZodQuery(RosterQuerySchema)
  list(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Query(new ZodPipe(RosterQuerySchema)) q: z.output<typeof RosterQuerySchema>,
  ) {
    return this.rosters.list(actor, id, q);
  }

  @Get('units/:id/roster/template')
  @ApiOperation({ summary: 'Download the staff list template (.xlsx or .csv)' })
  @ApiZodQuery(RosterTemplateQuerySchema)
  async template(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Query(new ZodPipe(RosterTemplateQuerySchema)) q: z.output<typeof RosterTemplateQuerySchema>,
    @Res() res: Response,
  ) {
    await this.rosters.assertUnit(actor, id);
    sendSpreadsheet(res, await this.importer.template(q.format), 'mau-danh-sach-can-bo', q.format);
  }

  @Get('units/:id/roster/candidates')
  @ApiOperation({
    summary: 'Up to 20 participant accounts of the unit’s subtree not linked yet (link picker)',
  })
  @ApiZodQuery(RosterCandidatesQuerySchema)
  candidates(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Query(new ZodPipe(RosterCandidatesQuerySchema))
    q: z.output<typeof RosterCandidatesQuerySchema>,
  ) {
    return this.rosters.candidates(actor, id, q);
  }

  @Post('units/:id/roster/import')
  @ApiFileUpload()
  @ApiOperation({
    summary:
      'Import the staff list from .xlsx/.csv; dryRun=true (default) validates and counts without writing',
  })
  @ApiZodQuery(RosterImportQuerySchema)
  import(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Query(new ZodPipe(RosterImportQuerySchema)) q: z.output<typeof RosterImportQuerySchema>,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Req() req: Request,
  ) {
    return this.importer.import(
      actor,
      meta,
      id,
      requireFile(file),
      { dryRun: q.dryRun, mode: q.mode },
      pickLang(req.headers['accept-language']),
    );
  }

  @Post('units/:id/roster/entries')
  @ApiOperation({
    summary:
      'Put a participant who took part without being on any list onto the unit’s staff list, linked',
  })
  @ApiZodBody(RosterAddAccountSchema)
  addAccount(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(RosterAddAccountSchema)) body: z.output<typeof RosterAddAccountSchema>,
  ) {
    return this.rosters.addAccount(actor, meta, id, body);
  }

  @Put('roster/:entryId/link')
  @ApiOperation({ summary: 'Link a participant account to a roster entry by hand' })
  @ApiZodBody(RosterLinkSchema)
  link(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('entryId', uuid) entryId: string,
    @Body(new ZodPipe(RosterLinkSchema)) body: z.output<typeof RosterLinkSchema>,
  ) {
    return this.rosters.link(actor, meta, entryId, body.userId);
  }

  @Delete('roster/:entryId/link')
  @ApiOperation({
    summary: 'Unlink the account of a roster entry (imports will not link it again by themselves)',
  })
  unlink(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('entryId', uuid) entryId: string,
  ) {
    return this.rosters.unlink(actor, meta, entryId);
  }
}
