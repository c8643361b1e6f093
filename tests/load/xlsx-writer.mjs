// Micro-benchmark of the Biểu 03 .xlsx writer (no server, no database): 206,000 synthetic
// attempts go through writeAttemptsXlsx into a Writable that counts and discards the bytes.
//
// Run: npx tsc -b server && node tests/load/xlsx-writer.mjs → prints elapsed/CPU ms, rows/s and
// output bytes, writes tests/load/results/xlsx-writer.json. Knobs (environment):
//   ROWS=206000          rows written
//   RUNS=3               timed runs (after one short warm-up); the best and median are reported
//   XLSX_MODULE=         another build of attempts-sheet.js to time (default: server/dist)
//   RESULT_NAME=xlsx-writer
//   OUT_FILE=            also write the last run's workbook to this file, for inspection
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { ROOT, writeResult } from './lib.mjs';

const ROWS = Number(process.env.ROWS ?? 206_000);
const RUNS = Number(process.env.RUNS ?? 3);
const MODULE = process.env.XLSX_MODULE
  ? path.resolve(process.env.XLSX_MODULE)
  : path.join(ROOT, 'server/dist/reports/exports/attempts-sheet.js');

const { writeAttemptsXlsx } = await import(pathToFileURL(MODULE).href);

const SCOPE = {
  unitId: randomUUID(),
  unitName: 'Sở Nội vụ tỉnh Quảng Nam',
  unitCode: 'SNV',
  contestId: randomUUID(),
  contestTitle: 'Hội thi tìm hiểu cải cách hành chính năm 2025',
  roundId: randomUUID(),
  roundTitle: 'Đợt 1',
  period: null,
  year: null,
  from: null,
  to: null,
  asOf: '2025-03-28',
  cutoff: '2025-03-28T16:59:59.999Z',
  label: 'Toàn bộ thời gian · số liệu tính đến ngày 28/03/2025',
};

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Ngọc', 'Minh', 'Thanh', 'Quốc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hương', 'Lan', 'Phúc', 'Thảo', 'Tuấn', 'Yến', 'Ánh'];
const UNITS = Array.from(
  { length: 240 },
  (_, i) =>
    `${['UBND phường', 'UBND xã', 'Phòng Nội vụ huyện', 'Trường THCS'][i % 4]} ${
      ['Hải Châu', 'Điện Bàn', 'Tam Kỳ', 'Hội An', 'Núi Thành', 'Thăng Bình'][i % 6]
    } ${Math.floor(i / 24) + 1}`,
);
const ROUNDS = ['Đợt 1', 'Đợt 2', 'Đợt 3 – chung kết'];
const START = Date.parse('2025-03-10T01:30:00Z');
const hex = (i) => (i >>> 0).toString(16).padStart(8, '0');

/** Distinct synthetic rows, built once: the timed loop then measures the writer, not this. */
const POOL = Array.from({ length: 16_384 }, (_, i) => {
  const duration = 120_000 + ((i * 7919) % 1_680_000);
  const startedAt = START + i * 3_000;
  return {
    attemptId: `${hex(i * 2654435761)}-${hex(i).slice(4)}-4${hex(i * 40503).slice(5)}-8000-${hex(
      i * 97,
    )}${hex(i).slice(4)}`,
    fullName: `${FAMILY[i % 10]} ${MIDDLE[(i >> 2) % 8]} ${GIVEN[(i >> 4) % 11]}`,
    phoneMasked: i % 9 === 0 ? null : `09${i % 10}****${String(i % 1000).padStart(3, '0')}`,
    unitName: UNITS[i % UNITS.length],
    contestTitle: SCOPE.contestTitle,
    roundTitle: ROUNDS[i % 3],
    attemptNo: (i % 3) + 1,
    status: i % 17 === 0 ? 'expired' : 'submitted',
    startedAt: new Date(startedAt),
    submittedAt: new Date(startedAt + duration),
    durationMs: duration,
    correctCount: i % 21,
    total: 20,
    prediction: i % 4 === 0 ? null : 1000 + (i % 5000),
    clientIp: `203.113.${(i >> 8) & 255}.${i & 255}`,
    deviceHash: hex(i * 2246822519) + hex(i * 3266489917),
  };
});

async function* attempts(count) {
  for (let i = 0; i < count; i++) yield POOL[i & (POOL.length - 1)];
}

/** Counts and drops the bytes; a small buffer, so the writer meets backpressure. */
function countingSink(copyTo) {
  let bytes = 0;
  const sink = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk, _enc, cb) {
      bytes += chunk.length;
      if (copyTo) copyTo.write(chunk);
      cb();
    },
    final(cb) {
      if (copyTo) copyTo.end(cb);
      else cb();
    },
  });
  return { sink, bytes: () => bytes };
}

/** The cost of the row source alone (an async generator), included in every run's time. */
async function sourceOnly(rows) {
  const t0 = performance.now();
  let n = 0;
  for await (const _row of attempts(rows)) n++;
  if (n !== rows) throw new Error('short source');
  return Math.round(performance.now() - t0);
}

async function run(rows, copyTo) {
  const { sink, bytes } = countingSink(copyTo);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await writeAttemptsXlsx(attempts(rows), sink, {
    scope: SCOPE,
    exportedAt: new Date('2025-03-30T02:15:00Z'),
  });
  const elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  if (result.rows !== rows) throw new Error(`wrote ${result.rows} rows, expected ${rows}`);
  return {
    elapsedMs: Math.round(elapsedMs),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rowsPerSecond: Math.round(rows / (elapsedMs / 1000)),
    bytes: bytes(),
    rssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
  };
}

await run(Math.min(ROWS, 5_000)); // warm-up: JIT, module loading
const sourceMs = await sourceOnly(ROWS);
console.log(`row source alone: ${sourceMs} ms`);
const runs = [];
for (let i = 0; i < RUNS; i++) {
  const copyTo =
    process.env.OUT_FILE && i === RUNS - 1 ? createWriteStream(process.env.OUT_FILE) : null;
  const r = await run(ROWS, copyTo);
  runs.push(r);
  console.log(
    `run ${i + 1}: ${r.elapsedMs} ms elapsed, ${r.cpuMs} ms CPU, ${r.rowsPerSecond} rows/s, ` +
      `${r.bytes} bytes, rss after ${r.rssMb} MB`,
  );
}
const byTime = [...runs].sort((a, b) => a.elapsedMs - b.elapsedMs);
const best = byTime[0];
const median = byTime[Math.floor(byTime.length / 2)];
console.log(
  `${ROWS} rows: best ${best.elapsedMs} ms elapsed / ${best.cpuMs} ms CPU ` +
    `(${best.rowsPerSecond} rows/s), median ${median.elapsedMs} ms, first ${runs[0].cpuMs} ms CPU, ` +
    `${best.bytes} bytes`,
);
const file = writeResult(process.env.RESULT_NAME ?? 'xlsx-writer', {
  module: path.relative(ROOT, MODULE),
  rows: ROWS,
  sourceMs,
  best,
  median,
  runs,
});
console.log(`→ ${path.relative(ROOT, file)}`);
