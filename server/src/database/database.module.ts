import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdjustableClock, Clock, SystemClock } from '../config/clock.js';

/** Provides the one DataSource (created and migrated in main.ts before Nest starts). */
@Global()
@Module({})
export class DatabaseModule {
  static forDataSource(ds: DataSource, adjustableClock = false) {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DataSource, useValue: ds },
        { provide: Clock, useValue: adjustableClock ? new AdjustableClock() : new SystemClock() },
      ],
      exports: [DataSource, Clock],
    };
  }
}
