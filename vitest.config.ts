import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // client stores and api modules import each other through the client's '@' alias
        resolve: { alias: { '@': fileURLToPath(new URL('./client/src', import.meta.url)) } },
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: [
            'contracts/src/**/*.spec.ts',
            'seed/src/**/*.spec.ts',
            'server/src/**/*.spec.ts',
            'client/src/**/*.spec.ts',
          ],
          environment: 'node',
          // CPU-bound specs (a 10,000-row workbook read back by unzip) overran the 5 s default
          // when the two cores were shared with parallel suites; no spec asserts on its duration
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 0 },
          include: ['tests/e2e/**/*.spec.ts', 'tests/browser/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // Checks on what the e2e and browser files left behind (the servers' log, the shared
          // database's scores): it must run after every one of them.
          name: 'after-e2e',
          include: ['tests/after-e2e/**/*.spec.ts'],
          environment: 'node',
          // After the fault suite too, so the log check reads its servers' logs as well.
          sequence: { groupOrder: 2 },
          // A child process rescores the whole shared database; whole logs are read: seconds on
          // a loaded CI machine (the 5 s default was overrun once)
          testTimeout: 120_000,
        },
      },
      {
        // Fault suite: starts and kills its own servers on their own data folders (no global
        // setup); short by default, CHAOS_SECONDS=60 for a long run. It runs after the unit and
        // e2e projects, so its load and restarts never share the two CI cores with their timings.
        test: {
          name: 'chaos',
          sequence: { groupOrder: 1 },
          include: ['tests/chaos/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
