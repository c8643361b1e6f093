// Benchmark of the login slips (no server, no database): a province's 10,000 accounts rendered
// as the A4 PDF (10 a page, a QR code each) and as the .xlsx for mail merge, each written to a
// file the way the accounts endpoint stores them.
//
// Run: npx tsc -b server && node tests/load/slips.mjs → prints elapsed and CPU time per file,
// CPU per slip, bytes and the peak RSS, writes tests/load/results/slips.json. Knobs (environment):
//   SLIPS=10000          slips rendered
//   RESULT_NAME=slips
//   OUT_DIR=             keep the two files in this folder (default: a temporary one, removed)
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { pathToFileURL } from 'node:url';
import { buildInfo, ROOT, writeResult } from './lib.mjs';

const SLIPS = Number(process.env.SLIPS ?? 10_000);
const MODULE = path.join(ROOT, 'server/dist/users/login-slips.js');
const { writeLoginSlipsPdf, writeLoginSlipsXlsx } = await import(pathToFileURL(MODULE).href);

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
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
const EXPIRES = new Date('2026-12-17T16:59:00Z');

/** The accounts just created, with their plain codes: what the endpoint holds in memory. */
const slips = Array.from({ length: SLIPS }, (_, i) => ({
  fullName: `${FAMILY[i % 10]} ${MIDDLE[(i >> 2) % 8]} ${GIVEN[(i >> 4) % 11]}`,
  unitName: UNITS[i % UNITS.length],
  username: `09${String(10_000_000 + i * 37).slice(-8)}`,
  code: Array.from({ length: 8 }, (_, k) => ALPHABET[(i * 7919 + k * 131) % 25]).join(''),
  expiresAt: EXPIRES,
}));
const OPTS = {
  origin: 'https://thi-cchc.quangnam.gov.vn',
  issuingUnit: 'Sở Nội vụ tỉnh Quảng Nam',
  issuedAt: new Date('2026-12-03T03:00:00Z'),
};

const mb = (bytes) => Math.round(bytes / 1024 / 1024);
let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

async function run(label, write, file) {
  const rssBefore = process.memoryUsage().rss;
  peakRss = rssBefore;
  const sampler = setInterval(sampleRss, 25);
  let lastProgress = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await write(slips, createWriteStream(file), {
    ...OPTS,
    onProgress: (n) => {
      sampleRss();
      if (n - lastProgress >= SLIPS / 4 || n === SLIPS) {
        lastProgress = n;
        process.stdout.write(`  ${label}: ${n}/${SLIPS}\n`);
      }
    },
  });
  const elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  sampleRss();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return {
    result,
    elapsedMs: Math.round(elapsedMs),
    cpuMs: Math.round(cpuMs),
    cpuMsPerSlip: Math.round((cpuMs / SLIPS) * 1000) / 1000,
    bytes: statSync(file).size,
    rssBeforeMb: mb(rssBefore),
    rssPeakMb: mb(peakRss),
  };
}

const dir = process.env.OUT_DIR
  ? (mkdirSync(process.env.OUT_DIR, { recursive: true }), process.env.OUT_DIR)
  : mkdtempSync(path.join(tmpdir(), 'cchc-slips-'));
try {
  // Warm-up: JIT, fonts read, pdfkit's font metrics loaded.
  await writeLoginSlipsPdf(slips.slice(0, 50), createWriteStream(path.join(dir, 'warm.pdf')), OPTS);
  const pdf = await run('pdf', writeLoginSlipsPdf, path.join(dir, 'phieu-dang-nhap.pdf'));
  if (pdf.result.slips !== SLIPS || pdf.result.pages !== Math.ceil(SLIPS / 10))
    throw new Error(`pdf: ${JSON.stringify(pdf.result)}`);
  const xlsx = await run('xlsx', writeLoginSlipsXlsx, path.join(dir, 'phieu-dang-nhap.xlsx'));
  if (xlsx.result.rows !== SLIPS) throw new Error(`xlsx: ${JSON.stringify(xlsx.result)}`);
  const maxRssMb = mb(process.resourceUsage().maxRSS * 1024);
  for (const [name, r] of [
    ['pdf', pdf],
    ['xlsx', xlsx],
  ]) {
    console.log(
      `${name}: ${SLIPS} slips in ${r.elapsedMs} ms elapsed, ${r.cpuMs} ms CPU ` +
        `(${r.cpuMsPerSlip} ms a slip), ${r.bytes} bytes, rss ${r.rssBeforeMb} → peak ${r.rssPeakMb} MB`,
    );
  }
  console.log(`process peak RSS (getrusage): ${maxRssMb} MB`);
  const file = writeResult(process.env.RESULT_NAME ?? 'slips', {
    server: buildInfo(),
    slips: SLIPS,
    pdf,
    xlsx,
    totalElapsedMs: pdf.elapsedMs + xlsx.elapsedMs,
    cpuMsPerSlip: Math.round(((pdf.cpuMs + xlsx.cpuMs) / SLIPS) * 1000) / 1000,
    maxRssMb,
  });
  console.log(`→ ${path.relative(ROOT, file)}`);
} finally {
  if (!process.env.OUT_DIR) rmSync(dir, { recursive: true, force: true });
}
