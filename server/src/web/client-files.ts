import type { ServerResponse } from 'node:http';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { isContestPagePath } from '../public-contests/contest-pages.controller.js';

/** Vite writes every built script, style and font here, with a content hash in its name. */
const ASSETS = '/assets';
const NON_HASHED_MAX_AGE_SEC = 3600;
/**
 * Asked again on every visit: index.html names the current hashed files, sw.js is how a browser
 * learns of a new build (a cached copy would keep the old worker), and the manifest goes with it.
 */
const NO_CACHE_FILES = ['index.html', 'sw.js', 'manifest.webmanifest'];

/**
 * Serves the built client: the hashed files (their precompressed .br/.gz when the browser accepts
 * one), the few files of client/public, and index.html for every page address of the app.
 */
export function serveClient(app: NestExpressApplication, clientDist: string): void {
  const indexHtml = path.join(clientDist, 'index.html');
  const noCache = new Set(NO_CACHE_FILES.map((name) => path.resolve(clientDist, name)));
  app.use(
    ASSETS,
    expressStaticGzip(path.join(clientDist, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        cacheControl: false,
        // A hashed name changes with its content: the browser never needs to ask again.
        setHeaders: (res: ServerResponse) =>
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
      },
    }),
  );
  app.use(
    express.static(clientDist, {
      index: false,
      cacheControl: false,
      setHeaders: (res, file) =>
        res.setHeader(
          'Cache-Control',
          noCache.has(file) ? 'no-cache' : `public, max-age=${NON_HASHED_MAX_AGE_SEC}`,
        ),
    }),
  );
  // The client is a single-page app: every non-API GET that wants HTML gets index.html, except
  // the contest pages, whose head the server fills in (ContestPagesController), and the hashed
  // files: one a newer build removed is a 404, not a page a <script> tag cannot run.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      req.method !== 'GET' ||
      req.path.startsWith('/api') ||
      req.path.startsWith('/socket.io') ||
      req.path.startsWith(`${ASSETS}/`) ||
      isContestPagePath(req.path)
    )
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
