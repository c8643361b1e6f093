import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Env } from '../config/env.js';
import { importLimits, SheetReader } from './sheet-reader.js';

/** Provides the one SheetReader, with the import limits from the environment, to every module. */
@Global()
@Module({})
export class SheetReaderModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: SheetReaderModule,
      providers: [{ provide: SheetReader, useValue: new SheetReader(importLimits(env)) }],
      exports: [SheetReader],
    };
  }
}
