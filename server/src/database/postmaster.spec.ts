import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearLeftoverPostmaster, isAlive, isPostmasterFor } from './postmaster.js';

let dir: string;
const started: number[] = [];

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cchc-postmaster-'));
});
afterEach(() => {
  for (const pid of started.splice(0)) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A process that looks like `postgres -D <dir>` in the process table, whose parent has exited:
 * what a server killed with kill -9 leaves behind.
 */
async function orphanPostgres(dataDir: string, ignoreSigint = false): Promise<number> {
  // A fast shutdown request (SIGINT) is answered by exiting, or ignored like a hung server.
  const onSigint = ignoreSigint ? '() => {}' : '() => process.exit(0)';
  const ready = path.join(dataDir, 'ready');
  const body = `process.on('SIGINT', ${onSigint}); require('fs').writeFileSync(${JSON.stringify(ready)}, ''); setInterval(() => {}, 1000)`;
  const launcher = `const c = require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(body)}, '--', '-D', ${JSON.stringify(dataDir)}], { argv0: 'postgres', detached: true, stdio: 'ignore' }); c.unref(); process.stdout.write(String(c.pid));`;
  const pid = Number(execFileSync(process.execPath, ['-e', launcher], { encoding: 'utf8' }));
  started.push(pid);
  while (!existsSync(ready)) await new Promise((r) => setTimeout(r, 20));
  return pid;
}

const writePidFile = (pid: number) =>
  writeFileSync(path.join(dir, 'postmaster.pid'), `${pid}\n${dir}\n1764000000\n5432\n`);

describe(isPostmasterFor.name, () => {
  it('recognises a postgres server on this data folder only', () => {
    const argv = ['/opt/pg/bin/postgres', '-D', dir, '-p', '5432'];
    expect(isPostmasterFor(argv, dir)).toBe(true);
    expect(isPostmasterFor(argv, `${dir}-other`)).toBe(false);
    expect(isPostmasterFor(['/usr/bin/node', '-D', dir], dir)).toBe(false);
    expect(isPostmasterFor(['/opt/pg/bin/postgres'], dir)).toBe(false);
  });
});

describe(clearLeftoverPostmaster.name, () => {
  it('does nothing without a postmaster.pid', async () => {
    await expect(clearLeftoverPostmaster(dir, 2000)).resolves.toBe('none');
  });

  it('stops an orphan postgres left on this data folder', async () => {
    const pid = await orphanPostgres(dir);
    writePidFile(pid);
    await expect(clearLeftoverPostmaster(dir, 2000)).resolves.toBe('stopped');
    expect(isAlive(pid)).toBe(false);
  });

  it('kills an orphan that ignores the request to shut down', async () => {
    const pid = await orphanPostgres(dir, true);
    writePidFile(pid);
    await expect(clearLeftoverPostmaster(dir, 2500)).resolves.toBe('stopped');
    expect(isAlive(pid)).toBe(false);
  });

  it('removes a lock file whose process id now belongs to another program, and leaves that program', async () => {
    writePidFile(process.pid);
    await expect(clearLeftoverPostmaster(dir, 2000)).resolves.toBe('stale');
    expect(existsSync(path.join(dir, 'postmaster.pid'))).toBe(false);
  });

  it("leaves a dead process's lock file to PostgreSQL, which checks its shared memory", async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => gone.on('exit', r));
    writePidFile(gone.pid!);
    await expect(clearLeftoverPostmaster(dir, 2000)).resolves.toBe('none');
    expect(existsSync(path.join(dir, 'postmaster.pid'))).toBe(true);
  });

  it('refuses to stop a postgres that a running server still owns', async () => {
    const owned = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '--', '-D', dir], {
      argv0: 'postgres',
      stdio: 'ignore',
    });
    started.push(owned.pid!);
    writePidFile(owned.pid!);
    await expect(clearLeftoverPostmaster(dir, 2000)).rejects.toThrow(/running server/);
    expect(isAlive(owned.pid!)).toBe(true);
  });
});
