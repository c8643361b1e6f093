import { randomBytes } from 'node:crypto';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { xlsx } from '../support/files.js';
import { freshOrganiser } from '../support/org.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
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
  'Đáp án đúng',
  'Giải thích',
  'Nguồn - văn bản',
  'Thẻ',
];

describe('question bank through the UI', () => {
  it('an organiser imports an .xlsx through the wizard, sees the row errors, confirms, finds a question unaccented and edits it', async () => {
    const org = await freshOrganiser();
    const t = randomBytes(3).toString('hex');
    const file = await xlsx([
      HEADER,
      [
        'the_che',
        1,
        'single',
        `Cải cách thể chế là một trong sáu nội dung của Nghị quyết 76/NQ-CP ${t}`,
        'Đúng vậy, là nội dung thứ nhất',
        'Không thuộc Nghị quyết',
        'Chỉ thuộc Chỉ thị 23',
        'Thuộc Nghị quyết 30c',
        'A',
        'NQ 76 nêu sáu nội dung, đầu tiên là cải cách thể chế.',
        'Nghị quyết 76/NQ-CP',
        'nq76',
      ],
      [
        'chinh_quyen_so',
        2,
        'single',
        `Chỉ số chuyển đổi số cấp tỉnh gọi tắt là gì ${t}?`,
        'PAPI',
        'DTI',
        'PCI',
        'SIPAS',
        'B',
        'DTI là Chỉ số chuyển đổi số cấp tỉnh.',
        'CCHC-FACTS',
        'chỉ số',
      ],
      [
        'the_che',
        1,
        'single',
        `Câu hỏi này thiếu đáp án đúng ${t}`,
        'Một',
        'Hai',
        'Ba',
        'Bốn',
        '',
        '',
        '',
        '',
      ],
    ]);
    const dir = mkdtempSync(path.join(tmpdir(), 'qb-'));
    const filePath = path.join(dir, 'cau-hoi.xlsx');
    writeFileSync(filePath, file);

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    await context.addInitScript((token) => localStorage.setItem('cchc.token', token), org.token);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/questions`);
    await page.getByTestId('qb-import').click();
    await page.getByTestId('qb-import-file').setInputFiles(filePath);
    await page.getByTestId('qb-import-preview').waitFor();
    const errors = page.getByTestId('qb-import-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('Thiếu đáp án đúng.');
    // With an error in the file, confirming is not offered (a real import is all-or-nothing).
    expect(await page.getByTestId('qb-import-confirm').isDisabled()).toBe(true);

    expect((await api('GET', `/api/questions?search=${t}`, { token: org.token })).body.total).toBe(
      0,
    );
    // The file is corrected outside the app (the bad row removed) and uploaded again.
    await page.keyboard.press('Escape');
    const good = await xlsx([
      HEADER,
      [
        'the_che',
        1,
        'single',
        `Cải cách thể chế là một trong sáu nội dung của Nghị quyết 76/NQ-CP ${t}`,
        'Đúng vậy, là nội dung thứ nhất',
        'Không thuộc Nghị quyết',
        'Chỉ thuộc Chỉ thị 23',
        'Thuộc Nghị quyết 30c',
        'A',
        'NQ 76 nêu sáu nội dung, đầu tiên là cải cách thể chế.',
        'Nghị quyết 76/NQ-CP',
        'nq76',
      ],
      [
        'chinh_quyen_so',
        2,
        'single',
        `Chỉ số chuyển đổi số cấp tỉnh gọi tắt là gì ${t}?`,
        'PAPI',
        'DTI',
        'PCI',
        'SIPAS',
        'B',
        'DTI là Chỉ số chuyển đổi số cấp tỉnh.',
        'CCHC-FACTS',
        'chỉ số',
      ],
    ]);
    const goodPath = path.join(dir, 'cau-hoi-sua.xlsx');
    writeFileSync(goodPath, good);
    await page.getByTestId('qb-import').click();
    await page.getByTestId('qb-import-file').setInputFiles(goodPath);
    await page.getByTestId('qb-import-preview').waitFor();
    const confirm = page.getByTestId('qb-import-confirm');
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await confirm.click();
    await page.getByTestId('qb-import-done').waitFor();
    await page.keyboard.press('Escape');
    expect((await api('GET', `/api/questions?search=${t}`, { token: org.token })).body.total).toBe(
      2,
    );

    // Unaccented search finds the accented question.
    await page.getByTestId('qb-search').fill(`cai cach the che ${t}`);
    const row = page.getByTestId('qb-row').filter({ hasText: 'Cải cách thể chế' });
    await row.first().waitFor();
    await expect.poll(() => page.getByTestId('qb-row').count()).toBe(1);
    await row.first().getByTestId('qb-edit').click();

    const stem = page.getByTestId('qe-stem');
    await stem.waitFor();
    await stem.fill(
      `Cải cách thể chế là nội dung đầu tiên trong sáu nội dung của Nghị quyết 76/NQ-CP ${t}`,
    );
    await expect
      .poll(async () => page.getByTestId('qe-preview').textContent())
      .toContain('nội dung đầu tiên');
    await page.getByTestId('qe-save').click();
    await expect
      .poll(
        async () =>
          (
            await api(
              'GET',
              `/api/questions?search=${encodeURIComponent(`noi dung dau tien ${t}`)}`,
              { token: org.token },
            )
          ).body.items[0]?.revision,
      )
      .toBe(2);
    await page.screenshot({ path: 'test-results/question-edit.png', fullPage: true });
    await context.close();
  });
});
