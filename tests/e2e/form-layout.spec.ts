import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, api, baseUrl, login, uniqueCode, uniquePhone } from '../support/api.js';
import { freshOrganiser } from '../support/org.js';

let admin: string;
/** A unit with its own organiser, and a sub-unit under it. */
let org: { unitId: string; token: string };
let unitName: string;
let child: { id: string; name: string };

beforeAll(async () => {
  admin = await adminToken();
  org = await freshOrganiser();
  unitName = (await api('GET', `/api/units/${org.unitId}`, { token: admin })).body.name;
  const code = uniqueCode('F');
  const created = await api('POST', '/api/units', {
    token: org.token,
    body: { code, name: `Trường Tiểu học ${code}`, kind: 'school', parentId: org.unitId },
  });
  expect(created.status).toBe(201);
  child = { id: created.body.id, name: created.body.name };
});

const layoutOf = (unitId: string, token: string) =>
  api('GET', `/api/units/${unitId}/form-layout`, { token });
const save = (unitId: string, token: string, body: unknown, lang?: string) =>
  api('PUT', `/api/units/${unitId}/form-layout`, { token, body, lang });

async function download(path: string, token: string) {
  const res = await fetch(`${baseUrl()}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: res };
}

/** Each row's texts, a merged range once. */
async function sheetTexts(res: Response): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row, n) => {
    const texts: string[] = [];
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && (!cell.isMerged || cell.master === cell))
        texts.push(cell.value);
    });
    rows[n - 1] = texts;
  });
  return rows;
}

describe('form layout of a unit', () => {
  it('starts from defaults: the unit’s own name, nothing above a root, dotted lines for names', async () => {
    const r = await layoutOf(org.unitId, org.token);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      unitId: org.unitId,
      unitName,
      layout: {
        superiorBody: null,
        issuingUnit: null,
        placeName: null,
        preparerTitle: null,
        preparerName: null,
        signerTitle: null,
        signerName: null,
        dateLine: 'export_date',
      },
      defaults: {
        superiorBody: null,
        issuingUnit: unitName,
        placeName: null,
        preparerTitle: 'Người lập biểu',
        signerTitle: 'Thủ trưởng đơn vị',
      },
      updatedAt: null,
      updatedBy: null,
    });
  });

  it('is saved NFC, audited with before and after, and inherited below where it describes a place', async () => {
    const saved = await save(org.unitId, org.token, {
      superiorBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
      issuingUnit: 'Ủy ban nhân dân phường Mo\u0323\u0302 Lao', // "Mộ" typed decomposed
      placeName: '  Mộ Lao ',
      preparerName: 'Nguyễn Thị Hoa',
      signerTitle: 'KT. Chủ tịch\nPhó Chủ tịch',
      signerName: 'Trần Văn Bình',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.layout).toEqual({
      superiorBody: 'Ủy ban nhân dân tỉnh Quảng Trị',
      issuingUnit: 'Ủy ban nhân dân phường Mộ Lao',
      placeName: 'Mộ Lao',
      preparerTitle: null,
      preparerName: 'Nguyễn Thị Hoa',
      signerTitle: 'KT. Chủ tịch\nPhó Chủ tịch',
      signerName: 'Trần Văn Bình',
      dateLine: 'export_date',
    });
    expect(saved.body.updatedBy).toBe('Ban Tổ chức Thử');
    expect((await layoutOf(org.unitId, org.token)).body).toEqual(saved.body);

    const audit = await api('GET', `/api/audit?targetId=${org.unitId}&targetType=unit`, {
      token: admin,
    });
    const entry = audit.body.items.find((i: { action: string }) => i.action === 'unit.form_layout');
    expect(entry).toMatchObject({
      actorRole: 'organizer',
      before: null,
      after: { placeName: 'Mộ Lao', signerName: 'Trần Văn Bình' },
    });

    // The school below prints the ward as its cơ quan chủ quản and dates its forms in Mộ Lao,
    // but its own head signs: names never come from above.
    const below = await layoutOf(child.id, org.token);
    expect(below.body.defaults).toMatchObject({
      superiorBody: 'Ủy ban nhân dân phường Mộ Lao',
      issuingUnit: child.name,
      placeName: 'Mộ Lao',
    });
    expect(below.body.layout.signerName).toBeNull();
  });

  it('refuses bad input with a clear 400 and keeps what was saved', async () => {
    const before = (await layoutOf(org.unitId, org.token)).body;
    const cases: [unknown, string, string][] = [
      [{ placeName: 'Mộ Lao\nQuảng Trị' }, 'placeName', 'Chỉ được một dòng.'],
      [{ signerTitle: 'A\nB\nC\nD' }, 'signerTitle', 'Tối đa 3 dòng.'],
      [{ issuingUnit: 'Ủ'.repeat(101) }, 'issuingUnit', 'Mỗi dòng tối đa 100 ký tự.'],
      [
        { signerName: 'Trần\u0007Văn' },
        'signerName',
        'Có ký tự không in được (ký tự điều khiển); hãy gõ lại nội dung.',
      ],
      [{ dateLine: 'tomorrow' }, 'dateLine', ''],
      [{ signerName: { $ne: 1 } }, 'signerName', ''],
    ];
    for (const [body, path, message] of cases) {
      const r = await save(org.unitId, org.token, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error.code).toBe('validation_failed');
      const issue = r.body.error.details.find((d: { path: string }) => d.path === path);
      expect(issue, JSON.stringify(r.body.error.details)).toBeDefined();
      if (message) expect(issue.message).toBe(message);
    }
    const unknown = await save(org.unitId, org.token, { unitId: child.id, placeName: 'X' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].message).toContain('unitId');
    const broken = await api('PUT', `/api/units/${org.unitId}/form-layout`, {
      token: org.token,
      body: '{"placeName": ',
    });
    expect(broken.status).toBe(400);
    const en = await save(org.unitId, org.token, { placeName: 'a\nb' }, 'en');
    expect(en.body.error.details[0].message).toBe('One line only.');
    expect((await layoutOf(org.unitId, org.token)).body).toEqual(before);
  });

  it('lets the unit’s reporter edit it, and nobody outside the subtree or below staff', async () => {
    const email = `dm.${uniqueCode('f').toLowerCase()}@demo.vn`;
    const created = await api('POST', '/api/users', {
      token: admin,
      body: {
        fullName: 'Đầu mối Mẫu biểu',
        role: 'reporter',
        unitId: child.id,
        email,
        password: 'BaoCao@2025',
      },
    });
    expect(created.status).toBe(201);
    const reporter = await login(email, 'BaoCao@2025');
    const ok = await save(child.id, reporter, { signerTitle: 'Hiệu trưởng', dateLine: 'blank' });
    expect(ok.status).toBe(200);
    expect(ok.body.updatedBy).toBe('Đầu mối Mẫu biểu');
    // The reporter of the school cannot reach the ward above it.
    expect((await layoutOf(org.unitId, reporter)).status).toBe(404);
    expect((await save(org.unitId, reporter, {})).status).toBe(404);

    const other = await freshOrganiser();
    expect((await layoutOf(org.unitId, other.token)).status).toBe(404);
    expect((await save(org.unitId, other.token, { placeName: 'Nơi khác' })).status).toBe(404);

    const reg = await api('POST', '/api/auth/register', {
      body: {
        fullName: 'Thí sinh Mẫu biểu',
        phone: uniquePhone(),
        unitId: child.id,
        password: 'ThiSinh@2025',
        consent: true,
      },
    });
    expect(reg.status).toBe(201);
    expect((await layoutOf(child.id, reg.body.accessToken)).status).toBe(403);
    expect((await save(child.id, reg.body.accessToken, {})).status).toBe(403);
    expect((await layoutOf('not-a-uuid', admin)).status).toBe(404);
    expect((await layoutOf('00000000-0000-4000-8000-000000000000', admin)).status).toBe(404);
  });

  it('heads and signs the unit’s Biểu 01 and non-participants list, in .xlsx and PDF', async () => {
    const xlsx = await download(`/api/reports/participation.xlsx?unitId=${org.unitId}`, org.token);
    expect(xlsx.status).toBe(200);
    const rows = await sheetTexts(xlsx.body);
    expect(rows[0]).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]);
    expect(rows[1]).toEqual(['ỦY BAN NHÂN DÂN PHƯỜNG MỘ LAO', 'Độc lập - Tự do - Hạnh phúc']);
    expect(rows[3]![0]).toMatch(/^Mộ Lao, ngày \d{2} tháng \d{1,2} năm 20\d{2}$/);
    expect(rows[5]).toEqual(['BIỂU 01. TỔNG HỢP KẾT QUẢ THAM GIA CUỘC THI']);
    expect(rows.at(-4)).toEqual(['NGƯỜI LẬP BIỂU', 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH']);
    expect(rows.at(-1)).toEqual(['Nguyễn Thị Hoa', 'Trần Văn Bình']);

    for (const path of [
      `/api/reports/participation.pdf?unitId=${org.unitId}`,
      `/api/reports/non-participants.pdf?unitId=${org.unitId}`,
    ]) {
      const pdf = await download(path, org.token);
      expect(pdf.status, path).toBe(200);
      expect(pdf.type).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.body.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    }

    // The school asked for the date to be written by hand.
    const school = await sheetTexts(
      (await download(`/api/reports/non-participants.xlsx?unitId=${child.id}`, org.token)).body,
    );
    expect(school[0]).toEqual([
      'ỦY BAN NHÂN DÂN PHƯỜNG MỘ LAO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]);
    expect(school[3]).toEqual(['Mộ Lao, ngày …… tháng …… năm ……']);
    expect(school.at(-4)).toEqual(['NGƯỜI LẬP BIỂU', 'HIỆU TRƯỞNG']);
    expect(school.at(-1)![0]).toMatch(/^…+$/);

    // Biểu 03 stays a list to work with (it can run to 200,000 rows): no PDF, and it says why.
    const noPdf = await api('POST', '/api/reports/exports', {
      token: org.token,
      body: { report: 'attempts', format: 'pdf', query: { unitId: org.unitId } },
    });
    expect(noPdf.status).toBe(400);
    expect(noPdf.body.error.details[0].message).toContain('Biểu 03');
    const attempts = await sheetTexts(
      (await download(`/api/reports/attempts.xlsx?unitId=${org.unitId}`, org.token)).body,
    );
    expect(attempts[0]).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]);
    expect(attempts.at(-1)).toEqual(['Nguyễn Thị Hoa', 'Trần Văn Bình']);
  });

  it('refuses changes to a merged unit', async () => {
    const code = uniqueCode('M');
    const gone = await api('POST', '/api/units', {
      token: org.token,
      body: { code, name: `Tổ dân phố ${code}`, kind: 'village', parentId: org.unitId },
    });
    const merged = await api('POST', `/api/units/${gone.body.id}/merge`, {
      token: org.token,
      body: { intoUnitId: child.id },
    });
    expect(merged.status).toBe(201);
    const r = await save(gone.body.id, org.token, { placeName: 'Mộ Lao' });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('unit_inactive');
  });
});
