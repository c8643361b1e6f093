import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, SERVER_LOG_DIR, startServer, type RunningServer } from './server-process.js';

/** Everything the shared server prints during the run; the privacy check greps it afterwards. */
export const SHARED_SERVER_LOG = path.join(SERVER_LOG_DIR, 'shared.log');
/** The shared database's address, for the checks that run after the e2e files (tests/after-e2e). */
export const SHARED_DATABASE_FILE = path.join(SERVER_LOG_DIR, 'shared-database.url');

let server: RunningServer | undefined;

/** One real server on one embedded PostgreSQL for the e2e and browser suites. */
export default async function setup(project: TestProject) {
  const pgPort = await freePort();
  rmSync(SERVER_LOG_DIR, { recursive: true, force: true });
  mkdirSync(SERVER_LOG_DIR, { recursive: true });
  server = await startServer({
    logFile: SHARED_SERVER_LOG,
    env: {
      PG_PORT: String(pgPort),
      // Every request and every error in the log, so the privacy check reads all there is.
      LOG_LEVEL: 'info',
      LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '5',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '20',
      LOGIN_MAX_FAILURES_PER_IP: '20',
      LOGIN_WINDOW_SEC: '60',
    },
  });
  project.provide('baseUrl', server.baseUrl);
  project.provide('serverLog', SHARED_SERVER_LOG);
  // Property tests build large fixtures straight in the suite's database.
  const databaseUrl = `postgres://cchc:cchc-embedded@127.0.0.1:${pgPort}/cchc`;
  project.provide('databaseUrl', databaseUrl);
  writeFileSync(SHARED_DATABASE_FILE, databaseUrl);
  return async () => {
    const code = await server?.stop('SIGTERM');
    if (code !== 0) console.error(`server exit code ${code}\n${server?.output()}`);
    if (server) rmSync(server.dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    serverLog: string;
  }
}
