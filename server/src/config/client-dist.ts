import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Env } from './env.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Folder of the built client: CLIENT_DIST, else client/dist beside the server package. */
export function clientDistDir(env: Pick<Env, 'CLIENT_DIST'>): string {
  return env.CLIENT_DIST
    ? path.resolve(env.CLIENT_DIST)
    : path.resolve(here, '../../../client/dist');
}
