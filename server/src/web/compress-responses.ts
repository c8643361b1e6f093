import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * gzip or brotli (as the client accepts) for what the server writes itself: API JSON and the
 * HTML pages it fills in. Files from the built client come precompressed (client-files.ts) and
 * carry their Content-Encoding already, which this middleware leaves alone; socket.io answers its
 * own path before Express sees the request.
 */
export function compressResponses(): RequestHandler {
  return compression({ filter: worthCompressing });
}

// Downloads (exports, finished report files) are written as they are made: a compressor would
// hold their bytes back in its buffer and the browser's progress would stall. The xlsx/pdf ones
// are compressed already; a CSV goes as it is.
function worthCompressing(req: Request, res: Response): boolean {
  const disposition = res.getHeader('Content-Disposition');
  if (typeof disposition === 'string' && disposition.startsWith('attachment')) return false;
  return compression.filter(req, res);
}
