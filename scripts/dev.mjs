// `npm run dev`: the API (rebuilt by tsc --watch, restarted by node --watch) and the Vite dev
// server with hot reload, which proxies /api and /socket.io to the API on port 3000.
import { spawn } from 'node:child_process';

const procs = [
  spawn('npx', ['tsc', '-b', '-w', '--preserveWatchOutput', 'contracts', 'seed', 'server'], {
    stdio: 'inherit',
  }),
  spawn(
    process.execPath,
    ['--watch-path=server/dist', '--watch-preserve-output', 'server/dist/main.js'],
    {
      stdio: 'inherit',
      env: { ...process.env, PORT: process.env.PORT ?? '3000' },
    },
  ),
  spawn('npm', ['run', 'dev', '-w', 'client'], { stdio: 'inherit' }),
];
const stop = (signal) => {
  for (const p of procs) p.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const p of procs) p.on('exit', () => stop('SIGTERM'));
