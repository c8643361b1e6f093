import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicContestParamsSchema } from '@cchc/contracts';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { CurrentActor, Public, Roles, type Actor } from '../common/auth.decorators.js';
import { PathPipe, uuid } from '../common/params.js';
import { ENV, type Env } from '../config/env.js';
import { publicOrigin } from '../config/public-url.js';
import { PublicContestsService } from './public-contests.service.js';

@ApiTags('public')
@Controller()
export class PublicContestsController {
  constructor(
    private readonly contests: PublicContestsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Get('public/contests/:slug')
  @Public()
  @ApiOperation({
    summary:
      'Public contest page (no sign-in): title, organiser, legal basis, rules, rounds, winners (name, unit, prize). Drafts and unknown slugs: 404',
  })
  async page(
    @Param(new PathPipe(PublicContestParamsSchema))
    params: z.output<typeof PublicContestParamsSchema>,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const page = await this.contests.page(params.slug, publicOrigin(this.env, req));
    // Only a found page is cached: a contest published a moment ago must not stay "not found".
    res.setHeader('Cache-Control', `public, max-age=${this.env.PUBLIC_PAGE_MAX_AGE_SEC}`);
    return page;
  }

  @Get('contests/:id/share')
  @Roles('admin', 'organizer')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Links to share a contest: public page, short link, earlier slugs' })
  share(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Req() req: Request) {
    return this.contests.share(
      actor,
      id,
      publicOrigin(this.env, req),
      this.env.PUBLIC_URL !== undefined,
    );
  }
}
