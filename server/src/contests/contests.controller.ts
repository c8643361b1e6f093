import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  BlueprintCheckRequestSchema,
  CreateContestSchema,
  CreateRoundSchema,
  UpdateContestSchema,
  UpdateRoundSchema,
} from '@cchc/contracts';
import type { z } from 'zod';
import { uuid } from '../common/params.js';
import {
  CurrentActor,
  ReqMeta,
  Roles,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { ApiZodBody, ZodPipe } from '../common/zod.js';
import { ContestsService } from './contests.service.js';

@ApiTags('contests')
@ApiBearerAuth()
@Controller()
export class ContestsController {
  constructor(private readonly contests: ContestsService) {}

  @Get('contests')
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'Contests organised in my subtree, with their rounds' })
  list(@CurrentActor() actor: Actor) {
    return this.contests.list(actor);
  }

  @Post('contests')
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'Create a contest (draft)' })
  @ApiZodBody(CreateContestSchema)
  create(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Body(new ZodPipe(CreateContestSchema)) body: z.output<typeof CreateContestSchema>,
  ) {
    return this.contests.create(actor, meta, body);
  }

  @Get('contests/:id')
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'One contest with its rounds' })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.contests.get(actor, id);
  }

  @Patch('contests/:id')
  @Roles('admin', 'organizer')
  @ApiOperation({
    summary: 'Edit a contest or move its status (draft → published → closed → results_published)',
  })
  @ApiZodBody(UpdateContestSchema)
  update(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(UpdateContestSchema)) body: z.output<typeof UpdateContestSchema>,
  ) {
    return this.contests.update(actor, meta, id, body);
  }

  @Get('contests/:id/rules')
  @ApiOperation({ summary: 'The rules page (thể lệ): edited text, or generated from the settings' })
  rules(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.contests.rulesFor(actor, id);
  }

  @Post('contests/:id/rounds')
  @Roles('admin', 'organizer')
  @ApiOperation({
    summary: 'Add a round (422 bank_insufficient when the bank cannot supply the draw)',
  })
  @ApiZodBody(CreateRoundSchema)
  createRound(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(CreateRoundSchema)) body: z.output<typeof CreateRoundSchema>,
  ) {
    return this.contests.createRound(actor, meta, id, body);
  }

  @Post('rounds/blueprint-check')
  @HttpCode(200)
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'Can the bank supply this draw blueprint? Warns below 5× variety' })
  @ApiZodBody(BlueprintCheckRequestSchema)
  blueprintCheck(
    @CurrentActor() actor: Actor,
    @Body(new ZodPipe(BlueprintCheckRequestSchema))
    body: z.output<typeof BlueprintCheckRequestSchema>,
  ) {
    return this.contests.checkBlueprintFor(
      actor,
      body.organizerUnitId,
      body.blueprint,
      body.track ?? null,
    );
  }

  @Get('rounds/:id')
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'One round' })
  getRound(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.contests.getRound(actor, id);
  }

  @Patch('rounds/:id')
  @Roles('admin', 'organizer')
  @ApiOperation({
    summary:
      'Edit a round; once attempts exist the draw, timing and scoring are frozen (409) and other changes need a reason',
  })
  @ApiZodBody(UpdateRoundSchema)
  updateRound(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(UpdateRoundSchema)) body: z.output<typeof UpdateRoundSchema>,
  ) {
    return this.contests.updateRound(actor, meta, id, body);
  }
}
