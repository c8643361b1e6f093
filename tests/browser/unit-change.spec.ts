import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, login } from '../support/api.js';
import { launchBrowser, vietnameseContext } from '../support/browser.js';
import { participant } from '../support/contest.js';

/**
 * Issue 15, unit picking: the picker lists a ward before its own offices and never picks the
 * first match by itself; a participant asks to move from the profile, the receiving ward's focal
 * person approves on the accounts page, and the profile shows the new unit.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function pageAs(token: string | null, width = 1280, height = 800): Promise<Page> {
  const context = await vietnameseContext(browser, token, { viewport: { width, height } });
  return context.newPage();
}

async function unitId(name: string): Promise<string> {
  const units = await api('GET', '/api/units/public');
  return (units.body as { id: string; name: string }[]).find((u) => u.name === name)!.id;
}

describe('the unit picker', () => {
  it('lists the ward before its offices, does not pick the first match, shows the choice in full', async () => {
    const page = await pageAs(null, 360, 740);
    await page.goto(`${baseUrl()}/register`);
    const field = page.getByTestId('register-unit');
    await field.click();
    await field.pressSequentially('mo lao');
    // the list filters as the letters arrive: read it once both rows are in (a loaded machine
    // showed a half-typed filter's list here)
    await page
      .getByRole('option', { name: /^Phường Mộ Lao/ })
      .first()
      .waitFor();
    await page
      .getByRole('option', { name: /^Văn phòng UBND phường Mộ Lao/ })
      .first()
      .waitFor();
    const texts = await page.getByRole('option').allTextContents();
    const wardAt = texts.findIndex((s) => s.startsWith('Phường Mộ Lao'));
    const officeAt = texts.findIndex((s) => s.startsWith('Văn phòng UBND phường Mộ Lao'));
    expect(wardAt).toBeGreaterThanOrEqual(0);
    expect(officeAt).toBeGreaterThan(wardAt);
    // the office is indented under its ward
    const depth = (name: RegExp) =>
      page.getByRole('option', { name }).first().getAttribute('data-depth');
    expect(Number(await depth(/^Văn phòng UBND phường Mộ Lao/))).toBeGreaterThan(
      Number(await depth(/^Phường Mộ Lao/)),
    );
    // typing alone chooses nothing: Enter and leaving the field keep it empty
    await field.press('Enter');
    await field.press('Tab');
    expect(await page.getByTestId('unit-picker-chosen').count()).toBe(0);

    await field.click();
    await field.fill('');
    await field.pressSequentially('van phong ubnd phuong mo lao');
    await page
      .getByRole('option', { name: /^Văn phòng UBND phường Mộ Lao/ })
      .first()
      .click();
    const chosen = page.getByTestId('unit-picker-chosen');
    await chosen.waitFor();
    expect(await chosen.textContent()).toContain('Phường Mộ Lao › Văn phòng UBND phường Mộ Lao');
    // shown whole at 360 px: the text wraps inside the field instead of being cut off
    const box = await chosen.evaluate((el) => ({
      cut: el.scrollWidth > el.clientWidth + 1,
      fits: el.getBoundingClientRect().right <= window.innerWidth,
    }));
    expect(box).toEqual({ cut: false, fits: true });
    await page.context().close();
  });
});

describe('asking to change unit', () => {
  it('a participant asks from the profile, the ward’s focal person approves, the profile shows the new unit', async () => {
    const from = await unitId('Phường Trương Quang Trọng');
    const person = await participant(from, { fullName: 'Trần Thị Chuyển Đơn Vị' });

    const mine = await pageAs(person.token, 360, 740);
    await mine.goto(`${baseUrl()}/profile`);
    const field = mine.getByTestId('unit-change-unit');
    await field.click();
    await field.pressSequentially('van phong ubnd phuong mo lao');
    await mine
      .getByRole('option', { name: /^Văn phòng UBND phường Mộ Lao/ })
      .first()
      .click();
    await mine.getByTestId('unit-change-note').fill('Tôi đã chuyển công tác về phường Mộ Lao');
    await mine.getByTestId('unit-change-send').click();
    const pending = mine.getByTestId('unit-change-pending');
    await pending.waitFor();
    expect(await pending.textContent()).toContain('Văn phòng UBND phường Mộ Lao');

    const reporter = await pageAs(await login('baocao.molao@demo.local'));
    await reporter.goto(`${baseUrl()}/admin/users`);
    const panel = reporter.getByTestId('unit-change-requests');
    const row = panel.locator('[data-testid^="unit-change-row-"]', {
      hasText: 'Trần Thị Chuyển Đơn Vị',
    });
    await row.last().waitFor();
    await row
      .last()
      .getByRole('button', { name: 'Duyệt đề nghị của Trần Thị Chuyển Đơn Vị' })
      .click();
    const dialog = reporter.getByTestId('unit-change-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Văn phòng UBND phường Mộ Lao');
    await dialog.getByTestId('confirm-ok').click();
    // the notice comes with the server's answer, and the row leaves the list
    await reporter.getByText('Đã duyệt: Trần Thị Chuyển Đơn Vị').waitFor();
    await expect.poll(() => row.count()).toBe(0);

    await mine.reload();
    const unit = mine.getByTestId('profile-unit');
    await expect.poll(() => unit.textContent()).toContain('Văn phòng UBND phường Mộ Lao');
    expect(await mine.getByTestId('unit-change-decided').textContent()).toContain('đã được duyệt');
    await mine.context().close();
    await reporter.context().close();
  });
});
