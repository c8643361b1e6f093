import { mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, api, baseUrl, login, uniqueCode } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
  rightOptions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { viewport: { width: 360, height: 640 }, locale: 'vi-VN', hasTouch: true };

async function phoneContext(token?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PHONE, isMobile: true });
  if (token) await context.addInitScript((t) => localStorage.setItem('cchc.token', t), token);
  return context;
}

async function signedIn(token: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN' });
  await context.addInitScript((t) => localStorage.setItem('cchc.token', t), token);
  return { context, page: await context.newPage() };
}

async function noHorizontalScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** "22:53" when it is the same day in Vietnam, else "dd/MM/yyyy HH:mm" — as the page says it. */
function vnWhen(iso: string, now: number): string {
  const zone = { timeZone: 'Asia/Ho_Chi_Minh' };
  const day = new Intl.DateTimeFormat('en-GB', { ...zone, dateStyle: 'short' });
  const time = new Intl.DateTimeFormat('en-GB', {
    ...zone,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  const at = new Date(iso);
  const sameDay = day.format(at) === day.format(new Date(now));
  return sameDay ? time.format(at) : `${day.format(at)} ${time.format(at)}`;
}

/** "3 phút 43 giây" → 223 000 ms (the words the page uses). */
function spokenMs(words: string): number {
  const m = /(?:(\d+) phút)?\s*(?:(\d+) giây)?/.exec(words)!;
  return (Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)) * 1000;
}

describe('each role finds what to do next', () => {
  it(
    'a participant on a phone whose clock is 2 hours fast sees the real 4 minutes left, reaches question 1 in 3 taps from login, then sees a provisional rank, the prediction recap and the live leaderboard',
    { timeout: 180_000 },
    async () => {
      const org = await freshOrganiser();
      await publishedQuestions(org.token, 5);
      const contest = await createContest(org.token, org.unitId);
      const round = await createRound(
        org.token,
        contest.id,
        { durationSec: 900, blueprint: [{ area: 'the_che', count: 3 }] },
        { closesInMs: 240_000 },
      );
      await publish(org.token, contest.id);
      const closesAt = (await api('GET', `/api/rounds/${round.id}`, { token: org.token })).body
        .closesAt as string;
      const suffix = randomBytes(2).toString('hex').toUpperCase();
      const me = await participant(org.unitId, { fullName: `Phạm Thị Ba Chạm ${suffix}` });

      const context = await phoneContext();
      // The phone's clock is 2 hours fast: by it the round would be long closed.
      await context.clock.setSystemTime(Date.now() + 2 * 3_600_000);
      const page = await context.newPage();
      const taps: string[] = [];
      const tap = async (locator: Locator, name: string) => {
        taps.push(name);
        await locator.click();
      };

      await page.goto(`${baseUrl()}/login`);
      await page.getByTestId('login-username').fill(me.phone);
      await page.getByTestId('login-password').fill('ThiSinh@2025');
      await tap(page.getByTestId('login-submit'), 'Đăng nhập');

      // Home: the open round, with the time really left rather than "15 phút".
      const card = page.getByTestId(`home-round-${round.id}`);
      await card.waitFor();
      const line = await text(page.getByTestId(`round-time-${round.id}`));
      expect(line).toMatch(/^3 câu hỏi · chỉ còn .+ vì đợt thi đóng lúc .+$/);
      expect(line).not.toContain('15 phút');
      expect(line).toContain(`đóng lúc ${vnWhen(closesAt, Date.now())}`);
      await noHorizontalScroll(page);
      await page.screenshot({ path: 'test-results/journey-home-360.png', fullPage: true });

      await tap(page.getByTestId(`home-start-${round.id}`), 'Vào thi');
      await page.waitForURL(new RegExp(`/rounds/${round.id}/attempt$`));
      const sentence = page.getByTestId('round-start-time');
      await sentence.waitFor();
      const said = await text(sentence);
      const m = /^Bạn có (.+) vì đợt thi đóng lúc (.+)\.$/.exec(said);
      expect(m, said).not.toBeNull();
      expect(m![2]).toBe(vnWhen(closesAt, Date.now()));
      // What it says is what the server's clock gives (a second or two of ticking aside).
      const shownMs = spokenMs(m![1]!);
      const realMs = Date.parse(closesAt) - Date.now();
      expect(shownMs).toBeGreaterThan(0);
      expect(Math.abs(shownMs - realMs)).toBeLessThan(5_000);
      expect(await text(page.getByTestId('round-start-attempts'))).toBe('Bạn còn 1/1 lượt thi.');
      expect(await text(page.getByTestId('round-start-rules'))).toContain('Trả lời 3 câu hỏi');
      // Nothing has started yet: the clock waits for "Bắt đầu".
      expect((await api('GET', '/api/me/attempts', { token: await tokenOf(page) })).body).toEqual(
        [],
      );
      await noHorizontalScroll(page);
      await page.screenshot({ path: 'test-results/journey-start-360.png', fullPage: true });

      await tap(page.getByTestId('attempt-begin'), 'Bắt đầu');
      await page.getByTestId('attempt-question').waitFor();
      expect(taps).toEqual(['Đăng nhập', 'Vào thi', 'Bắt đầu']);
      // The attempt's clock ends at the round's close, not 15 minutes from now.
      const timer = /(\d\d):(\d\d)$/.exec(await text(page.getByTestId('attempt-timer')));
      expect(timer).not.toBeNull();
      expect(Number(timer![1]) * 60 + Number(timer![2])).toBeLessThanOrEqual(240);

      for (let i = 0; i < 3; i++) {
        await page
          .getByTestId('attempt-question')
          .locator('[data-testid^="attempt-option-"]')
          .filter({ hasText: 'Phương án đúng' })
          .click();
        await page.getByTestId('attempt-next').click();
      }
      await page.getByTestId('attempt-prediction-input').fill('2');
      await expect.poll(() => page.getByTestId('attempt-submit').isEnabled()).toBe(true);
      await page.getByTestId('attempt-submit').click();
      await page.getByTestId('attempt-confirm-submit').click();
      await page.getByTestId('attempt-result').waitFor();

      // The result: a provisional rank, said to be provisional, and the prediction recap.
      await expect.poll(() => text(page.getByTestId('standing-rank'))).toBe('1/1');
      expect(await text(page.getByTestId('standing-label'))).toBe('Hạng tạm thời');
      expect(await text(page.getByTestId('standing-provisional-note'))).toContain(
        'khi Ban tổ chức chốt kết quả',
      );
      expect(await text(page.getByTestId('standing-predicted'))).toBe('Bạn dự đoán: 2.');
      expect(await text(page.getByTestId('standing-actual'))).toBe(
        'Con số thực tế sẽ có khi Ban tổ chức chốt kết quả đợt thi.',
      );
      await noHorizontalScroll(page);
      await page.screenshot({ path: 'test-results/journey-result-360.png', fullPage: true });

      // The live leaderboard, from the result page.
      await page.getByTestId('standing-leaderboard').click();
      await page.waitForURL(new RegExp(`/rounds/${round.id}/leaderboard$`));
      await expect.poll(() => text(page.getByTestId('round-board-my-rank'))).toBe('1/1');
      await page.getByTestId('round-board-provisional').waitFor();
      const rows = page.getByTestId('projector-row');
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().getAttribute('data-user-id')).toBe(me.id);
      expect(await text(rows.first())).toContain(`Phạm Thị Ba Chạm ${suffix}`);
      await noHorizontalScroll(page);
      await page.screenshot({ path: 'test-results/journey-board-360.png', fullPage: true });
      await context.close();
    },
  );

  it(
    'review after the close: a summary of right and wrong, "only wrong" and a jump list, with the final rank and prediction',
    { timeout: 180_000 },
    async () => {
      const org = await freshOrganiser();
      await publishedQuestions(org.token, 6);
      const contest = await createContest(org.token, org.unitId);
      const me = await participant(org.unitId);
      // The window only has to outlast one submission; finalising waits for the close.
      const round = await createRound(
        org.token,
        contest.id,
        { blueprint: [{ area: 'the_che', count: 4 }] },
        { closesInMs: 15_000 },
      );
      await publish(org.token, contest.id);
      const attempt = (
        await api('POST', `/api/rounds/${round.id}/attempts`, { token: me.token, body: {} })
      ).body;
      // Questions 1 and 2 answered wrongly, 3 and 4 rightly; nobody is perfect, so actual = 0.
      const answers = rightOptions(attempt).map((a, i) =>
        i < 2
          ? {
              questionId: a.questionId,
              optionIds: [
                attempt.questions[i].options.find(
                  (o: { id: string }) => !a.optionIds.includes(o.id),
                ).id,
              ],
            }
          : a,
      );
      const submitted = await api('POST', `/api/attempts/${attempt.id}/submit`, {
        token: me.token,
        body: { prediction: 1, answers },
      });
      expect(submitted.status).toBe(200);
      await expect
        .poll(
          async () =>
            (await api('POST', `/api/rounds/${round.id}/finalize`, { token: org.token, body: {} }))
              .status,
          { timeout: 90_000, interval: 500 },
        )
        .toBe(200);

      const context = await phoneContext(me.token);
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/attempts/${attempt.id}/review`);
      await page.getByTestId('review-overview').waitFor();
      expect(await text(page.getByTestId('review-counts'))).toBe(
        '2 câu đúng · 2 câu sai hoặc chưa trả lời',
      );
      const verdicts = await Promise.all(
        [0, 1, 2, 3].map((i) => page.getByTestId(`review-jump-${i}`).getAttribute('data-correct')),
      );
      expect(verdicts).toEqual(['false', 'false', 'true', 'true']);
      const cards = page.locator('[data-testid^="review-question-"]');
      expect(await cards.count()).toBe(4);

      await page.getByTestId('review-filter-wrong').click();
      await expect.poll(() => cards.count()).toBe(2);
      expect(
        await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid'))),
      ).toEqual(['review-question-0', 'review-question-1']);
      expect(await page.getByTestId('review-filter-wrong').getAttribute('aria-pressed')).toBe(
        'true',
      );

      // Jumping to a right answer while only wrong ones show brings every question back.
      await page.getByTestId('review-jump-3').click();
      await expect.poll(() => cards.count()).toBe(4);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-q-3');
      expect(await page.getByTestId('review-question-3').isVisible()).toBe(true);

      // The round is finalised: the official rank and the prediction against the actual.
      await expect.poll(() => text(page.getByTestId('standing-label'))).toBe('Hạng chính thức');
      expect(await text(page.getByTestId('standing-rank'))).toBe('1/1');
      expect(await text(page.getByTestId('standing-predicted'))).toBe('Bạn dự đoán: 1.');
      expect(await text(page.getByTestId('standing-actual'))).toBe(
        'Con số thực tế: 0. Bạn lệch 1.',
      );
      await noHorizontalScroll(page);
      await page.screenshot({ path: 'test-results/journey-review-360.png', fullPage: true });
      await context.close();
    },
  );

  it(
    'an organiser sees the running round with its entries and time to close; a reporter the rate against target and the units below it, as the dashboard says; an admin both',
    { timeout: 180_000 },
    async () => {
      const admin = await adminToken();
      const code = uniqueCode('J');
      const unit = async (
        tag: string,
        name: string,
        parentId: string | null,
        headcount?: number,
      ) => {
        const res = await api('POST', '/api/units', {
          token: admin,
          body: { code: `${code}${tag}`, name, kind: 'office', parentId, headcount },
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        return res.body.id as string;
      };
      const rootName = `Phường Hành Trình ${code}`;
      const root = await unit('R', rootName, null);
      const east = await unit('E', `Tổ dân phố Đông ${code}`, root, 10);
      await unit('W', `Tổ dân phố Tây ${code}`, root, 10);
      const account = async (role: 'organizer' | 'reporter') => {
        const email = `${role}.${code.toLowerCase()}@demo.vn`;
        const res = await api('POST', '/api/users', {
          token: admin,
          body: {
            fullName: `Tài khoản ${role}`,
            role,
            unitId: root,
            email,
            password: 'HanhTrinh@2025',
          },
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
        return login(email, 'HanhTrinh@2025');
      };
      const organiser = await account('organizer');
      const reporter = await account('reporter');

      await publishedQuestions(organiser, 4);
      const contest = await createContest(organiser, root);
      const round = await createRound(organiser, contest.id, { title: 'Tuần thi hành trình' });
      await publish(organiser, contest.id);
      const done = await participant(east);
      const answering = await participant(east);
      const a = (
        await api('POST', `/api/rounds/${round.id}/attempts`, { token: done.token, body: {} })
      ).body;
      expect(
        (
          await api('POST', `/api/attempts/${a.id}/submit`, {
            token: done.token,
            body: { prediction: 0, answers: rightOptions(a) },
          })
        ).status,
      ).toBe(200);
      await api('POST', `/api/rounds/${round.id}/attempts`, { token: answering.token, body: {} });

      // --- the organiser -----------------------------------------------------------------
      const org = await signedIn(organiser);
      await org.page.goto(`${baseUrl()}/`);
      const card = org.page.getByTestId(`org-round-${round.id}`);
      await card.waitFor();
      expect(await text(card)).toContain('Tuần thi hành trình');
      expect(await text(org.page.getByTestId(`org-entries-${round.id}`))).toBe(
        '1 người đã nộp bài',
      );
      expect(await text(org.page.getByTestId(`org-in-progress-${round.id}`))).toBe(
        '1 người đang làm bài',
      );
      expect(await text(org.page.getByTestId(`org-closes-${round.id}`))).toMatch(
        /^Đóng sau (59 phút( \d+ giây)?|1 giờ) \(lúc .+\)$/,
      );
      for (const link of ['contests', 'bank', 'participation'])
        await org.page.getByTestId(`home-link-${link}`).waitFor();
      await org.page.screenshot({
        path: 'test-results/journey-organiser-home.png',
        fullPage: true,
      });
      await org.page.getByTestId(`org-projector-${round.id}`).click();
      await org.page.waitForURL(new RegExp(`/projector/rounds/${round.id}$`));
      await expect.poll(() => org.page.getByTestId('projector-row').count()).toBe(1);
      await org.context.close();

      // --- the reporter: 1 of 20 people, both sub-units below their 100% target ------------
      const rep = await signedIn(reporter);
      await rep.page.goto(`${baseUrl()}/`);
      const rate = rep.page.getByTestId('reporter-rate');
      await rate.waitFor();
      expect(await rate.getAttribute('data-rate')).toBe('0.05');
      expect(await text(rate)).toBe('5,0%');
      expect(await text(rep.page.getByTestId('reporter-line'))).toBe(
        '1/20 người đã tham gia · chỉ tiêu 100%',
      );
      const below = await text(rep.page.getByTestId('reporter-below'));
      expect(below).toContain(`Tổ dân phố Đông ${code}`);
      expect(below).toContain(`Tổ dân phố Tây ${code}`);
      // the lowest rate first
      expect(below.indexOf('Tây')).toBeLessThan(below.indexOf('Đông'));
      expect(await rep.page.getByTestId('organizer-home').count()).toBe(0);
      await rep.page.screenshot({ path: 'test-results/journey-reporter-home.png', fullPage: true });
      // The dashboard it links to says the same.
      await rep.page.getByTestId('reporter-dashboard').click();
      await rep.page.waitForURL(/\/participation\?/);
      await expect
        .poll(() => rep.page.getByTestId('participation-rate').getAttribute('data-rate'))
        .toBe('0.05');
      await rep.context.close();

      // --- the admin sees both ----------------------------------------------------------
      const adm = await signedIn(admin);
      await adm.page.goto(`${baseUrl()}/`);
      await adm.page.getByTestId('organizer-home').waitFor();
      await adm.page.getByTestId('reporter-home').waitFor();
      await adm.page.getByTestId('reporter-rate').waitFor();
      await adm.context.close();
    },
  );
});

/** The token the page signed in with (the app keeps it in localStorage). */
function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => localStorage.getItem('cchc.token') ?? '');
}
