import type { NextFunction, Request, Response } from 'express';

/**
 * API answers carry personal data (profiles, rosters, results, exports) unless a handler says
 * otherwise: no browser or proxy keeps a copy. The few public, cacheable answers (the public
 * contest page) set their own Cache-Control, which replaces this one.
 */
export function noStoreByDefault(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cache-Control', 'no-store');
  next();
}
