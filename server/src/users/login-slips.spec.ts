import { Writable } from 'node:stream';
import jsqr from 'jsqr';
import { describe, expect, it } from 'vitest';
import { parseSheet } from '../common/sheet-parse.js';
import {
  activationUrl,
  groupCode,
  qrRuns,
  SLIP_XLSX_HEADER,
  writeLoginSlipsPdf,
  writeLoginSlipsXlsx,
  type LoginSlip,
  type LoginSlipsOptions,
} from './login-slips.js';
import { pdfPages } from '../common/pdf-pages.test-support.js';

// A CommonJS build: its default export arrives as `.default` under Node's ESM.
const jsQR = jsqr.default;

const ORIGIN = 'https://thi-cchc.hanoi.gov.vn';
const OPTS: LoginSlipsOptions = {
  origin: ORIGIN,
  issuingUnit: 'UBND phường Mộ Lao',
  issuedAt: new Date('2026-12-03T03:00:00Z'), // 10:00, 03/12 in Vietnam
};
const EXPIRES = new Date('2026-12-17T16:59:00Z'); // 23:59, 17/12 in Vietnam

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Vũ', 'Bùi'];
const GIVEN = ['Thị Ánh Tuyết', 'Văn Đức', 'Hữu Phước', 'Ngọc Ẩn', 'Thị Thuỷ', 'Quốc Bảo'];
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';

/** 23 people with distinct names and codes; the names carry every kind of diacritic. */
function slips(n = 23): LoginSlip[] {
  return Array.from({ length: n }, (_, i) => ({
    // Decomposed on purpose for some: the slip prints the composed (NFC) letters.
    fullName: `${FAMILY[i % 8]} ${GIVEN[i % 6]} ${String.fromCharCode(65 + i)}`.normalize(
      i % 2 ? 'NFD' : 'NFC',
    ),
    unitName: i < 12 ? 'UBND phường Mộ Lao' : 'Trường THCS Lê Lợi, phường Mộ Lao',
    username: `09${String(12_345_600 + i)}`,
    code: Array.from({ length: 8 }, (_, k) => ALPHABET[(i * 7 + k * 11) % ALPHABET.length]).join(
      '',
    ),
    expiresAt: EXPIRES,
  }));
}

function sink(highWaterMark = 16 * 1024) {
  const chunks: Buffer[] = [];
  const out = new Writable({
    highWaterMark,
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      setImmediate(cb);
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

const count = (hay: string, needle: string) => hay.split(needle).length - 1;

describe('login slips', () => {
  it('prints 10 slips an A4 page: names intact, each code once, the address and the steps', async () => {
    const people = slips();
    const { out, bytes } = sink();
    const progress: number[] = [];
    const result = await writeLoginSlipsPdf(people, out, {
      ...OPTS,
      onProgress: (n) => progress.push(n),
    });
    expect(result).toEqual({ slips: 23, pages: 3 });
    expect(progress).toEqual([10, 20, 23]);

    const { texts, sizes } = await pdfPages(bytes());
    expect(texts).toHaveLength(3);
    for (const s of sizes) expect(s).toEqual([595, 842]);
    const pageOf = (p: LoginSlip) =>
      texts.findIndex((t) => t.includes(p.fullName.normalize('NFC')));
    // Slips keep their order: 10 on the first page, 10 on the second, the last 3 on the third.
    expect(people.map(pageOf)).toEqual(people.map((_, i) => Math.floor(i / 10)));
    const all = texts.join(' ');
    for (const p of people) {
      expect(count(all, p.fullName.normalize('NFC'))).toBe(1);
      expect(count(all, groupCode(p.code))).toBe(1);
      expect(count(all, p.username)).toBe(1);
    }
    expect(all).toContain('Trần Văn Đức');
    expect(all).toContain('Nguyễn Thị Ánh Tuyết');
    expect(all).toContain('Đặng Ngọc Ẩn');
    expect(count(texts[0]!, 'Trường THCS Lê Lợi, phường Mộ Lao')).toBe(0);
    expect(count(texts[1]!, 'Trường THCS Lê Lợi, phường Mộ Lao')).toBe(8);
    expect(count(texts[0]!, `${ORIGIN}/activate`)).toBe(10);
    expect(count(texts[2]!, `${ORIGIN}/activate`)).toBe(3);
    for (const step of [
      '1. Mở địa chỉ',
      'hoặc quét mã QR;',
      '2. Nhập tên đăng nhập và mã kích hoạt;',
      '3. Đặt mật khẩu mới của bạn.',
    ])
      expect(count(texts[0]!, step)).toBe(10);
    expect(count(texts[0]!, '23:59 ngày 17/12/2026')).toBe(10);
    expect(texts[2]).toContain('Trang 3');
    expect(texts[0]).toContain('cấp ngày 03/12/2026');
  });

  it('writes the same rows to an .xlsx for mail merge, read back by the sheet reader', async () => {
    const people = slips();
    const { out, bytes } = sink();
    expect(await writeLoginSlipsXlsx(people, out, OPTS)).toEqual({ rows: 23 });
    const sheet = await parseSheet(
      { originalname: 'phieu.xlsx', buffer: bytes() },
      { maxInflatedBytes: 50 * 1024 * 1024, maxEntries: 100, maxEntryBytes: 50 * 1024 * 1024 },
    );
    expect(sheet.header).toEqual([...SLIP_XLSX_HEADER]);
    expect(sheet.header).toEqual([
      'Họ và tên',
      'Đơn vị',
      'Tên đăng nhập',
      'Mã kích hoạt',
      'Hạn dùng',
      'Địa chỉ đăng nhập',
    ]);
    expect(sheet.rows.map((r) => r.cells)).toEqual(
      people.map((p) => [
        p.fullName.normalize('NFC'),
        p.unitName,
        p.username, // text: the leading zero stays
        p.code,
        '23:59 ngày 17/12/2026',
        `${ORIGIN}/activate?u=${p.username}`,
      ]),
    );
  });

  it('puts the activation page with the username in the QR code, never the code', () => {
    const url = activationUrl(`${ORIGIN}/`, '0912345600');
    expect(url).toBe(`${ORIGIN}/activate?u=0912345600`);
    // Rasterise the runs the PDF draws (4 px a module, a 4-module quiet zone) and scan them.
    const { size, runs } = qrRuns(url);
    const scale = 4;
    const side = (size + 8) * scale;
    const px = new Uint8ClampedArray(side * side * 4).fill(255);
    for (const [r, c, len] of runs) {
      for (let y = (r + 4) * scale; y < (r + 5) * scale; y++) {
        for (let x = (c + 4) * scale; x < (c + 4 + len) * scale; x++) {
          px.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
        }
      }
    }
    expect(jsQR(px, side, side)?.data).toBe(url);
    expect(activationUrl(ORIGIN, 'an+b@x.vn')).toBe(`${ORIGIN}/activate?u=an%2Bb%40x.vn`);
  });

  it('draws page by page: a stalled destination stops the reading of slips', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 1_000; i++) {
        pulled++;
        yield slips(1)[0]!;
      }
    }
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let bytes = 0;
    const out = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _enc, cb) {
        bytes += chunk.length;
        void gate.then(() => cb());
      },
    });
    const done = writeLoginSlipsPdf(source(), out, OPTS);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // 256 KB of unread PDF may wait (some 20 pages of ~15 KB); the whole file is 100 pages.
    expect(pulled).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(500);
    release();
    expect(await done).toEqual({ slips: 1_000, pages: 100 });
    expect(bytes).toBeGreaterThan(0);
  });

  it('says so on an empty sheet, and fails with the destination instead of drawing on', async () => {
    const empty = sink();
    expect(await writeLoginSlipsPdf([], empty.out, OPTS)).toEqual({ slips: 0, pages: 1 });
    expect((await pdfPages(empty.bytes())).texts).toEqual([
      expect.stringContaining('Không có phiếu nào.'),
    ]);

    let pulled = 0;
    function* many() {
      for (let i = 0; i < 1_000; i++) {
        pulled++;
        yield slips(1)[0]!;
      }
    }
    const broken = new Writable({
      write(_chunk, _enc, cb) {
        cb(new Error('disk full'));
      },
    });
    await expect(writeLoginSlipsPdf(many(), broken, OPTS)).rejects.toThrow('disk full');
    expect(pulled).toBeLessThan(1_000);
  });

  it('prints a username whole: a long e-mail smaller, Vietnamese letters in a font that has them', async () => {
    const people = [
      { ...slips(1)[0]!, username: 'nguyen.van.an.phong.van.hoa@molao.hanoi.gov.vn' },
      { ...slips(2)[1]!, username: 'đức@ví-dụ.vn' },
    ];
    const { out, bytes } = sink();
    await writeLoginSlipsPdf(people, out, OPTS);
    const [page] = (await pdfPages(bytes())).texts;
    expect(page).toContain('đức@ví-dụ.vn');
    expect(page!.replace(/ /g, '')).toContain('nguyen.van.an.phong.van.hoa@molao.hanoi.gov.vn');
  });
});
