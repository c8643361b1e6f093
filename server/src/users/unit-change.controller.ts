import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateUnitChangeSchema,
  DecideUnitChangeSchema,
  ListUnitChangesQuerySchema,
} from '@cchc/contracts';
import type { z } from 'zod';
import {
  CurrentActor,
  ReqMeta,
  Roles,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { uuid } from '../common/params.js';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../common/zod.js';
import { UnitChangeService } from './unit-change.service.js';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me/unit-change')
export class MyUnitChangeController {
  constructor(private readonly changes: UnitChangeService) {}

  @Get()
  @ApiOperation({
    summary: 'Own unit change request: the pending one, or else the latest decided (null: none)',
  })
  mine(@CurrentActor() actor: Actor) {
    return this.changes.mine(actor);
  }

  @Post()
  @Roles('participant')
  @ApiOperation({
    summary:
      'Ask to move to another unit; the receiving unit’s focal person decides. One pending request at a time (409 unit_change_pending: withdraw it first)',
  })
  @ApiZodBody(CreateUnitChangeSchema)
  request(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Body(new ZodPipe(CreateUnitChangeSchema)) body: z.output<typeof CreateUnitChangeSchema>,
  ) {
    return this.changes.request(actor, meta, body);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw own pending unit change request' })
  async withdraw(@CurrentActor() actor: Actor, @ReqMeta() meta: RequestMeta): Promise<void> {
    await this.changes.withdraw(actor, meta);
  }
}

@ApiTags('users')
@ApiBearerAuth()
@Controller('unit-change-requests')
@Roles('admin', 'organizer', 'reporter')
export class UnitChangeRequestsController {
  constructor(private readonly changes: UnitChangeService) {}

  @Get()
  @ApiOperation({
    summary: 'Unit change requests into units of the caller’s subtree, oldest first',
  })
  @ApiZodQuery(ListUnitChangesQuerySchema)
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(ListUnitChangesQuerySchema))
    query: z.output<typeof ListUnitChangesQuerySchema>,
  ) {
    return this.changes.list(actor, query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Approve: the person moves to the requested unit (as PATCH /api/users/:id would move them, audited); their next attempt counts there',
  })
  @ApiZodBody(DecideUnitChangeSchema)
  approve(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(DecideUnitChangeSchema)) body: z.output<typeof DecideUnitChangeSchema>,
  ) {
    return this.changes.approve(actor, meta, id, body);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject, with an optional reason shown to the person' })
  @ApiZodBody(DecideUnitChangeSchema)
  reject(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(DecideUnitChangeSchema)) body: z.output<typeof DecideUnitChangeSchema>,
  ) {
    return this.changes.reject(actor, meta, id, body);
  }
}
