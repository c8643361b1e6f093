import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Roles } from '../common/auth.decorators.js';
import { ApiZodQuery, ZodPipe } from '../common/zod.js';

const AuditQuerySchema = z.strictObject({
  targetType: z.string().max(50).optional(),
  targetId: z.string().max(64).optional(),
  actorId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
@Roles('admin')
export class AuditController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Audit log of organiser and admin actions, newest first (admin)' })
  @ApiZodQuery(AuditQuerySchema)
  async list(@Query(new ZodPipe(AuditQuerySchema)) q: z.output<typeof AuditQuerySchema>) {
    const where: string[] = [];
    const params: unknown[] = [];
    for (const [col, v] of [
      ['a.target_type', q.targetType],
      ['a.target_id', q.targetId],
      ['a.actor_id', q.actorId],
    ] as const) {
      if (v) {
        params.push(v);
        where.push(`${col} = $${params.length}`);
      }
    }
    params.push(q.pageSize, (q.page - 1) * q.pageSize);
    const rows: {
      id: string;
      actor_id: string | null;
      actor_name: string | null;
      actor_role: string | null;
      action: string;
      target_type: string;
      target_id: string | null;
      before: unknown;
      after: unknown;
      request_id: string | null;
      at: Date;
    }[] = await this.ds.query(
      `SELECT a.*, u.full_name AS actor_name FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY a.id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      items: rows.map((r) => ({
        id: r.id,
        actorId: r.actor_id,
        actorName: r.actor_name,
        actorRole: r.actor_role,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        before: r.before,
        after: r.after,
        requestId: r.request_id,
        at: r.at.toISOString(),
      })),
    };
  }
}
