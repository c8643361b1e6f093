import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  BulkUsersSchema,
  CreateUserSchema,
  ListUsersQuerySchema,
  UpdateUserSchema,
} from '@cchc/contracts';
import type { Request } from 'express';
import type { z } from 'zod';
import {
  CurrentActor,
  ReqMeta,
  Roles,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { uuid } from '../common/params.js';
import { ENV, type Env } from '../config/env.js';
import { publicOrigin } from '../config/public-url.js';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../common/zod.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@Roles('admin', 'organizer')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create an organiser, reporter (or, for admins, admin) account in scope',
  })
  @ApiZodBody(CreateUserSchema)
  create(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Body(new ZodPipe(CreateUserSchema)) body: z.output<typeof CreateUserSchema>,
  ) {
    return this.users.create(actor, meta, body);
  }

  @Get()
  @Roles('admin', 'organizer', 'reporter')
  @ApiOperation({
    summary:
      'Accounts the caller manages (a reporter: participants and reporters of their subtree), searched and filtered by unit, role and state',
  })
  @ApiZodQuery(ListUsersQuerySchema)
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(ListUsersQuerySchema)) query: z.output<typeof ListUsersQuerySchema>,
  ) {
    return this.users.list(actor, query);
  }

  @Patch(':id')
  @Roles('admin', 'organizer', 'reporter')
  @ApiOperation({
    summary:
      'Edit an account in scope: name, contacts, unit, role (admin only by an admin), active (false ends its sessions)',
  })
  @ApiZodBody(UpdateUserSchema)
  update(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Body(new ZodPipe(UpdateUserSchema)) body: z.output<typeof UpdateUserSchema>,
  ) {
    return this.users.update(actor, meta, id, body);
  }

  @Post(':id/one-time-code')
  @Roles('admin', 'organizer', 'reporter')
  @ApiOperation({
    summary:
      'Issue a one-time code for an account in scope: activation (no password yet) or password reset; the previous code stops working',
  })
  oneTimeCode(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
  ) {
    return this.users.issueCode(actor, meta, id);
  }

  @Post('bulk')
  @Roles('admin', 'organizer', 'reporter')
  @ApiOperation({
    summary:
      'Deactivate, reactivate or issue codes for many accounts, all in scope or none; codes come as login slips (PDF, .xlsx) for the caller for SLIP_FILES_MINUTES',
  })
  @ApiZodBody(BulkUsersSchema)
  bulk(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Body(new ZodPipe(BulkUsersSchema)) body: z.output<typeof BulkUsersSchema>,
    @Req() req: Request,
  ) {
    return this.users.bulk(actor, meta, body, publicOrigin(this.env, req));
  }

  @Get(':id/merge-into/:otherId')
  @Roles('admin', 'organizer', 'reporter')
  @ApiOperation({
    summary:
      'Both accounts of a merge side by side (attempts, on a staff list or not), after the merge’s own checks',
  })
  mergePreview(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('otherId', uuid) otherId: string,
  ) {
    return this.users.mergePreview(actor, id, otherId);
  }

  @Post(':id/merge-into/:otherId')
  @HttpCode(200)
  @Roles('admin', 'organizer', 'reporter')
  @ApiOperation({
    summary:
      'Merge a duplicate account into the person’s other one (both in scope, participants or reporters): attempts and staff-list links move, the better attempt counts, the duplicate is deactivated and kept',
  })
  mergeInto(
    @CurrentActor() actor: Actor,
    @ReqMeta() meta: RequestMeta,
    @Param('id', uuid) id: string,
    @Param('otherId', uuid) otherId: string,
  ) {
    return this.users.mergeInto(actor, meta, id, otherId);
  }
}
