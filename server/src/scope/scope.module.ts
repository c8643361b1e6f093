import { Module } from '@nestjs/common';
import { ScopePolicy } from './scope.policy.js';

/** Who may see which unit's data: one policy for every feature. */
@Module({ providers: [ScopePolicy], exports: [ScopePolicy] })
export class ScopeModule {}
