import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
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
  BulkQuestionActionSchema,
  CreateAreaSchema,
  CreateQuestionSchema,
  QuestionExportQuerySchema,
  QuestionImportQuerySchema,
  QuestionListQuerySchema,
  QuestionTemplateQuerySchema,
  UpdateQuestionSchema,
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
import { QuestionImportService } from './question-import.service.js';
import { QuestionsService } from './questions.service.js';

@ApiTags('question-bank')
@ApiBearerAuth()
@Controller()
@Roles('admin', 'organizer')
export class QuestionsController {
  constructor(
    private readonly questions: QuestionsService,
    private readonly importer: QuestionImportService,
  ) {}

  @Get('question-areas')
  @ApiOperation({ summary: 'Question areas (the seven defaults and those organisers added)' })
  areas() {
    return this.questions.areas();
  }

  @Post('question-areas')
  @ApiOperation({ summary: 'Add an area' })
  @ApiZodBody(CreateAreaSchema)
  createArea(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Body(new ZodPipe(CreateAreaSchema)) body: z.output<typeof CreateAreaSchema>,
  ) {
    return this.questions.createArea(actor, meta, body);
  }

  @Get('questions')
  @ApiOperation({
    summary:
      'Questions in scope with filters, accent-insensitive search and counts per area × difficulty',
  })
  @ApiZodQuery(QuestionListQuerySchema)
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(QuestionListQuerySchema)) q: z.output<typeof QuestionListQuerySchema>,
  ) {
    return this.questions.list(actor, q);
  }

  @Post('questions')
  @ApiOperation({
    summary: 'Create a question (409 duplicate_question when the stem is already in the bank)',
  })
  @ApiZodBody(CreateQuestionSchema)
  create(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Body(new ZodPipe(CreateQuestionSchema)) body: z.output<typeof CreateQuestionSchema>,
  ) {
    return this.questions.create(actor, meta, body);
  }

  @Post('questions/bulk')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish, retire, tag or untag many questions' })
  @ApiZodBody(BulkQuestionActionSchema)
  bulk(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Body(new ZodPipe(BulkQuestionActionSchema)) body: z.output<typeof BulkQuestionActionSchema>,
  ) {
    return this.questions.bulk(actor, meta, body);
  }

  @Get('questions/import/template')
  @ApiOperation({ summary: 'Download the question import template' })
  @ApiZodQuery(QuestionTemplateQuerySchema)
  async template(
    @Query(new ZodPipe(QuestionTemplateQuerySchema))
    q: z.output<typeof QuestionTemplateQuerySchema>,
    @Res() res: Response,
  ) {
    sendSpreadsheet(res, await this.importer.template(q.format), 'mau-nhap-cau-hoi', q.format);
  }

  @Post('questions/import')
  @ApiFileUpload()
  @ApiOperation({
    summary:
      'Import .xlsx/.csv/Aiken/GIFT; dryRun=true (default) writes nothing; a real import is all-or-nothing',
  })
  @ApiZodQuery(QuestionImportQuerySchema)
  import(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Query(new ZodPipe(QuestionImportQuerySchema)) q: z.output<typeof QuestionImportQuerySchema>,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Req() req: Request,
  ) {
    return this.importer.import(
      actor,
      meta,
      requireFile(file),
      q,
      pickLang(req.headers['accept-language']),
    );
  }

  @Get('questions/export')
  @ApiOperation({ summary: 'Export questions in the import template layout (formula-safe cells)' })
  @ApiZodQuery(QuestionExportQuerySchema)
  async export(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(QuestionExportQuerySchema)) q: z.output<typeof QuestionExportQuerySchema>,
    @Res() res: Response,
  ) {
    const { format, ...filters } = q;
    sendSpreadsheet(
      res,
      await this.importer.export(actor, { ...filters, page: 1, pageSize: 200 }, format),
      'ngan-hang-cau-hoi',
      format,
    );
  }

  @Get('questions/:id')
  @ApiOperation({ summary: 'One question' })
  async get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.questions.toDto(await this.questions.get(actor, id), actor);
  }

  @Get('questions/:id/revisions')
  @ApiOperation({ summary: 'Every revision of a question, newest first' })
  revisions(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.questions.revisions(actor, id);
  }

  @Patch('questions/:id')
  @ApiOperation({ summary: 'Edit (content changes create a new revision)' })
  @ApiZodBody(UpdateQuestionSchema)
  update(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(UpdateQuestionSchema)) body: z.output<typeof UpdateQuestionSchema>,
  ) {
    return this.questions.update(actor, meta, id, body);
  }

  @Delete('questions/:id')
  @ApiOperation({ summary: 'Retire a question (it stays readable, attempts keep their text)' })
  retire(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
  ) {
    return this.questions.retire(actor, meta, id);
  }
}
