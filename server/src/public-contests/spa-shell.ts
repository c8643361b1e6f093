import { Inject, Injectable } from '@nestjs/common';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { clientDistDir } from '../config/client-dist.js';
import { ENV, type Env } from '../config/env.js';

/**
 * The built client's index.html, read again only when the file changes (a rebuild), so pages
 * that fill its head in never serve a shell whose scripts are gone.
 */
@Injectable()
export class SpaShell {
  private readonly file: string;
  private cached: { mtimeMs: number; html: string } | null = null;

  constructor(@Inject(ENV) env: Env) {
    this.file = path.join(clientDistDir(env), 'index.html');
  }

  /** null when the client is not built (API-only start, or `npm run dev` with Vite). */
  html(): string | null {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(this.file).mtimeMs;
    } catch {
      return null;
    }
    if (this.cached?.mtimeMs !== mtimeMs)
      this.cached = { mtimeMs, html: readFileSync(this.file, 'utf8') };
    return this.cached.html;
  }
}
