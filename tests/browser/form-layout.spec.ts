import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, api, baseUrl, login, uniqueCode } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { freshOrganiser } from '../support/org.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('form layout through the UI', () => {
  it(
    'a focal person sets, on a phone, how their unit heads and signs its forms',
    { timeout: 120_000 },
    async () => {
      // A ward that dates its forms "Mộ Lao", and a school under it with its own focal person.
      const admin = await adminToken();
      const ward = await freshOrganiser();
      expect(
        (
          await api('PUT', `/api/units/${ward.unitId}/form-layout`, {
            token: ward.token,
            body: { issuingUnit: 'UBND phường Mộ Lao', placeName: 'Mộ Lao' },
          })
        ).status,
      ).toBe(200);
      const code = uniqueCode('S');
      const school = await api('POST', '/api/units', {
        token: ward.token,
        body: { code, name: `Trường Mầm non ${code}`, kind: 'school', parentId: ward.unitId },
      });
      expect(school.status).toBe(201);
      const email = `dm.${code.toLowerCase()}@demo.vn`;
      const user = await api('POST', '/api/users', {
        token: admin,
        body: {
          fullName: 'Võ Thị Lệ',
          role: 'reporter',
          unitId: school.body.id,
          email,
          password: 'BaoCao@2025',
        },
      });
      expect(user.status).toBe(201);

      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        locale: 'vi-VN',
        timezoneId: 'Europe/London',
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/login`);
      await page.getByTestId('login-username').fill(email);
      await page.getByTestId('login-password').fill('BaoCao@2025');
      await page.getByTestId('login-submit').click();
      await page.getByTestId('home').waitFor();

      // From where the reports are exported.
      await page.goto(`${baseUrl()}/participation`);
      const open = page.getByTestId('form-layout-open');
      await expect.poll(() => open.isEnabled(), { timeout: 30_000 }).toBe(true);
      await open.click();
      const dialog = page.getByTestId('form-layout-dialog');
      await page.getByTestId('form-layout-status').waitFor();
      expect(await dialog.textContent()).toContain(`Mẫu biểu: Trường Mầm non ${code}`);
      expect(await page.getByTestId('form-layout-status').textContent()).toContain(
        'chưa thiết lập mẫu biểu',
      );

      // Nothing set yet: the preview prints the ward above the school and dates it in Mộ Lao.
      const preview = page.getByTestId('form-layout-preview');
      expect(await preview.textContent()).toContain('UBND PHƯỜNG MỘ LAO');
      expect(await preview.textContent()).toContain(`TRƯỜNG MẦM NON ${code}`);
      expect(await page.getByTestId('form-layout-preview-date').textContent()).toMatch(
        /^\s*Mộ Lao, ngày \d{2} tháng \d{1,2} năm \d{4}\s*$/,
      );
      expect(await page.getByTestId('form-layout-placeName').getAttribute('placeholder')).toBe(
        'Mộ Lao',
      );

      // Four lines are one too many for a signer's title: refused before anything is sent.
      const title = page.getByTestId('form-layout-signerTitle');
      await title.fill('TM. Ban giám hiệu\nKT. Hiệu trưởng\nPhó Hiệu trưởng\nThường trực');
      let sent = 0;
      page.on('request', (r) => {
        if (r.method() === 'PUT' && r.url().includes('/form-layout')) sent++;
      });
      await page.getByTestId('form-layout-save').click();
      await dialog.getByText('Tối đa 3 dòng', { exact: true }).first().waitFor();
      expect(sent).toBe(0);

      await title.fill('KT. Hiệu trưởng\nPhó Hiệu trưởng');
      // The correction clears the error at once.
      await dialog
        .getByText('Tối đa 3 dòng', { exact: true })
        .first()
        .waitFor({ state: 'detached' });
      await page.getByTestId('form-layout-signerName').fill('Đặng Thị Thu');
      await page.getByTestId('form-layout-preparerName').fill('Võ Thị Lệ');
      await page.getByText('Để trống, ghi tay khi ký').click();
      expect(await preview.textContent()).toContain('KT. HIỆU TRƯỞNG');
      expect(await preview.textContent()).toContain('Đặng Thị Thu');
      expect(await page.getByTestId('form-layout-preview-date').textContent()).toContain(
        'Mộ Lao, ngày …… tháng …… năm ……',
      );

      // "Saved" only once the server said so.
      const saved = page.waitForResponse(
        (r) => r.request().method() === 'PUT' && r.url().includes('/form-layout'),
      );
      await page.getByTestId('form-layout-save').click();
      expect((await saved).status()).toBe(200);
      await page.getByText(`Đã lưu mẫu biểu của Trường Mầm non ${code}.`).waitFor();
      await dialog.waitFor({ state: 'hidden' });

      const stored = await api('GET', `/api/units/${school.body.id}/form-layout`, {
        token: await login(email, 'BaoCao@2025'),
      });
      expect(stored.body.layout).toEqual({
        superiorBody: null,
        issuingUnit: null,
        placeName: null,
        preparerTitle: null,
        preparerName: 'Võ Thị Lệ',
        signerTitle: 'KT. Hiệu trưởng\nPhó Hiệu trưởng',
        signerName: 'Đặng Thị Thu',
        dateLine: 'blank',
      });

      // Opened again, it shows what the server stored, and who changed it.
      await open.click();
      await page.getByTestId('form-layout-status').waitFor();
      expect(await page.getByTestId('form-layout-status').textContent()).toContain('bởi Võ Thị Lệ');
      expect(await page.getByTestId('form-layout-signerName').inputValue()).toBe('Đặng Thị Thu');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      // The units page opens the same dialog from the unit's actions.
      await page.goto(`${baseUrl()}/admin/units`);
      await page.getByRole('button', { name: `Thao tác với Trường Mầm non ${code}` }).click();
      await page.getByTestId('unit-form-layout').click();
      await page.getByTestId('form-layout-status').waitFor();
      expect(await page.getByTestId('form-layout-preparerName').inputValue()).toBe('Võ Thị Lệ');
      await context.close();
    },
  );
});
