import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { isContestPagePath } from '../public-contests/contest-pages.controller.js';

/** Vite writes every built script, style and font under /assets with a content hash in its name. */
const ASSETS = '/assets/';
const NON_HASHED_MAX_AGE_SEC = 3600;

/**
 * Serves the built client: the files Vite wrote (their precompressed .br/.gz when the browser
 * accepts one), and index.html for every other page address of the single-page app.
 */
export function serveClient(app: NestExpressApplication, clientDist: string): void {
  const assetsDir = path.join(clientDist, 'assets') + path.sep;
  const indexHtml = path.join(clientDist, 'index.html');
  app.use(
    expressStaticGzip(clientDist, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        cacheControl: false,
        setHeaders: (res: ServerResponse, file: string) => {
          // A hashed name changes with its content: the browser never needs to ask again.
          if (file.startsWith(assetsDir))
            res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          // index.html names the current hashed files: asked again on every visit.
          else if (file.startsWith(indexHtml)) res.setHeader('Cache-Control', 'no-cache');
          else res.setHeader('Cache-Control', `public, max-age=${NON_HASHED_MAX_AGE_SEC}`);
        },
      },
    }),
  );
  // The client is a single-page app: every non-API GET that wants HTML gets index.html, except
  // the contest pages, whose head the server fills in (ContestPagesController), and the hashed
  // files: one a new build removed is a 404, not a page a <script> tag cannot run.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      req.method !== 'GET' ||
      req.path.startsWith('/api') ||
      req.path.startsWith('/socket.io') ||
      req.path.startsWith(ASSETS) ||
      isContestPagePath(req.path)
    )
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
