import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IntegrityDecisionSchema } from '@cchc/contracts';
import type { z } from 'zod';
import {
  CurrentActor,
  ReqMeta,
  Roles,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { uuid } from '../common/params.js';
import { ApiZodBody, ZodPipe } from '../common/zod.js';
import { IntegrityService } from './integrity.service.js';

@ApiTags('contests')
@ApiBearerAuth()
@Controller()
export class IntegrityController {
  constructor(private readonly integrity: IntegrityService) {}

  @Get('contests/:id/integrity')
  @Roles('admin', 'organizer')
  @ApiOperation({
    summary:
      'Integrity review: entrants who may be one person behind several accounts (shared device, CCCD or phone, registration burst; same name and unit as a weak signal), with decisions',
  })
  review(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.integrity.review(actor, id);
  }

  @Put('contests/:id/integrity/decisions')
  @Roles('admin', 'organizer')
  @ApiOperation({
    summary:
      "Keep or exclude an entrant (audited, may be changed); exclude puts the person on the contest's excluded list",
  })
  @ApiZodBody(IntegrityDecisionSchema)
  decide(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(IntegrityDecisionSchema)) body: z.output<typeof IntegrityDecisionSchema>,
  ) {
    return this.integrity.decide(actor, meta, id, body);
  }
}
