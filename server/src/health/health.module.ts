import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';

/** /api/health: the database, Redis and the embedded PostgreSQL process, for probes. */
@Module({ controllers: [HealthController] })
export class HealthModule {}
