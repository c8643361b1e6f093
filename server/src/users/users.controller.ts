import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateUserSchema, ListUsersQuerySchema } from '@cchc/contracts';
import type { z } from 'zod';
import {
  CurrentActor,
  ReqMeta,
  Roles,
  type Actor,
  type RequestMeta,
} from '../common/auth.decorators.js';
import { ApiZodBody, ApiZodQuery, ZodPipe } from '../common/zod.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@Roles('admin', 'organizer')
export class UsersController {
  constructor(private readonly users: UsersService) {}

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
  @ApiOperation({ summary: 'Accounts in scope' })
  @ApiZodQuery(ListUsersQuerySchema)
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(ListUsersQuerySchema)) query: z.output<typeof ListUsersQuerySchema>,
  ) {
    return this.users.list(actor, query);
  }
}
