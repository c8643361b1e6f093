import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * `unzip -t` from the system, if there is one (Debian's unzip is on this project's machines): a
 * second reader of our zips, independent of jszip. Its report, or null without unzip.
 */
export function systemUnzipTest(buf: Buffer): string | null {
  try {
    execFileSync('which', ['unzip'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'zip-check-'));
  try {
    const file = path.join(dir, 'a.zip');
    writeFileSync(file, buf);
    const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    return `${r.stdout}${r.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
