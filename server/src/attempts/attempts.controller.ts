import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SaveAnswerSchema, StartAttemptSchema, SubmitAttemptSchema } from '@cchc/contracts';
import type { Response } from 'express';
import type { z } from 'zod';
import { uuid } from '../common/params.js';
import { CurrentActor, ReqMeta, type Actor, type RequestMeta } from '../common/auth.decorators.js';
import { ApiZodBody, ZodPipe } from '../common/zod.js';
import { AttemptsService } from './attempts.service.js';

const optionalBody = StartAttemptSchema.optional().transform((b) => b ?? {});

@ApiTags('attempts')
@ApiBearerAuth()
@Controller()
export class AttemptsController {
  constructor(private readonly attempts: AttemptsService) {}

  @Get('me/rounds')
  @ApiOperation({ summary: 'Rounds I may take (open, upcoming, closed) with my attempts' })
  myRounds(@CurrentActor() actor: Actor) {
    return this.attempts.myRounds(actor);
  }

  @Get('me/rounds/:id')
  @ApiOperation({
    summary:
      'The start screen of a round: my attempts left, eligibility and the server time (before the clock starts)',
  })
  briefing(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.attempts.briefing(actor, id);
  }

  @Get('me/home')
  @ApiOperation({
    summary:
      'My home page: rounds (as /me/rounds) with the server time, and my latest results with my rank',
  })
  home(@CurrentActor() actor: Actor) {
    return this.attempts.home(actor);
  }

  @Get('me/attempts')
  @ApiOperation({ summary: 'My attempts, newest first' })
  myAttempts(@CurrentActor() actor: Actor) {
    return this.attempts.myAttempts(actor);
  }

  @Post('rounds/:id/attempts')
  @ApiOperation({
    summary:
      'Start an attempt (201) or resume my open one (200): questions without answers, deadline and serverNow',
  })
  @ApiZodBody(StartAttemptSchema)
  async start(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(optionalBody)) body: z.output<typeof optionalBody>,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { created, attempt } = await this.attempts.start(actor, meta, id, body);
    res.status(created ? 201 : 200);
    return attempt;
  }

  @Get('attempts/:id')
  @ApiOperation({ summary: 'My attempt; correct answers only once the review is open' })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.attempts.get(actor, id);
  }

  @Get('attempts/:id/standing')
  @ApiOperation({
    summary:
      'My rank in the round (provisional until finalised) and my prediction against the frozen actual',
  })
  standing(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.attempts.standingOf(actor, id);
  }

  @Put('attempts/:id/answers/:questionId')
  @ApiOperation({
    summary:
      'Autosave one answer (idempotent; a lower seq is ignored; refused after deadline + grace)',
  })
  @ApiZodBody(SaveAnswerSchema)
  save(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('questionId', uuid) questionId: string,
    @Body(new ZodPipe(SaveAnswerSchema)) body: z.output<typeof SaveAnswerSchema>,
  ) {
    return this.attempts.saveAnswer(actor, id, questionId, body);
  }

  @Post('attempts/:id/submit')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Submit with the prediction (idempotent: a repeat returns the same result)',
  })
  @ApiZodBody(SubmitAttemptSchema)
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(SubmitAttemptSchema)) body: z.output<typeof SubmitAttemptSchema>,
  ) {
    return this.attempts.submit(actor, id, body);
  }
}
