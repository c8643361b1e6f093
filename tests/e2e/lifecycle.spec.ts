import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../support/server-process.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'cchc-life-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function postgresPidsFor(dir: string): string[] {
  try {
    return execSync(`pgrep -f -- "[-]D ${dir}"`, { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

// Two starts of a server and its PostgreSQL: minutes, not seconds, on a busy 2-core machine.
describe('server lifecycle', { timeout: 180_000 }, () => {
  it('keeps data across a restart and stops PostgreSQL with the server on SIGINT / SIGTERM', async () => {
    const first = await startServer({ dataDir, env: { LOG_LEVEL: 'debug' } });
    const reg = await fetch(`${first.baseUrl}/api/units/public`).then(
      (r) => r.json() as Promise<{ id: string; name: string }[]>,
    );
    const unitId = reg.find((u) => u.name === 'Thành phố Đông Hà')!.id;
    const body = {
      fullName: 'Hồ Thị Lan',
      phone: '0987000111',
      unitId,
      password: 'MatKhau@2025',
      consent: true,
    };
    const created = await fetch(`${first.baseUrl}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(created.status).toBe(201);
    expect(postgresPidsFor(dataDir).length).toBeGreaterThan(0);
    // Ctrl-C in a terminal sends SIGINT to the server.
    expect(await first.stop('SIGINT')).toBe(0);
    expect(first.output()).toContain('Stopped (database closed).');
    expect(postgresPidsFor(dataDir)).toEqual([]);

    const second = await startServer({ dataDir, env: { LOG_LEVEL: 'debug' } });
    expect(second.output()).not.toContain('Loaded demo data');
    const login = await fetch(`${second.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: '0987000111', password: 'MatKhau@2025' }),
    });
    expect(login.status).toBe(200);

    // SIGTERM lets a request in flight finish: a dry-run import of 3,000 rows is under way.
    const admin = await fetch(`${second.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin@demo.local', password: 'Demo@2025' }),
    }).then((r) => r.json() as Promise<{ accessToken: string }>);
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `LIFE${i},Tổ dân phố số ${i},village,other,,${i % 50}`,
    );
    const csv = `Mã đơn vị,Tên đơn vị,Loại,Khối,Mã đơn vị cấp trên,Tổng số CBCCVC-NLĐ\n${rows.join('\n')}\n`;
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'lon.csv');
    const inFlight = fetch(`${second.baseUrl}/api/units/import?dryRun=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.accessToken}` },
      body: form,
    });
    await new Promise((r) => setTimeout(r, 30));
    const exit = second.stop('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(201);
    expect(((await res.json()) as { created: number }).created).toBe(3000);
    expect(await exit).toBe(0);
    expect(postgresPidsFor(dataDir)).toEqual([]);

    // Logs never carry passwords, tokens, phones or CCCD.
    const logs = first.output() + second.output();
    for (const secret of ['MatKhau@2025', 'Demo@2025', '0987000111', admin.accessToken]) {
      expect(logs).not.toContain(secret);
    }
  });

  it('refuses a bad configuration value with a clear message', async () => {
    await expect(startServer({ env: { PORT: 'abc' } })).rejects.toThrow(/PORT/);
  });
});
