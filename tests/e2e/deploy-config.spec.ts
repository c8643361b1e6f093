import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it, onTestFinished } from 'vitest';

// What a province's IT team runs: the Dockerfile, docker-compose.yml and the operator's guide.
// The files are parsed and checked here, so this runs without Docker; the compose CLI, where one
// is installed, validates the file as well. Building the image is not part of the suite.

const ROOT = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, ROOT), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test: string[] | string };
  ports?: string[];
  init?: boolean;
  cap_drop?: string[];
}

const composeText = read('docker-compose.yml');
const compose = load(composeText) as { services: Record<string, Service> };
const services = compose.services;
const apps = Object.entries(services).filter(([, s]) => s.build !== undefined);

interface Stage {
  from: string;
  name?: string;
  instructions: { op: string; args: string }[];
}

/** The Dockerfile as stages of instructions (continuation lines joined, comments dropped). */
function dockerStages(text: string): { args: Record<string, string>; stages: Stage[] } {
  const args: Record<string, string> = {};
  const stages: Stage[] = [];
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  for (const line of lines) {
    const [op = '', ...rest] = line.split(/\s+/);
    const instruction = { op: op.toUpperCase(), args: rest.join(' ') };
    if (instruction.op === 'FROM') {
      const [from = '', , name] = rest;
      stages.push({ from, name, instructions: [] });
    } else if (instruction.op === 'ARG' && stages.length === 0) {
      const [key = '', value = ''] = instruction.args.split('=');
      args[key] = value;
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return { args, stages };
}

/** The first compose CLI found: the plugin (`docker compose`) or the standalone docker-compose. */
function composeCli(): string[] | null {
  for (const cli of [['docker', 'compose'], ['docker-compose']]) {
    const r = spawnSync(cli[0]!, [...cli.slice(1), 'version'], { encoding: 'utf8' });
    if (r.status === 0) return cli;
  }
  return null;
}

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, Redis, two app processes and nginx', () => {
    expect(Object.keys(services).sort()).toEqual(['app1', 'app2', 'lb', 'postgres', 'redis']);
    expect(apps.map(([name]) => name)).toEqual(['app1', 'app2']);
  });

  it('checks the health of every service, and starts each after what it needs is healthy', () => {
    const healthTest = (s: Service) => [s.healthcheck?.test ?? []].flat().join(' ');
    expect(healthTest(services.postgres!)).toContain('pg_isready');
    expect(healthTest(services.redis!)).toMatch(/redis-cli ping/);
    // The apps use the image's HEALTHCHECK (readiness): a compose override would shadow it.
    for (const [, app] of apps) expect(app.healthcheck).toBeUndefined();
    // nginx answers its own health location, which deploy/nginx.conf must serve.
    const lbPath = /http:\/\/127\.0\.0\.1(\/[\w-]+)/.exec(healthTest(services.lb!))?.[1];
    expect(lbPath).toBeDefined();
    expect(read('deploy/nginx.conf')).toContain(`location = ${lbPath}`);

    const dependsOn = (name: string) => services[name]!.depends_on;
    for (const [name] of apps) {
      expect(dependsOn(name)).toEqual({
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
      });
    }
    expect(dependsOn('lb')).toEqual({
      app1: { condition: 'service_healthy' },
      app2: { condition: 'service_healthy' },
    });
  });

  it('gives the apps the production settings, with the first admin and passwords required', () => {
    for (const [, app] of apps) {
      const env = app.environment!;
      expect(env.NODE_ENV).toBe('production');
      // A hop count: the address nginx saw, never a client's own X-Forwarded-For.
      expect(env.TRUST_PROXY).toBe('1');
      expect(env.DATABASE_URL).toMatch(
        /^postgres:\/\/cchc:\$\{POSTGRES_PASSWORD:\?[^}]+\}@postgres:/,
      );
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(env.ADMIN_EMAIL).toMatch(/^\$\{ADMIN_EMAIL:\?.+\}$/);
      expect(env.ADMIN_PASSWORD).toMatch(/^\$\{ADMIN_PASSWORD:\?.+\}$/);
      for (const optional of ['PUBLIC_URL', 'ADMIN_PHONE', 'METRICS_TOKEN'])
        expect(env[optional]).toBe(`\${${optional}:-}`);
      // An init passes SIGTERM on to the app, which drains before exiting; no capabilities.
      expect([app.init, app.cap_drop]).toEqual([true, ['ALL']]);
    }
    expect(services.postgres!.image).toMatch(/^postgres:\d+/);
  });

  it('is accepted by the compose CLI, which refuses it without the first admin', () => {
    const cli = composeCli();
    if (!cli) {
      console.log('deploy-config: no compose CLI here; the file was checked by parsing only');
      return;
    }
    // An empty env file: a developer's own .env must not fill in what the test leaves unset.
    const dir = mkdtempSync(path.join(tmpdir(), 'deploy-config-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const envFile = path.join(dir, 'empty.env');
    writeFileSync(envFile, '');
    const run = (env: Record<string, string>) =>
      spawnSync(cli[0]!, [...cli.slice(1), '--env-file', envFile, 'config', '-q'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', ...env },
      });
    const settings = {
      POSTGRES_PASSWORD: 'pg-secret',
      ADMIN_EMAIL: 'quantri@example.gov.vn',
      ADMIN_PASSWORD: 'Admin-secret-2025',
    };
    const ok = run(settings);
    expect([ok.status, ok.stderr]).toEqual([0, '']);
    const { ADMIN_PASSWORD: _unset, ...withoutPassword } = settings;
    const refused = run(withoutPassword);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('set ADMIN_PASSWORD');
    console.log(`deploy-config: ${cli.join(' ')} config -q accepts docker-compose.yml`);
  });
});

describe('Dockerfile', () => {
  const { args, stages } = dockerStages(read('Dockerfile'));
  const runtime = stages.at(-1)!;
  const image = (from: string) => from.replace(/^\$\{(\w+)\}$/, (_, arg: string) => args[arg]!);

  it('builds in stages on a current Node.js LTS slim image', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    for (const stage of stages) expect(image(stage.from)).toMatch(/^node:(22|24)-bookworm-slim$/);
    expect(read('Dockerfile')).not.toMatch(/node:20/);
  });

  it('keeps only production dependencies and built files in the runtime stage', () => {
    const deps = stages.find((s) =>
      s.instructions.some((i) => i.op === 'RUN' && i.args.includes('npm ci --omit=dev')),
    );
    expect(deps?.instructions.find((i) => i.args.includes('npm ci'))?.args).toContain(
      '--workspace server',
    );
    const copies = runtime.instructions.filter((i) => i.op === 'COPY').map((i) => i.args);
    expect(copies).toContain(`--from=${deps!.name} /app/node_modules node_modules`);
    // Built output only: no source tree and no dev dependencies copied over.
    for (const copy of copies) expect(copy).toMatch(/^--from=\w+ \/app\/\S+ \S+$/);
    expect(copies.some((c) => c.includes('client/dist'))).toBe(true);
    expect(copies.some((c) => c.includes('server/dist'))).toBe(true);
  });

  it('runs unprivileged and reports readiness', () => {
    const user = runtime.instructions.filter((i) => i.op === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    const healthcheck = runtime.instructions.find((i) => i.op === 'HEALTHCHECK')?.args;
    expect(healthcheck).toContain('/api/health/ready');
    expect(runtime.instructions.find((i) => i.op === 'CMD')?.args).toBe(
      '["node", "server/dist/main.js"]',
    );
  });

  it('sends no secrets or local data to the build', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.env', '.git', '.data', '**/node_modules'])
      expect(ignored).toContain(entry);
  });
});

describe('docs/deploy.md', () => {
  it('is linked from the README and explains every setting the compose file takes', () => {
    expect(read('README.md')).toContain('docs/deploy.md');
    const guide = read('docs/deploy.md');
    const variables = new Set([...composeText.matchAll(/\$\{(\w+)/g)].map((m) => m[1]!));
    expect(variables.size).toBeGreaterThanOrEqual(6);
    for (const variable of variables) expect(guide).toContain(variable);
    for (const endpoint of ['/api/health/ready', '/api/health/live', '/api/metrics'])
      expect(guide).toContain(endpoint);
  });
});
