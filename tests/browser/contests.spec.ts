import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { publishedQuestions } from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for the API answer to `method path` (path as a regular expression over the URL). */
function response(page: Page, method: string, path: RegExp) {
  return page.waitForResponse((r) => r.request().method() === method && path.test(r.url()));
}

describe('contests through the UI', () => {
  it('an organiser creates a contest, builds a round against the bank, publishes and reads the rules', async () => {
    const org = await freshOrganiser();
    // Its own area, so the bank holds exactly the six questions made here.
    const tag = randomBytes(3).toString('hex');
    const areaName = `Lĩnh vực thử ${tag}`;
    const area = await api('POST', '/api/question-areas', {
      token: org.token,
      body: { code: `thu_${tag}`, name: areaName },
    });
    expect(area.status, JSON.stringify(area.body)).toBe(201);
    await publishedQuestions(org.token, 6, { area: `thu_${tag}` });

    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'vi-VN',
      timezoneId: 'Europe/London', // the pages must show and send Vietnam time whatever the device
    });
    const page = await context.newPage();

    // Log in through the form.
    await page.goto(`${baseUrl()}/login`);
    await page.getByTestId('login-username').fill(org.email);
    await page.getByTestId('login-password').fill('ToChuc@2025');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home').waitFor();

    // A new contest: only the title is needed, the rest has defaults.
    await page.goto(`${baseUrl()}/contests`);
    await page.getByTestId('contests-list').waitFor();
    await page.getByTestId('contest-new').click();
    const title = `Hội thi tìm hiểu cải cách hành chính ${tag}`;
    await page.getByTestId('contest-title').fill(title);
    const created = response(page, 'POST', /\/api\/contests$/);
    await page.getByTestId('contest-save').click();
    const createdRes = await created;
    expect(createdRes.status()).toBe(201);
    const contest = (await createdRes.json()) as { id: string; prizeTable: unknown[] };
    expect(contest.prizeTable).toHaveLength(4); // Nhất, Nhì, Ba, Khuyến khích
    await page.waitForURL(new RegExp(`/contests/${contest.id}`));

    // The round wizard: basics come with defaults (Tuần thi thứ nhất, next week, 15 minutes).
    await page.getByTestId('round-add').click();
    const roundTitle = page.getByTestId('wizard-title');
    await roundTitle.waitFor();
    expect(await roundTitle.inputValue()).toBe('Tuần thi thứ nhất');
    expect(await page.getByTestId('wizard-duration').inputValue()).toBe('15');
    expect(await page.getByTestId('wizard-opens').inputValue()).toMatch(/T00:00(:00)?$/);
    expect(await page.getByTestId('wizard-closes').inputValue()).toMatch(/T23:59:59$/);
    await page.getByTestId('wizard-next').click();

    // Blueprint: 15 questions from an area that holds 6 is refused before saving.
    // the area list opens from the keyboard, as it would for an organiser without a mouse
    await page.getByTestId('wizard-blueprint-area-0').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: areaName }).click();
    const line = page.getByTestId('wizard-check-0');
    await expect
      .poll(() => line.textContent(), { timeout: 10_000 })
      .toContain('Không đủ câu hỏi: ngân hàng chỉ có 6 câu phù hợp, cần 15 câu');
    expect(await page.getByTestId('wizard-next').isDisabled()).toBe(true);

    // Two questions can be drawn, with a warning that six is too few to vary the papers.
    await page.getByTestId('wizard-blueprint-count-0').fill('2');
    await expect
      .poll(() => line.textContent(), { timeout: 10_000 })
      .toContain('Ngân hàng chỉ có 6 câu, ít hơn 5 lần số câu cần rút');
    expect(await line.getAttribute('data-state')).toBe('lowVariety');
    await expect.poll(() => page.getByTestId('wizard-next').isEnabled()).toBe(true);
    expect(await page.getByTestId('wizard-blueprint-total').textContent()).toContain('2');
    await page.getByTestId('wizard-next').click(); // → rules
    await page.getByTestId('wizard-next').click(); // → summary
    const roundCreated = response(page, 'POST', new RegExp(`/api/contests/${contest.id}/rounds$`));
    await page.getByTestId('wizard-save').click();
    const roundRes = await roundCreated;
    expect(roundRes.status()).toBe(201);
    const round = (await roundRes.json()) as {
      id: string;
      opensAt: string;
      closesAt: string;
      blueprint: unknown;
      durationSec: number;
    };
    expect(round.blueprint).toEqual([{ area: `thu_${tag}`, count: 2 }]);
    expect(round.durationSec).toBe(900);
    // Monday 00:00 → Sunday 23:59:59, Vietnam time, although the browser runs on London time.
    const vn = (iso: string) => new Date(Date.parse(iso) + 7 * 3600_000);
    expect(vn(round.opensAt).getUTCDay()).toBe(1);
    expect(vn(round.opensAt).toISOString().slice(11, 19)).toBe('00:00:00');
    expect(vn(round.closesAt).getUTCDay()).toBe(0);
    expect(vn(round.closesAt).toISOString().slice(11, 19)).toBe('23:59:59');

    // Back on the contest, the round is listed.
    const row = page.getByTestId(`round-row-${round.id}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Tuần thi thứ nhất');

    // Publishing asks first, then the status changes.
    await page.getByTestId('contest-status-published').click();
    const published = response(page, 'PATCH', new RegExp(`/api/contests/${contest.id}$`));
    await page.getByTestId('confirm-ok').click();
    expect((await published).status()).toBe(200);
    await expect
      .poll(() => page.getByTestId('contest-status-current').textContent())
      .toContain('Đang diễn ra');

    // The generated rules state the tie-break order: correct answers, prediction, time.
    await page.getByTestId('contest-tab-rules').click();
    const rules = page.getByTestId('contest-rules-text');
    await rules.waitFor();
    const text = ((await rules.textContent()) ?? '').toLowerCase();
    expect(text).toContain('dự đoán');
    expect(text).toContain('thời gian');
    const correct = text.indexOf('số câu trả lời đúng nhiều hơn');
    const prediction = text.indexOf('dự đoán có sai số');
    const time = text.indexOf('thời gian làm bài ít hơn');
    expect(correct).toBeGreaterThan(-1);
    expect(prediction).toBeGreaterThan(correct);
    expect(time).toBeGreaterThan(prediction);
    // Once published, the rules can no longer be edited.
    expect(await page.getByTestId('contest-rules-edit').count()).toBe(0);

    await page.screenshot({ path: 'test-results/contest-rules.png', fullPage: true });
    await context.close();
  });
});
