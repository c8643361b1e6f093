import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, api, uniqueCode } from '../support/api.js';
import { heavyWorkbook, lyingDirectoryBomb, upload, xlsx } from '../support/files.js';

const INFLATED_MB = 400;
/** The issue's acceptance figures: the bomb refused within 2 s, other clients' p95 ≤ 100 ms. */
const REFUSED_WITHIN_MS = 2000;
const OTHERS_P95_MS = 100;

let admin: string;
let bomb: Buffer;
let unitId: string;

beforeAll(async () => {
  admin = await adminToken();
  bomb = await lyingDirectoryBomb(INFLATED_MB);
  const units = await api('GET', '/api/units/public');
  unitId = units.body.find((u: { name: string }) => u.name === 'Xã Định Quán').id;
});

interface Sample {
  path: string;
  start: number;
  ms: number;
  status: number;
}

/**
 * Another client: cheap requests (an authenticated GET and the health check) on two connections,
 * one after another with a short pause, until stopped.
 */
function otherClient(token: string) {
  const samples: Sample[] = [];
  let running = true;
  const paths = ['/api/me', '/api/health'];
  const lanes = paths.map(async (path) => {
    while (running) {
      const start = performance.now();
      const r = await api('GET', path, { token });
      samples.push({ path, start, ms: performance.now() - start, status: r.status });
      await sleep(5);
    }
  });
  return {
    async stop(): Promise<Sample[]> {
      running = false;
      await Promise.all(lanes);
      return samples;
    },
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

const figures = (samples: Sample[]) => {
  const ms = samples.map((s) => s.ms);
  return {
    n: samples.length,
    p50: Math.round(percentile(ms, 0.5) * 10) / 10,
    p95: Math.round(percentile(ms, 0.95) * 10) / 10,
    max: Math.round(Math.max(...ms) * 10) / 10,
  };
};

describe('a zip bomb whose directory claims 0 entries', () => {
  it('is ~1 MB on the wire and claims 0 entries', () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const eocd = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    expect(bomb.readUInt16LE(eocd + 10)).toBe(0);
  });

  it('the other client answers fast without it (baseline)', async () => {
    const client = otherClient(admin);
    await sleep(1000);
    const samples = await client.stop();
    console.log(`baseline, no upload: ${JSON.stringify(figures(samples))} ms`);
    expect(samples.every((s) => s.status === 200)).toBe(true);
  });

  it.each([
    ['units', () => '/api/units/import?dryRun=false'],
    ['staff list', () => `/api/units/${unitId}/roster/import?dryRun=false`],
    ['questions', () => '/api/questions/import?dryRun=false'],
  ])(
    'is refused by the %s import within 2 s while another client keeps p95 ≤ 100 ms',
    async (what, path) => {
      const unitsBefore = (await api('GET', '/api/units', { token: admin })).body.length;
      const client = otherClient(admin);
      await sleep(200);
      const t0 = performance.now();
      const r = await api('POST', path(), { token: admin, form: upload('don-vi.xlsx', bomb) });
      const t1 = performance.now();
      await sleep(200);
      const samples = await client.stop();
      const during = samples.filter((s) => s.start >= t0 && s.start <= t1);
      const all = figures(during);
      console.log(
        `${what} import of a ${(bomb.length / 1024 / 1024).toFixed(1)} MB bomb ` +
          `(${INFLATED_MB} MB inflated, directory claims 0 entries): ${r.status} ` +
          `${r.body.error?.code} in ${Math.round(t1 - t0)} ms; other client during it: ` +
          `${JSON.stringify(all)} ms (/api/me ${JSON.stringify(
            figures(during.filter((s) => s.path === '/api/me')),
          )}, /api/health ${JSON.stringify(
            figures(during.filter((s) => s.path === '/api/health')),
          )})`,
      );
      expect(r.status).toBe(413);
      expect(r.body.error.code).toBe('archive_too_large');
      expect(r.body.error.message).toContain('zip bomb');
      expect(t1 - t0).toBeLessThan(REFUSED_WITHIN_MS);
      expect(samples.every((s) => s.status === 200)).toBe(true);
      expect(during.length).toBeGreaterThan(0);
      expect(all.p95).toBeLessThanOrEqual(OTHERS_P95_MS);
      expect((await api('GET', '/api/units', { token: admin })).body.length).toBe(unitsBefore);
    },
  );

  it('a workbook under the inflate caps but too heavy to parse is stopped in its worker', async () => {
    // 1.6 million cells (~37 MB of sheet XML) pass the inflate caps; exceljs's objects for them do not
    // fit the parse worker's heap (or time): the worker is stopped, the server never is.
    const heavy = await heavyWorkbook(100_000);
    const client = otherClient(admin);
    await sleep(200);
    const t0 = performance.now();
    const r = await api('POST', '/api/units/import?dryRun=false', {
      token: admin,
      form: upload('don-vi.xlsx', heavy),
    });
    const t1 = performance.now();
    const samples = await client.stop();
    const during = figures(samples.filter((s) => s.start >= t0 && s.start <= t1));
    console.log(
      `units import of a ${(heavy.length / 1024 / 1024).toFixed(1)} MB workbook of 100,000 rows × 16 cells: ` +
        `${r.status} ${r.body.error?.code} in ${Math.round(t1 - t0)} ms; other client during it: ` +
        `${JSON.stringify(during)} ms`,
    );
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('file_too_complex');
    expect(r.body.error.message).toBe(
      'Tệp quá phức tạp: không đọc xong trong 20 giây với 256 MB bộ nhớ. Hãy chia tệp thành nhiều tệp nhỏ rồi thử lại. Chưa có dữ liệu nào được ghi.',
    );
    expect(samples.every((s) => s.status === 200)).toBe(true);
    expect(during.p95).toBeLessThanOrEqual(OTHERS_P95_MS);
  });

  it('answers in English too', async () => {
    const r = await api('POST', '/api/units/import?dryRun=true', {
      token: admin,
      lang: 'en',
      form: upload('don-vi.xlsx', bomb),
    });
    expect(r.status).toBe(413);
    expect(r.body.error.message).toBe(
      'Once inflated, the archive exceeds the limits (at most 100 MB, 1000 entries, 50 MB per entry); it may be a zip bomb. Nothing was written.',
    );
  });

  it('leaves a normal .xlsx import working end to end', async () => {
    const code = uniqueCode('ZIP');
    const file = await xlsx([
      ['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Khối', 'Mã đơn vị cấp trên', 'Tổng số CBCCVC-NLĐ'],
      [code, 'Xã Kiểm Tra Nén', 'commune', 'commune_level', null, 25],
      [`${code}.1`, 'Trường Tiểu học Nén', 'school', 'public_service', code, 12],
    ]);
    const r = await api('POST', '/api/units/import?dryRun=false', {
      token: admin,
      form: upload('don-vi.xlsx', file),
    });
    expect(r.body).toEqual({ dryRun: false, created: 2, updated: 0, errors: [] });
    const all = (await api('GET', '/api/units', { token: admin })).body as {
      code: string;
      headcount: number | null;
    }[];
    expect(all.find((u) => u.code === `${code}.1`)?.headcount).toBe(12);
  });
});
