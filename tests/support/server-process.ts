import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * Where every test server's output is kept for the privacy check (tests/after-e2e): the shared
 * server's in `shared.log`, any other in `<port>.log`. Emptied when the e2e run starts.
 */
export const SERVER_LOG_DIR = path.join(ROOT, 'test-results/server-logs');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() =>
        typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningServer {
  baseUrl: string;
  port: number;
  dataDir: string;
  proc: ChildProcess;
  output: () => string;
  /** Sends a signal and waits for the process to exit; resolves to its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the built server (server/dist/main.js) as a real process on an embedded PostgreSQL. */
export async function startServer(
  opts: {
    dataDir?: string;
    env?: Record<string, string>;
    /** Where to append everything the server prints; default SERVER_LOG_DIR/<port>.log. */
    logFile?: string;
  } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(tmpdir(), 'cchc-test-pg-'));
  const proc = spawn(process.execPath, [path.join(ROOT, 'server/dist/main.js')], {
    cwd: ROOT,
    env: {
      ...withoutDatabaseUrl(process.env),
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      PG_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // The tests stand in for the proxy on this machine: their X-Forwarded-For is believed
      // from 127.0.0.1 only, as nginx's would be (TRUST_PROXY=loopback).
      TRUST_PROXY: 'loopback',
      // Suites register hundreds of accounts from this one machine; the limit's own tests
      // start servers with small limits.
      REGISTER_MAX_PER_IP: '1000000',
      // Servers of one test file count together in Redis; other runs on this machine apart.
      RATE_LIMIT_PREFIX: `test-${process.pid}`,
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  mkdirSync(SERVER_LOG_DIR, { recursive: true });
  const file = createWriteStream(opts.logFile ?? path.join(SERVER_LOG_DIR, `${port}.log`), {
    flags: 'a',
  });
  const collect = (d: Buffer) => {
    out += d.toString();
    file.write(d);
  };
  proc.stdout!.on('data', collect);
  proc.stderr!.on('data', collect);
  proc.on('exit', () => file.end());
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`server did not start in 90 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    port,
    dataDir,
    proc,
    output: () => out,
    async stop(signal = 'SIGTERM') {
      if (proc.exitCode !== null) return proc.exitCode;
      proc.kill(signal);
      return exited;
    },
  };
}

/** Tests run on their own embedded PostgreSQL unless TEST_DATABASE_URL says otherwise. */
function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DATABASE_URL: _ignored, ...rest } = env;
  return rest;
}
