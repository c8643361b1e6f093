// Question bank benchmark (issue 3): import 5,000 questions from one .xlsx (target < 10 s), and
// search a 20,000-question bank with accent-insensitive queries (target p95 < 100 ms).
// Run: npm run build && node tests/load/bank.mjs   → prints a summary, writes tests/load/results/bank.json
import ExcelJS from 'exceljs';
import { login, startServer, summarise, writeResult } from './lib.mjs';

const AREAS = [
  'the_che',
  'thu_tuc_hanh_chinh',
  'to_chuc_bo_may',
  'che_do_cong_vu',
  'tai_chinh_cong',
  'chinh_quyen_so',
  'chi_dao_tuyen_truyen',
];
const WORDS = [
  'cải cách',
  'thủ tục',
  'hành chính',
  'một cửa',
  'dịch vụ công',
  'chính quyền số',
  'công vụ',
  'tài chính công',
  'bộ máy',
  'tuyên truyền',
  'số hóa',
  'hồ sơ',
  'thanh toán',
  'trực tuyến',
  'văn hóa',
  'kỷ cương',
];
const HEADER = [
  'Lĩnh vực',
  'Mức độ',
  'Loại câu hỏi',
  'Câu hỏi',
  'Phương án A',
  'Phương án B',
  'Phương án C',
  'Phương án D',
  'Phương án E',
  'Phương án F',
  'Đáp án đúng',
  'Giải thích',
  'Nguồn - văn bản',
  'Nguồn - ngày',
  'Nguồn - điều khoản',
  'Thẻ',
  'Đối tượng',
];

let seq = 0;
async function workbook(n, batch) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Câu hỏi');
  ws.addRow(HEADER);
  for (let i = 0; i < n; i++) {
    const k = seq++;
    const w = (j) => WORDS[(k * 7 + j * 3) % WORDS.length];
    ws.addRow([
      AREAS[k % 7],
      1 + (k % 3),
      'single',
      `Câu hỏi số ${k} lô ${batch} về ${w(0)} và ${w(1)} trong ${w(2)}?`,
      `Phương án ${w(3)} ${k}`,
      `Phương án ${w(4)} ${k}`,
      `Phương án ${w(5)} ${k}`,
      `Phương án ${w(6)} ${k}`,
      '',
      '',
      'ABCD'[k % 4],
      `Giải thích về ${w(7)}.`,
      'Nghị quyết 76/NQ-CP',
      '',
      '',
      `lo${batch}`,
      'both',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function importFile(baseUrl, token, buf) {
  const form = new FormData();
  form.append('file', new Blob([buf]), 'bank.xlsx');
  const t0 = performance.now();
  const r = await fetch(`${baseUrl}/api/questions/import?dryRun=false&status=published`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const ms = performance.now() - t0;
  const body = await r.json();
  if (r.status !== 201 || body.created !== 5000)
    throw new Error(`import failed: ${r.status} ${JSON.stringify(body).slice(0, 300)}`);
  return ms;
}

const server = await startServer();
try {
  const token = await login(server.baseUrl, 'btc@demo.local');
  const importMs = [];
  for (let b = 0; b < 4; b++) {
    const buf = await workbook(5000, b);
    importMs.push(await importFile(server.baseUrl, token, buf));
    console.log(
      `import ${b + 1}/4: 5,000 questions in ${(importMs[b] / 1000).toFixed(2)} s (bank now ${(b + 1) * 5000})`,
    );
  }
  const unaccent = (s) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd');
  const searchMs = [];
  let hits = 0;
  for (let i = 0; i < 300; i++) {
    const q =
      i % 2
        ? unaccent(`${WORDS[i % WORDS.length]} ${WORDS[(i * 5) % WORDS.length]}`)
        : WORDS[i % WORDS.length];
    const filters =
      i % 3 === 0
        ? `&area=${AREAS[i % 7]}`
        : i % 3 === 1
          ? `&difficulty=${1 + (i % 3)}&status=published`
          : '';
    const t0 = performance.now();
    const r = await fetch(
      `${server.baseUrl}/api/questions?search=${encodeURIComponent(q)}${filters}&pageSize=50`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const body = await r.json();
    searchMs.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`search failed ${r.status}`);
    hits += body.total > 0 ? 1 : 0;
  }
  const result = {
    import5000: {
      runsMs: importMs.map(Math.round),
      worstS: Math.max(...importMs) / 1000,
      targetS: 10,
    },
    search20000: { ...summarise(searchMs), queriesWithHits: hits, targetP95Ms: 100 },
  };
  const file = writeResult('bank', result);
  console.log(`\nQuestion bank benchmark`);
  console.log(
    `  import 5,000 questions (.xlsx, real import): worst ${result.import5000.worstS.toFixed(2)} s of ${importMs.length} runs (target < 10 s)`,
  );
  console.log(
    `  search in 20,000 questions: p50 ${result.search20000.p50} ms, p95 ${result.search20000.p95} ms, p99 ${result.search20000.p99} ms over ${searchMs.length} queries (target p95 < 100 ms)`,
  );
  console.log(`  written to ${file}`);
} finally {
  await server.stop();
}
