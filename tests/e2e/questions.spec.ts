import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, login } from '../support/api.js';
import { readXlsx, upload, xlsx, zipBomb } from '../support/files.js';
import { freshOrganiser } from '../support/org.js';

const tag = () => `t${randomBytes(4).toString('hex')}`;
const token = () => randomBytes(3).toString('hex');

function question(over: Record<string, unknown> = {}) {
  return {
    area: 'thu_tuc_hanh_chinh',
    difficulty: 2,
    type: 'single',
    stem: `Bộ phận nào tiếp nhận hồ sơ theo cơ chế một cửa (mã ${token()})?`,
    options: [
      { text: 'Bộ phận Tiếp nhận và trả kết quả', correct: true },
      { text: 'Phòng Kinh tế', correct: false },
      { text: 'Đài truyền thanh', correct: false },
    ],
    explanation: 'Theo cơ chế một cửa, hồ sơ được tiếp nhận tại Bộ phận Tiếp nhận và trả kết quả.',
    source: { document: 'Nghị định 61/2018/NĐ-CP' },
    tags: ['một cửa'],
    track: 'citizen',
    ...over,
  };
}

let org: { unitId: string; token: string };
let other: { unitId: string; token: string };

beforeAll(async () => {
  org = await freshOrganiser();
  other = await freshOrganiser();
});

describe('question CRUD and revisions', () => {
  it('creates a sanitised, NFC question and finds it by unaccented search', async () => {
    const word = token();
    const stem =
      `<b>Cải cách thể chế</b> là nội dung thứ mấy của Nghị quyết 76/NQ-CP? ${word}<script>alert(1)</script><img src=x onerror=alert(1)>`.normalize(
        'NFD',
      );
    const r = await api('POST', '/api/questions', {
      token: org.token,
      body: question({ area: 'the_che', stem }),
    });
    expect(r.status).toBe(201);
    expect(r.body.stem).toBe(
      `<b>Cải cách thể chế</b> là nội dung thứ mấy của Nghị quyết 76/NQ-CP? ${word}`.normalize(
        'NFC',
      ),
    );
    expect(r.body).toMatchObject({
      revision: 1,
      status: 'draft',
      editable: true,
      ownerUnitId: org.unitId,
    });
    const found = await api(
      'GET',
      `/api/questions?search=${encodeURIComponent(`cai cach the che la noi dung thu may ${word}`)}`,
      { token: org.token },
    );
    expect(found.body.items.map((q: { id: string }) => q.id)).toEqual([r.body.id]);
    expect(found.body.counts).toEqual([{ area: 'the_che', difficulty: 2, count: 1 }]);
  });

  it('flags a duplicate stem (case, spacing and punctuation ignored) with a link to the existing one', async () => {
    const first = await api('POST', '/api/questions', { token: org.token, body: question() });
    const dup = await api('POST', '/api/questions', {
      token: org.token,
      body: question({ stem: `  ${first.body.stem.toUpperCase().replace('?', ' ?!')}  ` }),
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({
      code: 'duplicate_question',
      details: { existingId: first.body.id },
    });
  });

  it('validates options: 2–6, at least one correct, one for single choice, two for true/false', async () => {
    const seven = Array.from({ length: 7 }, (_, i) => ({
      text: `Phương án ${i}`,
      correct: i === 0,
    }));
    const cases = [
      question({ options: seven }),
      question({ options: [{ text: 'Chỉ một', correct: true }] }),
      question({
        options: [
          { text: 'A', correct: false },
          { text: 'B', correct: false },
        ],
      }),
      question({
        options: [
          { text: 'A', correct: true },
          { text: 'B', correct: true },
        ],
      }),
      question({
        type: 'true_false',
        options: [
          { text: 'Đúng', correct: true },
          { text: 'Sai', correct: false },
          { text: 'Không rõ', correct: false },
        ],
      }),
      question({ area: 'khong_ton_tai' }),
    ];
    for (const body of cases) {
      const r = await api('POST', '/api/questions', { token: org.token, body });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('validation_failed');
    }
    const multi = await api('POST', '/api/questions', {
      token: org.token,
      body: question({
        type: 'multiple',
        options: [
          { text: 'Thanh toán trực tuyến', correct: true },
          { text: 'Số hóa hồ sơ', correct: true },
          { text: 'Nộp hồ sơ bằng fax', correct: false },
        ],
      }),
    });
    expect(multi.status).toBe(201);
  });

  it('editing content creates a new revision; old revisions stay readable; status-only edits do not', async () => {
    const q = await api('POST', '/api/questions', { token: org.token, body: question() });
    const edited = await api('PATCH', `/api/questions/${q.body.id}`, {
      token: org.token,
      body: { stem: `${q.body.stem} (đã sửa)` },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.revision).toBe(2);
    expect(edited.body.options.map((o: { id: string }) => o.id)).toEqual(
      q.body.options.map((o: { id: string }) => o.id),
    );
    const published = await api('PATCH', `/api/questions/${q.body.id}`, {
      token: org.token,
      body: { status: 'published' },
    });
    expect(published.body).toMatchObject({ revision: 2, status: 'published' });
    const revs = await api('GET', `/api/questions/${q.body.id}/revisions`, { token: org.token });
    expect(revs.body.map((r: { revision: number; stem: string }) => [r.revision, r.stem])).toEqual([
      [2, `${q.body.stem} (đã sửa)`],
      [1, q.body.stem],
    ]);
    const retired = await api('DELETE', `/api/questions/${q.body.id}`, { token: org.token });
    expect(retired.body.status).toBe('retired');
    expect(
      (await api('GET', `/api/questions/${q.body.id}`, { token: org.token })).body.status,
    ).toBe('retired');
  });

  it('bulk publishes, tags and retires', async () => {
    const t = tag();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(
        (await api('POST', '/api/questions', { token: org.token, body: question() })).body.id,
      );
    expect(
      (
        await api('POST', '/api/questions/bulk', {
          token: org.token,
          body: { ids, action: 'publish' },
        })
      ).body.updated,
    ).toBe(3);
    expect(
      (
        await api('POST', '/api/questions/bulk', {
          token: org.token,
          body: { ids: ids.slice(0, 2), action: 'tag', tag: t },
        })
      ).body.updated,
    ).toBe(2);
    const tagged = await api('GET', `/api/questions?tag=${t}&status=published`, {
      token: org.token,
    });
    expect(tagged.body.total).toBe(2);
    // Ids outside the organiser's subtree are silently not touched.
    const foreign = await api('POST', '/api/questions/bulk', {
      token: other.token,
      body: { ids, action: 'retire' },
    });
    expect(foreign.body.updated).toBe(0);
  });
});

describe('question scope', () => {
  it('an organiser of another subtree can neither read nor edit', async () => {
    const q = await api('POST', '/api/questions', {
      token: org.token,
      body: question({ status: 'published' }),
    });
    expect((await api('GET', `/api/questions/${q.body.id}`, { token: other.token })).status).toBe(
      404,
    );
    expect(
      (
        await api('PATCH', `/api/questions/${q.body.id}`, {
          token: other.token,
          body: { stem: 'Chiếm quyền sửa câu hỏi' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await api('DELETE', `/api/questions/${q.body.id}`, { token: other.token })).status,
    ).toBe(404);
    expect(
      (await api('GET', `/api/questions/${q.body.id}/revisions`, { token: other.token })).status,
    ).toBe(404);
    const list = await api(
      'GET',
      `/api/questions?pageSize=200&search=${encodeURIComponent(q.body.stem.slice(-12))}`,
      { token: other.token },
    );
    expect(list.body.items).toEqual([]);
  });

  it('published questions of an ancestor unit are readable but not editable; drafts stay hidden', async () => {
    const child = await freshOrganiser(org.unitId);
    const pub = await api('POST', '/api/questions', {
      token: org.token,
      body: question({ status: 'published' }),
    });
    const draft = await api('POST', '/api/questions', { token: org.token, body: question() });
    const seen = await api('GET', `/api/questions/${pub.body.id}`, { token: child.token });
    expect(seen.status).toBe(200);
    expect(seen.body.editable).toBe(false);
    expect(
      (
        await api('PATCH', `/api/questions/${pub.body.id}`, {
          token: child.token,
          body: { difficulty: 3 },
        })
      ).status,
    ).toBe(403);
    expect(
      (await api('GET', `/api/questions/${draft.body.id}`, { token: child.token })).status,
    ).toBe(404);
  });

  it('participants and reporters cannot use the bank', async () => {
    const p = await login('thisinh03@demo.local');
    expect((await api('GET', '/api/questions', { token: p })).status).toBe(403);
    const r = await login('baocao@demo.local');
    expect((await api('POST', '/api/questions', { token: r, body: question() })).status).toBe(403);
  });
});

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
const row = (stem: string, correct = 'B', over: Partial<Record<number, string | number>> = {}) => {
  const r: (string | number)[] = [
    'chinh_quyen_so',
    1,
    'single',
    stem,
    'PAPI',
    'DTI',
    'PCI',
    'SIPAS',
    '',
    '',
    correct,
    'DTI là Chỉ số chuyển đổi số cấp tỉnh.',
    'CCHC-FACTS',
    '',
    '',
    'chỉ số',
    'staff',
  ];
  for (const [i, v] of Object.entries(over)) r[Number(i)] = v!;
  return r;
};

async function count(t: string, who = org.token): Promise<number> {
  return (await api('GET', `/api/questions?search=${t}`, { token: who })).body.total;
}

describe('question import', () => {
  it('imports an .xlsx: dry run writes nothing, the real import creates every row', async () => {
    const t = token();
    const file = await xlsx([
      HEADER,
      row(`Chỉ số nào đo chuyển đổi số cấp tỉnh? ${t}`),
      row(`Chỉ số DTI có mấy trụ cột? ${t}`, 'A', {
        4: 'Ba trụ cột',
        5: 'Hai trụ cột',
        6: 'Bốn trụ cột',
        7: 'Năm trụ cột',
        2: 'single',
      }),
    ]);
    const dry = await api('POST', '/api/questions/import?dryRun=true', {
      token: org.token,
      form: upload('cau-hoi.xlsx', file),
    });
    expect(dry.status).toBe(201);
    expect(dry.body).toMatchObject({
      dryRun: true,
      total: 2,
      created: 2,
      errors: [],
      duplicates: [],
    });
    expect(dry.body.preview[0]).toMatchObject({
      row: 2,
      area: 'chinh_quyen_so',
      type: 'single',
      options: 4,
      correct: 'B',
    });
    expect(await count(t)).toBe(0);
    const real = await api('POST', '/api/questions/import?dryRun=false&status=published', {
      token: org.token,
      form: upload('cau-hoi.xlsx', file),
    });
    expect(real.body).toMatchObject({ dryRun: false, created: 2 });
    expect(await count(t)).toBe(2);
  });

  it('reports every bad row (missing correct answer, 7 options, bad letters, formula) and writes nothing', async () => {
    const t = token();
    const header = [...HEADER.slice(0, 10), 'Phương án G', ...HEADER.slice(10)];
    const wide = (r: (string | number)[], g = '') => [...r.slice(0, 10), g, ...r.slice(10)];
    const file = await xlsx([
      header,
      wide(row(`Hợp lệ ${t}`)),
      wide(row(`Thiếu đáp án ${t}`, '')),
      wide(row(`Bảy phương án ${t}`), 'Phương án thứ bảy'),
      wide(row(`Đáp án ngoài phạm vi ${t}`, 'E')),
      wide(row(`Sai lĩnh vực ${t}`, 'A', { 0: 'khong_co' })),
    ]);
    // A cell holding a formula.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    wb.worksheets[0]!.addRow(wide(row(`Công thức ${t}`)));
    wb.worksheets[0]!.getCell('E7').value = {
      formula: 'HYPERLINK("http://x","PAPI")',
      result: 'PAPI',
    } as never;
    const withFormula = Buffer.from(await wb.xlsx.writeBuffer());
    const dry = await api('POST', '/api/questions/import?dryRun=true', {
      token: org.token,
      form: upload('loi.xlsx', withFormula),
    });
    const byRow = dry.body.errors.map((e: { row: number; field: string }) => [e.row, e.field]);
    expect(byRow).toEqual([
      [3, 'correct'],
      [4, 'options'],
      [5, 'correct'],
      [6, 'area'],
      [7, 'A'],
    ]);
    expect(dry.body.errors[0].message).toBe('Thiếu đáp án đúng.');
    const real = await api('POST', '/api/questions/import?dryRun=false', {
      token: org.token,
      form: upload('loi.xlsx', withFormula),
    });
    expect(real.status).toBe(400);
    expect(real.body.error.code).toBe('import_failed');
    expect(await count(t)).toBe(0);
  });

  it('names missing columns (a file with the wrong columns)', async () => {
    const file = await xlsx([
      ['Họ tên', 'Số điện thoại'],
      ['Nguyễn Văn A', '0912345678'],
    ]);
    const r = await api('POST', '/api/questions/import?dryRun=true', {
      token: org.token,
      form: upload('nham.xlsx', file),
    });
    expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'stem',
      'A',
      'B',
      'correct',
    ]);
  });

  it('reports duplicate rows within the file and against the bank, and skips them', async () => {
    const t = token();
    const existing = await api('POST', '/api/questions', {
      token: org.token,
      body: question({ stem: `Câu đã có trong ngân hàng ${t}` }),
    });
    const csv = [
      HEADER,
      row(`Câu mới ${t}`),
      row(`câu MỚI ${t} !`),
      row(`Câu đã có trong ngân hàng ${t}`),
    ]
      .map((r) => r.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(','))
      .join('\r\n');
    const r = await api('POST', '/api/questions/import?dryRun=false', {
      token: org.token,
      form: upload('trung.csv', `\uFEFF${csv}`),
    });
    expect(r.body.created).toBe(1);
    expect(r.body.duplicates).toEqual([
      { row: 3, stem: `câu MỚI ${t} !`, existingId: null, firstRow: 2 },
      {
        row: 4,
        stem: `Câu đã có trong ngân hàng ${t}`,
        existingId: existing.body.id,
        firstRow: null,
      },
    ]);
  });

  it('normalises NFD text pasted from Word to NFC, in a CSV without BOM', async () => {
    const t = token();
    const stem = `Trung tâm Phục vụ hành chính công cấp xã tiếp nhận hồ sơ ở đâu? ${t}`;
    const csv = `${HEADER.join(',')}\n${row(stem.normalize('NFD'))
      .map((c) => `"${String(c).normalize('NFD')}"`)
      .join(',')}\n`;
    const r = await api('POST', '/api/questions/import?dryRun=false', {
      token: org.token,
      form: upload('word.csv', csv),
    });
    expect(r.body.created).toBe(1);
    const found = await api('GET', `/api/questions?search=${t}`, { token: org.token });
    expect(found.body.items[0].stem).toBe(stem.normalize('NFC'));
    expect(found.body.items[0].stem).not.toBe(stem.normalize('NFD'));
  });

  it('imports Aiken and reports a question without ANSWER or with 7 options', async () => {
    const t = token();
    const aiken = [
      `Cổng Dịch vụ công quốc gia có địa chỉ nào? ${t}`,
      'A. dichvucong.gov.vn',
      'B. chinhphu.vn',
      'C. moj.gov.vn',
      'ANSWER: A',
      '',
      `Câu thiếu đáp án ${t}`,
      'A. Một',
      'B. Hai',
      '',
      `Câu bảy phương án ${t}`,
      ...'ABCDEFG'.split('').map((l) => `${l}. Phương án ${l}`),
      'ANSWER: A',
    ].join('\n');
    const dry = await api(
      'POST',
      '/api/questions/import?dryRun=true&area=chinh_quyen_so&difficulty=1',
      { token: org.token, form: upload('aiken.txt', aiken) },
    );
    expect(dry.body.created).toBe(1);
    expect(dry.body.errors.map((e: { row: number }) => e.row)).toEqual([7, 11]);
    const ok = await api(
      'POST',
      '/api/questions/import?dryRun=false&area=chinh_quyen_so&difficulty=1',
      { token: org.token, form: upload('aiken.txt', aiken.split('\n\n')[0]!) },
    );
    expect(ok.body.created).toBe(1);
    const q = (await api('GET', `/api/questions?search=${t}`, { token: org.token })).body.items[0];
    expect(q.options.map((o: { text: string; correct: boolean }) => [o.text, o.correct])).toEqual([
      ['dichvucong.gov.vn', true],
      ['chinhphu.vn', false],
      ['moj.gov.vn', false],
    ]);
  });

  it('imports GIFT: single, true/false and weighted multiple answers', async () => {
    const t = token();
    const gift = [
      '// câu hỏi minh họa',
      `::PAPI:: Chỉ số PAPI đo lường điều gì ${t}? { =Hiệu quả quản trị và hành chính công cấp tỉnh ~Năng lực cạnh tranh cấp tỉnh ~Chuyển đổi số cấp tỉnh }`,
      '',
      `Tổng đài 1022 được nêu trong kế hoạch của xã Phú Thái ${t}. {T}`,
      '',
      `Những nội dung nào thuộc chính quyền số ${t}? { ~%50%Thanh toán trực tuyến ~%50%Số hóa hồ sơ ~%-100%Nộp hồ sơ bằng fax }`,
    ].join('\n');
    const r = await api(
      'POST',
      '/api/questions/import?dryRun=false&area=chinh_quyen_so&difficulty=2',
      { token: org.token, form: upload('bank.gift', gift) },
    );
    expect(r.body).toMatchObject({ created: 3, errors: [] });
    const items = (await api('GET', `/api/questions?search=${t}`, { token: org.token })).body.items;
    const types = Object.fromEntries(
      items.map((q: { type: string; options: { correct: boolean }[] }) => [
        q.type,
        q.options.filter((o) => o.correct).length,
      ]),
    );
    expect(types).toEqual({ single: 1, true_false: 1, multiple: 2 });
  });

  it('refuses an empty file, a zip bomb, a non-spreadsheet and an unknown format', async () => {
    const empty = await api('POST', '/api/questions/import?dryRun=true', {
      token: org.token,
      form: upload('rong.csv', `${HEADER.join(',')}\n`),
    });
    expect(empty.body.errors).toEqual([
      { row: 0, field: 'file', message: 'Tệp không có dòng dữ liệu nào.' },
    ]);
    const bomb = await api('POST', '/api/questions/import?dryRun=true', {
      token: org.token,
      form: upload('bom.xlsx', zipBomb()),
    });
    expect(bomb.status).toBe(413);
    expect(bomb.body.error.code).toBe('archive_too_large');
    const broken = await api('POST', '/api/questions/import?dryRun=true', {
      token: org.token,
      form: upload('hong.xlsx', randomBytes(2000)),
    });
    expect(broken.body.error.code).toBe('file_invalid');
    const unknown = await api('POST', '/api/questions/import?dryRun=true', {
      token: org.token,
      form: upload('cau-hoi.docx', 'xin chào'),
    });
    expect(unknown.body.error.code).toBe('file_invalid');
  });

  it('refuses more than 5,000 questions in one file', async () => {
    const lines = [HEADER.join(',')];
    for (let i = 0; i < 5001; i++) lines.push(row(`Câu ${i}`).join(','));
    const r = await api('POST', '/api/questions/import?dryRun=true', {
      token: org.token,
      form: upload('lon.csv', lines.join('\n')),
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('too_many_rows');
  });
});

describe('question export', () => {
  async function download(t: string, path: string): Promise<Buffer> {
    const res = await fetch(`${baseUrl()}${path}`, { headers: { authorization: `Bearer ${t}` } });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  it('export → import → export round-trips exactly, with formula-looking cells escaped', async () => {
    const t = tag();
    const bodies = [
      question({ tags: [t, 'một cửa'], status: 'published' }),
      question({
        stem: `=HYPERLINK("http://x") là một công thức, không phải câu hỏi thật ${token()}`,
        tags: [t],
        status: 'published',
        source: { document: 'Nghị quyết 76/NQ-CP', date: '15/07/2021', article: 'Mục II' },
      }),
      question({
        type: 'true_false',
        stem: `Cổng Dịch vụ công quốc gia là dichvucong.gov.vn ${token()}`,
        options: [
          { text: 'Đúng', correct: true },
          { text: 'Sai', correct: false },
        ],
        tags: [t],
        status: 'published',
      }),
      question({
        type: 'multiple',
        stem: `<b>Những</b> hình thức nào thuộc chính quyền số? ${token()}`,
        options: [
          { text: 'Thanh toán trực tuyến', correct: true },
          { text: '+ Số hóa hồ sơ', correct: true },
          { text: '@Fax', correct: false },
          { text: '-Thư tay', correct: false },
        ],
        tags: [t],
        status: 'published',
      }),
    ];
    for (const b of bodies)
      expect((await api('POST', '/api/questions', { token: org.token, body: b })).status).toBe(201);
    const first = await download(org.token, `/api/questions/export?format=xlsx&tag=${t}`);
    const rows = await readXlsx(first);
    expect(rows).toHaveLength(5);
    const formulaRow = rows.find((r) => r[3]!.includes('HYPERLINK'))!;
    expect(formulaRow[3]!.startsWith("'=")).toBe(true);
    expect(rows.flat().some((c) => /^[=+\-@]/.test(c))).toBe(false);

    const target = await freshOrganiser();
    const imported = await api('POST', '/api/questions/import?dryRun=false&status=published', {
      token: target.token,
      form: upload('export.xlsx', first),
    });
    expect(imported.body).toMatchObject({ created: 4, errors: [], duplicates: [] });
    const second = await download(target.token, `/api/questions/export?format=xlsx&tag=${t}`);
    const sortRows = (r: string[][]) => [
      r[0],
      ...r.slice(1).sort((a, b) => a[3]!.localeCompare(b[3]!)),
    ];
    expect(sortRows(await readXlsx(second))).toEqual(sortRows(rows));

    const csv = await download(org.token, `/api/questions/export?format=csv&tag=${t}`);
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.toString('utf8')).toContain(`"'=HYPERLINK`);
  });

  it('offers the import template', async () => {
    const rows = await readXlsx(
      await download(org.token, '/api/questions/import/template?format=xlsx'),
    );
    expect(rows[0]).toEqual(HEADER);
  });
});
