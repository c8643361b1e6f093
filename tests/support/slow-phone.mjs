/* global document, localStorage -- these run in the page (waitForFunction, addInitScript) */
// A cheap phone on a slow link, as issue 15 measured it: Chromium over CDP with 1.6 Mbps down,
// 750 kbps up, 150 ms round trip and the CPU slowed 4×. Shared by the browser test
// (tests/browser/slow-phone.spec.ts, which asserts bytes) and the benchmark
// (tests/load/slow-phone.mjs, which reports the median of 3 runs).

export const SLOW_PHONE = {
  downloadBytesPerS: 200_000, // 1.6 Mbps
  uploadBytesPerS: 93_750, // 750 kbps
  latencyMs: 150,
  cpuSlowdown: 4,
};

/**
 * Opens a page in `context` under the slow-phone conditions and counts what crosses the network:
 * bytes as received (encodedDataLength: headers and compressed bodies) and finished requests.
 */
export async function slowPhonePage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: SLOW_PHONE.downloadBytesPerS,
    uploadThroughput: SLOW_PHONE.uploadBytesPerS,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
  const counter = { bytes: 0, requests: 0 };
  cdp.on('Network.loadingFinished', (e) => {
    counter.bytes += e.encodedDataLength;
    counter.requests += 1;
  });
  return {
    page,
    /** Runs `step` from a zero count; returns its time and what it transferred. */
    async measure(step) {
      counter.bytes = 0;
      counter.requests = 0;
      const started = performance.now();
      await step(page);
      const ms = Math.round(performance.now() - started);
      // responses still finishing (a late font, an API answer) belong to this step
      await page.waitForLoadState('networkidle').catch(() => undefined);
      return { ms, bytes: counter.bytes, requests: counter.requests };
    },
  };
}

const VISIBLE = { state: 'visible', timeout: 120_000 };

/** From typing the address to a login form one can type into and submit. */
export async function openLogin(page, baseUrl) {
  await page.goto(`${baseUrl}/login`, { waitUntil: 'commit' });
  const username = page.getByTestId('login-username');
  const password = page.getByTestId('login-password');
  await username.waitFor(VISIBLE);
  await password.waitFor(VISIBLE);
  await page.waitForFunction(
    () =>
      ['login-username', 'login-password', 'login-submit'].every((id) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        return el !== null && !el.disabled && !el.hasAttribute('disabled');
      }),
    undefined,
    { timeout: 120_000 },
  );
}

/** From a round's shared link (signed in) to its first question on the screen. */
export async function openRoundLink(page, baseUrl, roundId) {
  await page.goto(`${baseUrl}/rounds/${roundId}/attempt`, { waitUntil: 'commit' });
  const stem = page.getByTestId('attempt-question-stem');
  // "Bắt đầu" on a first visit; an attempt already running is resumed without it
  await page
    .locator('[data-testid="attempt-begin"], [data-testid="attempt-question-stem"]')
    .first()
    .waitFor(VISIBLE);
  if (!(await stem.isVisible())) await page.getByTestId('attempt-begin').click();
  await stem.waitFor(VISIBLE);
}

/** Signs `context` in as the holder of `token` before any page of it runs. */
export async function signedIn(context, token) {
  await context.addInitScript((t) => {
    if (!localStorage.getItem('cchc.token')) localStorage.setItem('cchc.token', t);
  }, token);
}
