import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '../common/auth.decorators.js';
import { OverviewService } from './overview.service.js';

@ApiTags('contests')
@ApiBearerAuth()
@Controller()
export class OverviewController {
  constructor(private readonly overview: OverviewService) {}

  @Get('organizer/overview')
  @Roles('admin', 'organizer')
  @ApiOperation({
    summary:
      'Organiser home: running rounds with entries so far, rounds opening next, rounds to finalise, contests by status',
  })
  get(@CurrentActor() actor: Actor) {
    return this.overview.overview(actor);
  }
}
