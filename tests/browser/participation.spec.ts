import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { foldVietnamese, type ParticipationReport } from '@cchc/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, baseUrl, login, uniqueCitizenId, uniquePhone } from '../support/api.js';
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
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for the API answer to `method path` (path as a regular expression over the URL). */
function response(page: Page, method: string, path: RegExp) {
  return page.waitForResponse((r) => r.request().method() === method && path.test(r.url()));
}

// Letters only Vietnamese writes: unit names of the demo tree are in Vietnamese with diacritics.
const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

interface ReportContest {
  id: string;
  title: string;
  rounds: { id: string; opensAt: string; closesAt: string }[];
}

/** The figures of the "Tổng cộng" line of Biểu 01, read back from the downloaded workbook. */
async function totalsOfBieu01(file: string) {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[0]!;
  const text = (v: unknown) =>
    typeof v === 'object' && v !== null && 'richText' in v
      ? (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('')
      : String(v ?? '');
  let header: string[] | null = null;
  let total: unknown[] | null = null;
  ws.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    const texts = values.map(text);
    if (texts.includes('Tổng số CBCCVC-NLĐ')) header = texts;
    if (texts.includes('Tổng cộng')) total = values;
  });
  expect(header, 'Biểu 01 has a header row').not.toBeNull();
  expect(total, 'Biểu 01 has a "Tổng cộng" row').not.toBeNull();
  const at = (name: string) => {
    const i = header!.indexOf(name);
    expect(i, `column ${name}`).toBeGreaterThan(-1);
    const v = total![i];
    return v === null || v === undefined || v === '' ? null : Number(v);
  };
  return {
    headcount: at('Tổng số CBCCVC-NLĐ'),
    participants: at('Số người tham gia'),
    attempts: at('Số lượt thi'),
  };
}

describe('participation reports through the UI', () => {
  it('a reporter reads the dashboard, lists who has not taken part, exports Biểu 01 and freezes it', async () => {
    const token = await login('baocao@demo.local');
    const contests = (await api<ReportContest[]>('GET', '/api/reports/contests', { token })).body;
    // the demo contest: the one of the demo data with rounds (last week's, this week's…)
    const contest = contests.find((c) => c.rounds.length >= 2) ?? contests[0];
    expect(contest, 'the demo data holds a contest').toBeDefined();

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
      timezoneId: 'Europe/London', // figures and dates must be Vietnamese whatever the device
      acceptDownloads: true,
    });
    // The export dialog may come and go quickly: note that it was shown.
    await context.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="export-progress"]'))
          (window as unknown as { sawExportProgress: boolean }).sawExportProgress = true;
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();

    await page.goto(`${baseUrl()}/login`);
    await page.getByTestId('login-username').fill('baocao@demo.local');
    await page.getByTestId('login-password').fill('Demo@2025');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home').waitFor();

    // The dashboard opens on the reporter's own unit.
    await page.goto(`${baseUrl()}/participation`);
    await page.getByTestId('participation-rate').waitFor();

    // Choosing the demo contest narrows the report and goes into the address.
    const narrowed = response(
      page,
      'GET',
      new RegExp(`/api/reports/participation\\?.*contestId=${contest!.id}`),
    );
    // the field is searched by name, without diacritics too: other tests' contests fill the list
    await page.getByTestId('participation-contest').fill(foldVietnamese(contest!.title));
    await page.getByRole('option', { name: contest!.title, exact: true }).click();
    expect((await narrowed).status()).toBe(200);
    await page.waitForURL(new RegExp(`contestId=${contest!.id}`));

    // The rate against the target, in Vietnamese numbers: "320 / 465 người · 68,8% · chỉ tiêu 100%".
    const rateText = page.getByTestId('participation-rate-text');
    await expect
      .poll(() => rateText.textContent())
      .toMatch(/^\s*[\d.]+ \/ [\d.]+ người · \d+,\d% · chỉ tiêu \d+%\s*$/);

    // The daily chart is drawn (ECharts renders SVG here), with the table as its text twin.
    const chart = page.getByTestId('participation-chart');
    await chart.waitFor();
    await expect
      .poll(() => chart.locator('svg, canvas').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await chart.getAttribute('aria-label')).toMatch(/\d{2}\/\d{2}\/\d{4}/);

    // The units below, ranked by rate, with their Vietnamese names.
    const unitRows = page.getByTestId('participation-units').getByTestId('participation-unit-row');
    await expect.poll(() => unitRows.count()).toBeGreaterThan(0);
    expect(await unitRows.first().textContent()).toMatch(VIETNAMESE);

    // The people on the staff lists who have not taken part yet, with the same filters.
    await page.getByTestId('participation-tab-nonParticipants').click();
    await page.waitForURL(/\/participation\/non-participants\?/);
    expect(page.url()).toContain(`contestId=${contest!.id}`);
    const missing = page.getByTestId('non-participants').getByTestId('non-participant-row');
    await expect.poll(() => missing.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('non-participants-count').textContent()).toMatch(
      /\d+ người chưa tham gia/,
    );

    // Back on the dashboard: Biểu 01 as .xlsx, through an export job with a progress dialog.
    await page.getByTestId('participation-tab-dashboard').click();
    await page.getByTestId('participation-rate').waitFor();
    const query = new URL(page.url()).search;
    const before = (
      await api<ParticipationReport>('GET', `/api/reports/participation${query}`, { token })
    ).body.totals;
    const download = page.waitForEvent('download', { timeout: 30_000 });
    download.catch(() => undefined); // awaited below; a failure before then must not go unhandled
    const started = response(page, 'POST', /\/api\/reports\/exports$/);
    await page.getByTestId('export-xlsx').click();
    expect((await started).status()).toBe(202);
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(await page.evaluate(() => (window as any).sawExportProgress === true)).toBe(true);
    const after = (
      await api<ParticipationReport>('GET', `/api/reports/participation${query}`, { token })
    ).body.totals;
    const sheet = await totalsOfBieu01((await file.path())!);
    expect(sheet.headcount).toBe(after.headcount);
    // an attempt submitted meanwhile (an open round) may land between the two reads
    expect(sheet.participants).toBeGreaterThanOrEqual(before.participants);
    expect(sheet.participants).toBeLessThanOrEqual(after.participants);
    expect(sheet.attempts).toBeGreaterThanOrEqual(before.attempts);
    expect(sheet.attempts).toBeLessThanOrEqual(after.attempts);
    if (before.attempts === after.attempts) {
      expect(sheet).toEqual({
        headcount: after.headcount,
        participants: after.participants,
        attempts: after.attempts,
      });
    }

    // Chốt số liệu: the dialog says what is frozen, then the copy is in the list.
    await page.getByTestId('freeze-report').click();
    const label = (await page.getByTestId('freeze-label').textContent())!.trim();
    expect(label.length).toBeGreaterThan(0);
    const frozen = response(page, 'POST', /\/api\/reports\/snapshots$/);
    await page.getByTestId('freeze-confirm').click();
    const frozenRes = await frozen;
    expect(frozenRes.status()).toBe(201);
    const snapshot = (await frozenRes.json()) as { id: string; label: string };
    expect(snapshot.label).toBe(label);

    await page.getByTestId('participation-tab-snapshots').click();
    const row = page.getByTestId('snapshots-list').locator(`[data-id="${snapshot.id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(label);

    // The frozen copy opens read-only, marked as such.
    await row.getByTestId('snapshot-view').click();
    await page.getByTestId('snapshot-banner').waitFor();
    expect(await page.getByTestId('snapshot-banner').textContent()).toContain('Số liệu đã chốt');
    await page.getByTestId('participation-rate').waitFor();

    await page.screenshot({ path: 'test-results/participation-snapshot.png', fullPage: true });
    await context.close();
  });

  it('on a 360 px phone the rate is the first number, the filters fold away and every unit shows its rate', async () => {
    const token = await login('baocao@demo.local');
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      locale: 'vi-VN',
      isMobile: true,
      hasTouch: true,
    });
    await context.addInitScript((t) => localStorage.setItem('cchc.token', t), token);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/participation`);
    const rate = page.getByTestId('participation-rate-text');
    await rate.waitFor();
    // The rate is on the first screen, without scrolling past filters.
    const box = (await rate.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    expect(await page.getByTestId('participation-unit').isVisible()).toBe(false);
    expect(await page.getByTestId('participation-filter-summary').textContent()).toContain(
      'Toàn bộ thời gian',
    );
    const toggle = page.getByTestId('participation-filters-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await page.getByTestId('participation-unit').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    // Each unit is a card with its name and rate side by side, inside the screen.
    await page.getByTestId('participation-units').waitFor();
    await page.getByTestId('participation-chart').waitFor();
    const cards = page.getByTestId('participation-units').getByTestId('participation-unit-row');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await cards.count()); i++) {
      const unitRate = cards.nth(i).getByTestId('unit-rate');
      const b = (await unitRate.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(360);
      expect((await unitRate.textContent())!.trim()).toMatch(/^(\d+,\d%|—)$/);
    }
    // Lowest rate first: the units a focal person chases.
    const rates = await cards.evaluateAll((els) =>
      els.map((el) => el.querySelector('[data-testid="unit-rate"]')!.textContent!.trim()),
    );
    const values = rates
      .filter((r) => r !== '—')
      .map((r) => Number(r.replace('%', '').replace(',', '.')));
    expect(values).toEqual([...values].sort((a, b) => a - b));

    // Every number can explain itself, in the words of the forms.
    await page.getByTestId('figure-info-participants').click();
    await expect
      .poll(() => page.getByTestId('figure-definition-participants').textContent())
      .toContain('Số người tham gia + Số người chưa tham gia = Tổng số CBCCVC-NLĐ');
    await page.keyboard.press('Escape');

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/participation-phone.png', fullPage: true });
    await context.close();
  });

  it('someone who took part without being on the staff list is shown apart, and one click puts them on it', async () => {
    const org = await freshOrganiser();
    const roster = await api('POST', `/api/units/${org.unitId}/roster/import?dryRun=false`, {
      token: org.token,
      form: (() => {
        const form = new FormData();
        const csv = [
          'Họ và tên,Số CCCD,Số điện thoại,Email,Chức vụ',
          `Trần Thị Có Tên,${uniqueCitizenId()},${uniquePhone()},,Chuyên viên`,
          `Lê Văn Chưa Thi,${uniqueCitizenId()},${uniquePhone()},,Văn thư`,
        ].join('\n');
        form.append('file', new Blob([csv], { type: 'text/csv' }), 'danh-sach.csv');
        return form;
      })(),
    });
    expect(roster.status).toBe(201);
    await publishedQuestions(org.token, 3);
    const contest = await createContest(org.token, org.unitId);
    const round = await createRound(org.token, contest.id);
    await publish(org.token, contest.id);
    // Registered with a phone the list does not have: took part, but is on no list.
    const newcomer = await participant(org.unitId, { fullName: 'Phạm Minh Mới Đến' });
    const started = await api('POST', `/api/rounds/${round.id}/attempts`, {
      token: newcomer.token,
      body: {},
    });
    expect(started.status).toBeLessThan(300);
    const submitted = await api('POST', `/api/attempts/${started.body.id}/submit`, {
      token: newcomer.token,
      body: { prediction: 1, answers: rightOptions(started.body) },
    });
    expect(submitted.status).toBe(200);

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    await context.addInitScript((t) => localStorage.setItem('cchc.token', t), org.token);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/participation?contestId=${contest.id}`);
    const card = (key: string) =>
      page.getByTestId(`participation-card-${key}`).getByTestId('figure-value');
    await card('participants').waitFor();
    // 2 on the list, nobody of them took part; the newcomer is counted beside, not in, them.
    expect((await card('participants').textContent())!.trim()).toBe('0');
    expect((await card('offList').textContent())!.trim()).toBe('1');
    expect(await page.getByTestId('participation-rate-text').textContent()).toContain(
      '0 / 2 người',
    );

    await page.getByTestId('off-list-link').click();
    await page.waitForURL(/\/participation\/off-list\?/);
    const rows = page.getByTestId('off-list').getByTestId('off-list-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Phạm Minh Mới Đến');
    await rows.first().getByTestId('off-list-add').click();
    const added = response(page, 'POST', /\/roster\/entries$/);
    await page.getByTestId('confirm-ok').click();
    expect((await added).status()).toBe(201);
    await expect.poll(() => page.getByTestId('off-list-count').textContent()).toContain('0 người');

    // Back on the dashboard the newcomer counts, and the list has grown by one.
    await page.getByTestId('participation-tab-dashboard').click();
    await expect.poll(() => card('participants').textContent()).toContain('1');
    expect((await card('offList').textContent())!.trim()).toBe('0');
    expect(await page.getByTestId('participation-rate-text').textContent()).toContain(
      '1 / 3 người',
    );
    await context.close();
  });

  it('a unit imports its staff list: checked first, and taking people off it needs a "yes"', async () => {
    const org = await freshOrganiser();
    const dir = mkdtempSync(path.join(tmpdir(), 'roster-'));
    const person = (name: string, position: string) =>
      [name, uniqueCitizenId(), uniquePhone(), '', position].join(',');
    const header = 'Họ và tên,Số CCCD,Số điện thoại,Email,Chức vụ';
    const people = [
      person('Nguyễn Thị Hoa', 'Chuyên viên'),
      person('Trần Văn Bình', 'Phó Trưởng phòng'),
      person('Lê Thị Thu', 'Văn thư'),
    ];
    const full = path.join(dir, 'danh-sach.csv');
    writeFileSync(full, [header, ...people].join('\n'));
    const shorter = path.join(dir, 'danh-sach-moi.csv');
    writeFileSync(shorter, [header, ...people.slice(0, 2)].join('\n'));

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    await context.addInitScript((t) => localStorage.setItem('cchc.token', t), org.token);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/admin/units/${org.unitId}/roster`);
    await page.getByTestId('roster-table').waitFor();

    // First import: three new people, nothing to take off.
    await page.getByTestId('roster-import').click();
    await page.getByTestId('roster-file').setInputFiles(full);
    await expect
      .poll(() => page.getByTestId('roster-import-summary').textContent(), { timeout: 10_000 })
      .toContain('3 người mới');
    const commit = page.getByTestId('roster-commit');
    await expect.poll(() => commit.isEnabled()).toBe(true);
    const imported = response(page, 'POST', /\/roster\/import\?.*dryRun=false/);
    await commit.click();
    expect((await imported).status()).toBe(201);
    await page.getByTestId('roster-import-done').waitFor();
    await page.getByTestId('import-close').click();
    const rows = page.getByTestId('roster-table').getByTestId('roster-row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await page.getByTestId('roster-table').textContent()).toContain('Chưa liên kết');

    // Replacing it with a shorter file takes one person off the list: asked explicitly.
    await page.getByTestId('roster-import').click();
    await page.getByTestId('roster-file').setInputFiles(shorter);
    const removed = page.getByTestId('roster-import-removed');
    await removed.waitFor();
    expect(await removed.textContent()).toContain('1 người sẽ bị đưa ra khỏi danh sách');
    expect(await commit.isDisabled()).toBe(true);
    await page.getByTestId('roster-confirm-removed').check();
    await expect.poll(() => commit.isEnabled()).toBe(true);
    await commit.click();
    await page.getByTestId('roster-import-done').waitFor();
    await page.getByTestId('import-close').click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.getByTestId('roster-table').textContent()).not.toContain('Lê Thị Thu');
    await context.close();
  });
  it('the dashboard of a contest with an open round follows new submissions live', async () => {
    const org = await freshOrganiser();
    await publishedQuestions(org.token, 3);
    const contest = await createContest(org.token, org.unitId);
    const round = await createRound(org.token, contest.id);
    await publish(org.token, contest.id);
    const runner = await participant(org.unitId);

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    await context.addInitScript((t) => localStorage.setItem('cchc.token', t), org.token);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/participation?contestId=${contest.id}`);
    await page.getByTestId('participation-live').waitFor();
    const people = page.getByTestId('participation-card-participants').getByTestId('figure-value');
    expect((await people.textContent())!.trim()).toBe('0');

    // Someone of the unit submits an attempt: the figures follow without a reload.
    const refetched = response(page, 'GET', /\/api\/reports\/participation\?/);
    const started = await api('POST', `/api/rounds/${round.id}/attempts`, {
      token: runner.token,
      body: {},
    });
    expect(started.status).toBeLessThan(300);
    const submitted = await api('POST', `/api/attempts/${started.body.id}/submit`, {
      token: runner.token,
      body: { prediction: 1, answers: rightOptions(started.body) },
    });
    expect(submitted.status).toBe(200);
    expect((await refetched).status()).toBe(200);
    await expect.poll(() => people.textContent(), { timeout: 10_000 }).toContain('1');
    await context.close();
  });
});
