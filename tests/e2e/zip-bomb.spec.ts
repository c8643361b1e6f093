import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, api, uniqueCode, type ApiResponse } from '../support/api.js';
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
 * Runs `work` while another client sends cheap requests (an authenticated GET and the health
 * check) on two connections, one after another with a short pause. Returns the samples that
 * started while `work` ran.
 */
async function whileOthersAsk(work: () => Promise<void>): Promise<Sample[]> {
  const samples: Sample[] = [];
  let running = true;
  const lanes = ['/api/me', '/api/health'].map(async (path) => {
    while (running) {
      const start = performance.now();
      const r = await api('GET', path, { token: admin });
      samples.push({ path, start, ms: performance.now() - start, status: r.status });
      await sleep(5);
    }
  });
  await sleep(200);
  const t0 = performance.now();
  await work();
  const t1 = performance.now();
  running = false;
  await Promise.all(lanes);
  expect(samples.every((s) => s.status === 200)).toBe(true);
  return samples.filter((s) => s.start >= t0 && s.start <= t1);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function figures(samples: Sample[]) {
  const ms = samples.map((s) => s.ms);
  return { n: ms.length, p50: round(percentile(ms, 0.5)), p95: round(percentile(ms, 0.95)) };
}

const show = (samples: Sample[]) =>
  `${JSON.stringify(figures(samples))} ms (` +
  ['/api/me', '/api/health']
    .map((path) => `${path} p95 ${figures(samples.filter((s) => s.path === path)).p95}`)
    .join(', ') +
  ')';

/**
 * The other client's p95 while an upload is refused must stay within 100 ms. The machine that
 * runs the suite is shared: when it is so loaded that the other client is slower than that with
 * no upload at all (measured just before), the upload must not make it slower than 1.5 times that.
 */
async function othersBudget(): Promise<{ budget: number; baseline: string }> {
  const quiet = await whileOthersAsk(() => sleep(1000));
  const p95 = figures(quiet).p95;
  return { budget: Math.max(OTHERS_P95_MS, 1.5 * p95), baseline: show(quiet) };
}

describe('a zip bomb whose directory claims 0 entries', () => {
  it('is ~1 MB on the wire and claims 0 entries', () => {
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const eocd = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    expect(bomb.readUInt16LE(eocd + 10)).toBe(0);
  });

  it.each([
    ['units', () => '/api/units/import?dryRun=false'],
    ['staff list', () => `/api/units/${unitId}/roster/import?dryRun=false`],
    ['questions', () => '/api/questions/import?dryRun=false'],
  ])(
    'is refused by the %s import within 2 s, 5 times running, while another client keeps p95 ≤ 100 ms',
    async (what, path) => {
      const unitsBefore = (await api('GET', '/api/units', { token: admin })).body.length;
      const { budget, baseline } = await othersBudget();
      const answers: { status: number; code: string; message: string; ms: number }[] = [];
      const during = await whileOthersAsk(async () => {
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          const r = await api('POST', path(), { token: admin, form: upload('don-vi.xlsx', bomb) });
          answers.push({ ...r.body.error, status: r.status, ms: performance.now() - t });
        }
      });
      console.log(
        `${what} import of a ${(bomb.length / 1024 / 1024).toFixed(1)} MB bomb (${INFLATED_MB} MB ` +
          `inflated, directory claims 0 entries), 5 times: ` +
          `${answers.map((a) => `${a.status} ${a.code} in ${Math.round(a.ms)} ms`).join('; ')}. ` +
          `Other client meanwhile: ${show(during)}; with no upload just before: ${baseline}`,
      );
      for (const a of answers) {
        expect(a.status).toBe(413);
        expect(a.code).toBe('archive_too_large');
        expect(a.message).toContain('zip bomb');
        expect(a.ms).toBeLessThan(REFUSED_WITHIN_MS);
      }
      expect(during.length).toBeGreaterThan(0);
      expect(figures(during).p95).toBeLessThanOrEqual(budget);
      expect((await api('GET', '/api/units', { token: admin })).body.length).toBe(unitsBefore);
    },
  );

  it('a workbook under the inflate caps but too heavy to parse is stopped in its worker', async () => {
    // 1.6 million cells (~37 MB of sheet XML) pass the inflate caps; exceljs's objects for them
    // do not fit the parse worker's heap (or time): the worker is stopped, the server never is.
    const heavy = await heavyWorkbook(100_000);
    const { budget, baseline } = await othersBudget();
    let r: ApiResponse | undefined;
    let ms = 0;
    const during = await whileOthersAsk(async () => {
      const t = performance.now();
      r = await api('POST', '/api/units/import?dryRun=false', {
        token: admin,
        form: upload('don-vi.xlsx', heavy),
      });
      ms = performance.now() - t;
    });
    console.log(
      `units import of a ${(heavy.length / 1024 / 1024).toFixed(1)} MB workbook of 100,000 rows ` +
        `× 16 cells: ${r?.status} ${r?.body.error?.code} in ${Math.round(ms)} ms. Other client ` +
        `meanwhile: ${show(during)}; with no upload just before: ${baseline}`,
    );
    expect(r?.status).toBe(422);
    expect(r?.body.error.code).toBe('file_too_complex');
    expect(r?.body.error.message).toBe(
      'Tệp quá phức tạp: không đọc xong trong 20 giây với 256 MB bộ nhớ. Hãy chia tệp thành nhiều tệp nhỏ rồi thử lại. Chưa có dữ liệu nào được ghi.',
    );
    expect(figures(during).p95).toBeLessThanOrEqual(budget);
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
