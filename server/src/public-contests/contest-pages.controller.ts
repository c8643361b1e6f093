import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { PublicContestParamsSchema, ShortLinkParamsSchema } from '@cchc/contracts';
import type { Request, Response } from 'express';
import { Public } from '../common/auth.decorators.js';
import { ENV, type Env } from '../config/env.js';
import { contestPagePath, publicOrigin } from '../config/public-url.js';
import { PublicContestsService } from './public-contests.service.js';
import { renderNotFoundPage, renderSharePage } from './share-page.js';
import { SpaShell } from './spa-shell.js';

/** Pages outside /api: the address people share, and the short link printed on posters. */
export const CONTEST_PAGE_ROUTES = ['cuoc-thi/:slug', 'c/:code'];
const PAGE_PATH = /^\/(?:cuoc-thi|c)\/[^/]+\/?$/;
export const isContestPagePath = (path: string) => PAGE_PATH.test(path);

/**
 * /cuoc-thi/<slug> is the single-page app with Open Graph tags filled in on the server: Zalo's
 * and Facebook's crawlers run no JavaScript and read only this HTML.
 */
@ApiExcludeController()
@Controller()
export class ContestPagesController {
  constructor(
    private readonly contests: PublicContestsService,
    private readonly shell: SpaShell,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Get('cuoc-thi/:slug')
  @Public()
  async page(@Param() params: unknown, @Req() req: Request, @Res() res: Response) {
    const parsed = PublicContestParamsSchema.safeParse(params);
    const page = parsed.success
      ? await this.contests.sharePage(parsed.data.slug, publicOrigin(this.env, req))
      : null;
    if (!page) return this.notFound(res);
    const asked = (params as { slug: string }).slug;
    // An earlier slug (or the same in capitals) leads to the current address. 302, not 301:
    // the organiser may take an old slug back, and a cached 301 would then loop.
    if (asked !== page.slug) return res.redirect(302, contestPagePath(page.slug) + query(req));
    const html = this.shell.html();
    if (!html) return this.noClient(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(renderSharePage(html, page.meta));
  }

  @Get('c/:code')
  @Public()
  async shortLink(@Param() params: unknown, @Res() res: Response) {
    const parsed = ShortLinkParamsSchema.safeParse(params);
    const slug = parsed.success ? await this.contests.slugOfShortCode(parsed.data.code) : null;
    if (!slug) return this.notFound(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.redirect(302, contestPagePath(slug));
  }

  /** The app itself says "not found" to people; the status and the head say it to crawlers. */
  private notFound(res: Response) {
    const html = this.shell.html();
    if (!html) return this.noClient(res);
    res.status(404).setHeader('Cache-Control', 'no-cache');
    res.type('html').send(renderNotFoundPage(html));
  }

  private noClient(res: Response) {
    res.status(503).type('text/plain').send('The client is not built: run "npm run build".');
  }
}

function query(req: Request): string {
  const at = req.originalUrl.indexOf('?');
  return at < 0 ? '' : req.originalUrl.slice(at);
}
