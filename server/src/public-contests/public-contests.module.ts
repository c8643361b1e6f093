import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module.js';
import { ContestPagesController } from './contest-pages.controller.js';
import { PublicContestsController } from './public-contests.controller.js';
import { PublicContestsRepository } from './public-contests.repository.js';
import { PublicContestsService } from './public-contests.service.js';
import { SpaShell } from './spa-shell.js';

/** What anyone may see without signing in: a contest's page, its rules and its winners. */
@Module({
  imports: [ContestsModule],
  controllers: [PublicContestsController, ContestPagesController],
  providers: [PublicContestsRepository, PublicContestsService, SpaShell],
})
export class PublicContestsModule {}
