import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DisqualifySchema,
  FinalizeRoundSchema,
  ItemStatsQuerySchema,
  LeaderboardQuerySchema,
} from '@cchc/contracts';
import type { z } from 'zod';
import { uuid } from '../common/params.js';
import {
  CurrentActor,
  Public,
  ReqMeta,
  Roles,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../common/zod.js';
import { ContestsService } from '../contests/contests.service.js';
import { ScopePolicy } from '../scope/scope.policy.js';
import { LeaderboardService } from '../leaderboard/leaderboard.service.js';
import { ResultsService } from './results.service.js';

@ApiTags('results')
@ApiBearerAuth()
@Controller()
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly boards: LeaderboardService,
    private readonly contests: ContestsService,
    private readonly scope: ScopePolicy,
  ) {}

  @Get('rounds/:id/leaderboard')
  @ApiOperation({
    summary: 'Round ranking: the frozen one once finalised, else live by correct, time, submission',
  })
  @ApiZodQuery(LeaderboardQuerySchema)
  async leaderboard(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Query(new ZodPipe(LeaderboardQuerySchema)) q: z.output<typeof LeaderboardQuerySchema>,
  ) {
    const { round, contest } = await this.contests.viewableRound(actor, id);
    const unitPath = q.unitId ? (await this.scope.unitToNarrowBoard(q.unitId)).path : undefined;
    return this.boards.leaderboard(
      id,
      { limit: q.limit, offset: q.offset, track: q.track, unitPath },
      round.track ?? contest.tracks[0] ?? 'staff',
    );
  }

  @Post('rounds/:id/finalize')
  @HttpCode(200)
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'Freeze actual, ranking and prizes (re-finalising needs a reason)' })
  @ApiZodBody(FinalizeRoundSchema)
  finalize(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(FinalizeRoundSchema)) body: z.output<typeof FinalizeRoundSchema>,
  ) {
    return this.results.finalize(actor, meta, id, body.reason || undefined);
  }

  @Post('rounds/:id/disqualifications')
  @HttpCode(200)
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'Disqualify an entry (reason required, audited; re-finalise to apply)' })
  @ApiZodBody(DisqualifySchema)
  disqualify(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(DisqualifySchema)) body: z.output<typeof DisqualifySchema>,
  ) {
    return this.results.disqualify(actor, meta, id, body.userId, body.reason);
  }

  @Delete('rounds/:id/disqualifications/:userId')
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'Reinstate a disqualified entry (audited)' })
  reinstate(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Param('userId', uuid) userId: string,
  ) {
    return this.results.disqualify(actor, meta, id, userId, null);
  }

  @Get('rounds/:id/results')
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'The latest frozen result of a round' })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.results.results(actor, id);
  }

  @Get('contests/:id/awards')
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'Prizes awarded over the finalised rounds of a contest' })
  awards(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.results.awards(actor, id);
  }

  @Get('questions/stats')
  @Roles('admin', 'organizer')
  @ApiOperation({ summary: 'Item analysis of a round: facility and discrimination per question' })
  @ApiZodQuery(ItemStatsQuerySchema)
  stats(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(ItemStatsQuerySchema)) q: z.output<typeof ItemStatsQuerySchema>,
  ) {
    return this.results.itemStats(actor, q.roundId);
  }

  @Get('public/rounds/:id/results')
  @Public()
  @ApiOperation({ summary: 'Public winners list: name, unit and prize only' })
  publicResults(@Param('id', uuid) id: string) {
    return this.results.publicResults(id);
  }
}
