import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { Env } from '../config/env.js';

function helmetFor(https: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", 'ws:', 'wss:'],
        'upgrade-insecure-requests': https ? [] : null,
      },
    },
    strictTransportSecurity: https,
  });
}

/**
 * Helmet's headers, with the HTTPS-only ones (CSP upgrade-insecure-requests, HSTS) only when the
 * app is served over HTTPS: PUBLIC_URL says so, or this request is secure as Express sees it
 * (TLS here, or X-Forwarded-Proto from a proxy 'trust proxy' believes). Over plain HTTP on a LAN
 * address, upgrade-insecure-requests would send the browser to https:// for every script and
 * leave a blank page (phones opening a shared link or a QR code on 192.168.x.x).
 */
export function securityHeaders(env: Pick<Env, 'PUBLIC_URL'>): RequestHandler {
  const overHttps = helmetFor(true);
  if (env.PUBLIC_URL?.startsWith('https:')) return overHttps;
  const overHttp = helmetFor(false);
  return (req: Request, res: Response, next: NextFunction) =>
    (req.secure ? overHttps : overHttp)(req, res, next);
}
