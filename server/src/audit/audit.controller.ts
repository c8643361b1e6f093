import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from './audit.service.js';
import { z } from 'zod';
import { Roles } from '../common/auth.decorators.js';
import { ApiZodQuery, ZodPipe } from '../common/zod.js';
import { lineText, queryInt } from '@cchc/contracts';

export const AuditQuerySchema = z.strictObject({
  targetType: lineText().max(50).optional(),
  targetId: lineText().max(64).optional(),
  actorId: z.uuid().optional(),
  page: queryInt().min(1).default(1),
  pageSize: queryInt().min(1).max(200).default(50),
});

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
