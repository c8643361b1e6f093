import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CollectiveQuerySchema,
  CreateSnapshotSchema,
  NonParticipantsQuerySchema,
  ParticipationQuerySchema,
  SnapshotListQuerySchema,
} from '@cchc/contracts';
import type { z } from 'zod';
import { AppError } from '../common/app-error.js';
import {
  CurrentActor,
  ReqMeta,
  Roles,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../common/zod.js';
import { ParticipationService } from './participation.service.js';
import { SnapshotsService } from './snapshots.service.js';

const STAFF = ['admin', 'organizer', 'reporter'] as const;
const uuid = new ParseUUIDPipe({ exceptionFactory: () => new AppError('not_found') });

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly participation: ParticipationService,
    private readonly snapshots: SnapshotsService,
  ) {}

  @Get('contests')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Contests my subtree takes part in, with rounds (report filters)' })
  async contests(@CurrentActor() actor: Actor) {
    const rows = await this.participation.listContests(actor);
    return rows.map((c) => ({ id: c.id, title: c.title, status: c.status, rounds: c.rounds }));
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
}
