import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ParticipationQuerySchema } from '@cchc/contracts';
import { CurrentActor, Roles, type Actor } from '../common/auth.decorators.js';
import { ApiZodQuery, ZodPipe } from '../common/zod.js';
import { ParticipationService } from './participation.service.js';

const STAFF = ['admin', 'organizer', 'reporter'] as const;

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly participation: ParticipationService) {}

  @Get('contests')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Contests my subtree takes part in, with rounds (report filters)' })
  contests(@CurrentActor() actor: Actor) {
    return this.participation.listContests(actor).then((rows) =>
      rows.map((c) => ({ id: c.id, title: c.title, status: c.status, rounds: c.rounds })),
    );
  }

  @Get('participation')
  @Roles(...STAFF)
  @ApiOperation({
    summary: 'Participation of a subtree (Biểu 01 data): figures per unit, daily series',
  })
  @ApiZodQuery(ParticipationQuerySchema)
  report(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(ParticipationQuerySchema)) q: ReturnType<typeof ParticipationQuerySchema.parse>,
  ) {
    return this.participation.report(actor, q);
  }
}
