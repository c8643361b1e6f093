import { setTimeout as sleep } from 'node:timers/promises';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** True while a process with this id runs (a process of another user counts too). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

// An exited orphan stays in the process table until init reaps it, which some inits (a
// container's or a micro-VM's) do only every second or so: it has stopped all the same.
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    /* already gone */
  }
}

/** Waits until the process is gone; false when it is still there after `ms`. */
export async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() >= until) return false;
    await sleep(50);
  }
  return true;
}

/**
 * Stops a postmaster that is not our child: fast shutdown (SIGINT: in-flight transactions roll
 * back, a checkpoint is written), then immediate shutdown (SIGQUIT: crash recovery on next
 * start, nothing committed is lost), then SIGKILL as the last resort.
 */
export async function stopPostmaster(pid: number, timeoutMs: number): Promise<void> {
  signal(pid, 'SIGINT');
  if (await waitForExit(pid, Math.max(timeoutMs - 2000, timeoutMs / 2))) return;
  signal(pid, 'SIGQUIT');
  if (await waitForExit(pid, 2000)) return;
  // Its backends would outlive a killed postmaster and hold the shared memory for a while.
  const backends = await childrenOf(pid);
  for (const p of [pid, ...backends]) signal(p, 'SIGKILL');
  await waitForExit(pid, 2000);
  for (const p of backends) await waitForExit(p, 1000);
}

async function parentOf(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    try {
      const { stdout } = await run('ps', ['-o', 'ppid=', '-p', String(pid)]);
      return Number(stdout.trim()) || null;
    } catch {
      return null;
    }
  }
}

async function childrenOf(pid: number): Promise<number[]> {
  try {
    const raw = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8');
    return raw.split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The command line of a process (/proc on Linux, `ps` elsewhere), or null when unknown. */
async function commandLine(pid: number): Promise<string[] | null> {
  try {
    const raw = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter(Boolean);
  } catch {
    try {
      const { stdout } = await run('ps', ['-o', 'args=', '-p', String(pid)]);
      return stdout.trim() ? stdout.trim().split(/\s+/) : null;
    } catch {
      return null;
    }
  }
}

/** Whether the command line is a postgres server (`postgres -D <dir> …`) on this data folder. */
export function isPostmasterFor(argv: string[], dataDir: string): boolean {
  if (!argv.length || path.basename(argv[0] ?? '') !== 'postgres') return false;
  const d = argv.indexOf('-D');
  return d >= 0 && d + 1 < argv.length && path.resolve(argv[d + 1] ?? '') === path.resolve(dataDir);
}

/** The data folder's PostgreSQL is a live server's: waiting will not help. */
export class PostmasterInUseError extends Error {}

export type LeftoverOutcome = 'none' | 'stopped' | 'stale';

/**
 * Clears what a crashed server left in the data folder, so the next start comes up by itself.
 * A `postmaster.pid` whose process is a postgres on this folder is our orphan (the server was
 * killed, its PostgreSQL was not): it is shut down, unless a live server (a node process) is
 * still its parent. One naming a live process that is not (the
 * id was reused, e.g. after a container restart) is stale and removed, since PostgreSQL would
 * refuse to start while that id is alive. One naming a dead process is left to PostgreSQL,
 * which replaces it after checking that no old backend still holds its shared memory.
 */
export async function clearLeftoverPostmaster(
  dataDir: string,
  stopTimeoutMs: number,
): Promise<LeftoverOutcome> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  } catch {
    return 'none';
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return 'none';
  const argv = await commandLine(pid);
  // Unknown (no /proc, no ps): never remove the lock of what may be a live PostgreSQL.
  if (!argv) return 'none';
  if (isPostmasterFor(argv, dataDir)) {
    const owner = await parentOf(pid);
    const ownerArgv = owner && owner > 1 ? await commandLine(owner) : null;
    if (ownerArgv && /^node/.test(path.basename(ownerArgv[0] ?? '')))
      throw new PostmasterInUseError(
        `PostgreSQL on ${dataDir} belongs to a running server (process ${owner}): stop that server first`,
      );
    await stopPostmaster(pid, stopTimeoutMs);
    return 'stopped';
  }
  await rm(pidFile, { force: true });
  return 'stale';
}
