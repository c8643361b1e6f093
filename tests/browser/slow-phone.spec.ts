import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import {
  createContest,
  createRound,
  participant,
  publish,
  publishedQuestions,
} from '../support/contest.js';
import { freshOrganiser } from '../support/org.js';
import {
  openLogin,
  openRoundLink,
  signedIn,
  slowPhonePage,
  SLOW_PHONE,
  type StepFigures,
} from '../support/slow-phone.mjs';

// Bytes a first visit may transfer under the slow-phone conditions, headers and API answers
// included (README: Client weight). Times are printed, never asserted: this machine is shared.
const LOGIN_KB = Number(process.env.SLOW_PHONE_LOGIN_KB ?? 260);
const ROUND_KB = Number(process.env.SLOW_PHONE_ROUND_KB ?? 370);
const LONG = 300_000;

let browser: Browser;
let roundId: string;
let token: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const org = await freshOrganiser();
  await publishedQuestions(org.token, 3);
  const contest = await createContest(org.token, org.unitId);
  roundId = (await createRound(org.token, contest.id)).id;
  await publish(org.token, contest.id);
  token = (await participant(org.unitId)).token;
});
afterAll(async () => {
  await browser?.close();
});

function phoneContext() {
  return browser.newContext({
    viewport: { width: 360, height: 640 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
}

function print(what: string, f: StepFigures) {
  console.log(
    `slow phone (${((SLOW_PHONE.downloadBytesPerS * 8) / 1e6).toFixed(1)} Mbps, ${SLOW_PHONE.latencyMs} ms, CPU ×${SLOW_PHONE.cpuSlowdown}) ` +
      `${what}: ${(f.ms / 1000).toFixed(1)} s, ${(f.bytes / 1024).toFixed(1)} KB in ${f.requests} requests`,
  );
}

describe('a cheap phone on a slow link', () => {
  it(
    'a first visit to the login page downloads no more than its byte budget before the form is usable',
    async () => {
      const context = await phoneContext();
      try {
        const phone = await slowPhonePage(context);
        const first = await phone.measure((page) => openLogin(page, baseUrl()));
        print('login usable, first visit', first);
        expect(first.requests).toBeGreaterThan(3); // the page, its scripts and styles were counted
        expect(first.bytes).toBeLessThanOrEqual(LOGIN_KB * 1024);
      } finally {
        await context.close();
      }
    },
    LONG,
  );

  it(
    "a round's shared link shows its first question within the byte budget, and a repeat visit comes from the cache",
    async () => {
      const context = await phoneContext();
      try {
        await signedIn(context, token);
        const phone = await slowPhonePage(context);
        const first = await phone.measure((page) => openRoundLink(page, baseUrl(), roundId));
        print('first question from a link, first visit', first);
        const repeat = await phone.measure((page) => openRoundLink(page, baseUrl(), roundId));
        print('first question from a link, repeat visit', repeat);
        expect(first.bytes).toBeLessThanOrEqual(ROUND_KB * 1024);
        // hashed files are cached for a year: a repeat visit fetches the page and API answers only
        expect(repeat.bytes).toBeLessThan(first.bytes / 4);
      } finally {
        await context.close();
      }
    },
    LONG,
  );
});
