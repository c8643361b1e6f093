import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freePort, startServer, type RunningServer } from './server-process.js';

let server: RunningServer | undefined;

/** One real server on one embedded PostgreSQL for the e2e and browser suites. */
export default async function setup(project: TestProject) {
  const pgPort = await freePort();
  server = await startServer({
    env: {
      PG_PORT: String(pgPort),
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
      LOGIN_MAX_FAILURES_PER_IP: '20',
      LOGIN_WINDOW_SEC: '60',
    },
  });
  project.provide('baseUrl', server.baseUrl);
  // Property tests build large fixtures straight in the suite's database.
  project.provide('databaseUrl', `postgres://cchc:cchc-embedded@127.0.0.1:${pgPort}/cchc`);
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
  }
}
