import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, randomIp, uniquePhone } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { freePort, startServer, type RunningServer } from '../support/server-process.js';
import { mailPart, startSmtpReceiver, type SmtpReceiver } from '../support/smtp-receiver.js';

/** "Quên mật khẩu?" on the login page, at 360×640: without email (the usual case) and with it. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function phonePage() {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    locale: 'vi-VN',
  });
  return { context, page: await context.newPage() };
}

describe('forgot password, on a site without email (the shared server)', () => {
  it('tells the person to ask the unit’s focal person for a code, and leads to the code page', async () => {
    const { context, page } = await phonePage();
    await page.goto(`${baseUrl()}/login`);
    await page.getByTestId('login-forgot-link').click();
    const contact = page.getByTestId('forgot-contact');
    await contact.waitFor();
    expect(await contact.textContent()).toContain(
      'Hãy liên hệ cán bộ đầu mối (người phụ trách báo cáo) của đơn vị để được cấp mã đặt lại mật khẩu',
    );
    expect(await page.getByTestId('forgot-email-form').count()).toBe(0);
    await page.getByTestId('forgot-activate-link').click();
    await page.waitForURL(/\/activate$/);
    await page.getByTestId('activate-code').waitFor();
    await context.close();
  });
});

describe('forgot password, on a site with SMTP_URL', () => {
  let server: RunningServer;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    server = await startServer({
      env: {
        PG_PORT: String(await freePort()),
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        PUBLIC_URL: 'http://hoithi.test',
      },
    });
  });
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
  });

  it('emails a code to the account, and the person sets a new password with it', async () => {
    const units = await api('GET', '/api/units/public', { base: server.baseUrl });
    const unitId = units.body.find((u: { name: string }) => u.name === 'Phường Mộ Lao').id;
    const phone = uniquePhone();
    const registered = await api('POST', '/api/auth/register', {
      base: server.baseUrl,
      ip: randomIp(),
      body: {
        fullName: 'Lê Văn Quên',
        phone,
        email: `le${phone}@thu.vn`,
        unitId,
        password: 'QuenMatKhau@2026',
        consent: true,
      },
    });
    expect(registered.status).toBe(201);

    const { context, page } = await phonePage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByTestId('login-username').fill(phone);
    await page.getByTestId('login-forgot-link').click();
    // the username typed on the login page is carried over
    await expect.poll(() => page.getByTestId('forgot-username').inputValue()).toBe(phone);
    expect(await page.getByTestId('forgot-email-form').textContent()).toContain(
      'Nhập tên đăng nhập, chúng tôi sẽ gửi mã đặt lại đến email của bạn',
    );
    await page.getByTestId('forgot-send').click();
    await page.getByTestId('forgot-sent').waitFor();

    const [mail] = await smtp.waitFor(1);
    expect(mail!.to).toEqual([`le${phone}@thu.vn`]);
    const text = mailPart(mail!.raw, 'text/plain');
    const code = /Mã đặt lại mật khẩu: (\w{4} \w{4})/.exec(text)?.[1];
    expect(code, text).toBeDefined();

    await page.getByTestId('forgot-activate-link').click();
    await page.waitForURL(/\/activate\?u=/);
    await expect.poll(() => page.getByTestId('activate-username').inputValue()).toBe(phone);
    await page.getByTestId('activate-code').fill(code!);
    await page.getByTestId('activate-password').fill('DaNhoLai@2026');
    await page.getByTestId('activate-submit').click();
    const home = page.getByTestId('home');
    await home.waitFor();
    await expect(home.textContent()).resolves.toContain('Lê Văn Quên');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await context.close();
  });
});
