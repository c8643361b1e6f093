import { z } from 'zod';

export const HealthSchema = z
  .object({
    status: z
      .enum(['ok', 'degraded', 'unavailable'])
      .describe(
        'ok: ready; degraded: Redis is configured and down (/api/health 200, /api/health/ready 503); unavailable: the database is unreachable (503)',
      ),
    db: z.enum(['up', 'down']),
    redis: z.enum(['up', 'down']).optional(),
  })
  .describe(
    '/api/health: 503 while the database is unreachable; /api/health/ready: 503 unless status is ok',
  );
export type Health = z.infer<typeof HealthSchema>;

export const LivenessSchema = z
  .object({ status: z.literal('ok') })
  .describe('Liveness: the process answers (whatever the state of the database)');
export type Liveness = z.infer<typeof LivenessSchema>;
