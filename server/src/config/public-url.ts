import type { Request } from 'express';
import type { Env } from './env.js';

// A host name or an IP (v6 in brackets), with an optional port: anything else in a Host header
// is not written into pages.
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin links and QR codes are written with: PUBLIC_URL when the operator set it, else the
 * address this request came to (on a LAN over plain HTTP that is the one the phones use too;
 * behind a proxy with TRUST_PROXY, its forwarded host and scheme).
 */
export function publicOrigin(env: Pick<Env, 'PUBLIC_URL' | 'PORT'>, req: Request): string {
  if (env.PUBLIC_URL) return env.PUBLIC_URL;
  const host = req.host;
  const protocol = req.protocol === 'https' ? 'https' : 'http';
  return `${protocol}://${host && HOST.test(host) ? host.toLowerCase() : `localhost:${env.PORT}`}`;
}

/** Paths of the public contest page and of its short link (outside /api). */
export const contestPagePath = (slug: string) => `/cuoc-thi/${slug}`;
export const shortLinkPath = (code: string) => `/c/${code}`;
