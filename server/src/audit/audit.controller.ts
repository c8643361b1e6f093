import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from './audit.service.js';
import type { z } from 'zod';
import { Roles } from '../common/auth.decorators.js';
import { ApiZodQuery, ZodPipe } from '../common/zod.js';
import { AuditQuerySchema } from '@cchc/contracts';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'Audit log of organiser and admin actions, newest first (admin)' })
  @ApiZodQuery(AuditQuerySchema)
  list(@Query(new ZodPipe(AuditQuerySchema)) q: z.output<typeof AuditQuerySchema>) {
    return this.audit.list(q);
  }
}
