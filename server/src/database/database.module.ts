import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, SystemClock } from '../config/clock.js';

/** Provides the one DataSource (created and migrated in main.ts before Nest starts). */
@Global()
@Module({})
export class DatabaseModule {
  static forDataSource(ds: DataSource) {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DataSource, useValue: ds },
        { provide: Clock, useClass: SystemClock },
      ],
      exports: [DataSource, Clock],
    };
  }
}
