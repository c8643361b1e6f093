import { randomInt } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, login, uniqueCitizenId, uniquePhone } from '../support/api.js';
import { launchBrowser } from '../support/browser.js';
import { freshOrganiser } from '../support/org.js';
import { suiteDb } from '../support/participation.js';

const CODE_SHAPE = /^[ACDEFGHJKMNPQRTUVWXY34679]{4} [ACDEFGHJKMNPQRTUVWXY34679]{4}$/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('the accounts page for a reporter', () => {
  it('at a desktop size: searches without accents, filters "Chưa kích hoạt", issues a code and deactivates with a confirmation', async () => {
    // two people of phường Mộ Lao named alike: one waiting for activation, one already signed in
    const db = await suiteDb();
    const n = randomInt(100_000, 999_999);
    const waiting = `Nguyễn Văn Kích ${n}`;
    const signedIn = `Nguyễn Văn Đã Vào ${n}`;
    const insert = (name: string, hash: string | null) =>
      db.query<{ id: string }>(
        `INSERT INTO users (full_name, role, unit_id, phone, citizen_id, password_hash)
         SELECT $1, 'participant', id, $2, $3, $4 FROM units WHERE code = 'HNI.MLA.VP'
         RETURNING id`,
        [name, uniquePhone(), uniqueCitizenId(), hash],
      );
    const { rows } = await insert(waiting, null);
    const id = rows[0]!.id;
    await insert(signedIn, '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$not-a-real-hash');

    const token = await login('baocao.molao@demo.local');
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'vi-VN',
    });
    await context.addInitScript((t) => localStorage.setItem('cchc.token', t), token);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    // the nav offers the page to a reporter
    await page.getByRole('link', { name: 'Quản lý tài khoản' }).first().click();
    await page.waitForURL(/\/admin\/users/);

    const rowsNamed = (name: string) => page.locator('tbody tr', { hasText: name });
    // unaccented, lower case
    const search = page.getByTestId('users-search').locator('input');
    await search.fill(`nguyen van kich ${n}`);
    await expect.poll(() => rowsNamed(waiting).count()).toBe(1);
    expect(await rowsNamed(signedIn).count()).toBe(0);
    await search.fill(`nguyen van da vao ${n}`);
    await expect.poll(() => rowsNamed(signedIn).count()).toBe(1);
    expect(await rowsNamed(waiting).count()).toBe(0);
    // both by the number they share; then only the one not activated
    await search.fill(String(n));
    await expect.poll(() => rowsNamed(waiting).count()).toBe(1);
    expect(await rowsNamed(signedIn).count()).toBe(1);

    const chip = page.getByTestId('status-pending_activation');
    expect((await chip.textContent())?.trim()).toBe('Chưa kích hoạt');
    await chip.click();
    await expect.poll(() => rowsNamed(signedIn).count()).toBe(0);
    expect(await rowsNamed(waiting).count()).toBe(1);

    // a code for the person waiting: no password yet, so no confirmation; shown once, large
    const row = rowsNamed(waiting);
    await row.getByRole('button', { name: 'Cấp mã đăng nhập' }).click();
    const shown = page.getByTestId('one-time-code');
    await shown.waitFor();
    const code = (await shown.textContent())!.trim();
    expect(code).toMatch(CODE_SHAPE);
    expect(await page.getByTestId('code-dialog').textContent()).toContain('Mã kích hoạt');
    const stored = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM one_time_codes
        WHERE user_id = $1 AND used_at IS NULL AND purpose = 'activation'`,
      [id],
    );
    expect(stored.rows[0]!.n).toBe(1);
    await page.getByTestId('code-dialog').getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => shown.count()).toBe(0);

    // deactivate, confirming first; the keyboard reaches the button
    const lock = row.getByRole('button', { name: 'Khóa tài khoản' });
    await lock.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(waiting);
    const before = await db.query<{ active: boolean }>(`SELECT active FROM users WHERE id = $1`, [
      id,
    ]);
    expect(before.rows[0]!.active).toBe(true); // nothing happens before the confirmation
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => row.locator('.v-chip', { hasText: 'Đã khóa' }).count()).toBe(1);
    const after = await db.query<{ active: boolean }>(`SELECT active FROM users WHERE id = $1`, [
      id,
    ]);
    expect(after.rows[0]!.active).toBe(false);
    await page.screenshot({ path: 'test-results/accounts-reporter.png' });
    await context.close();
    await db.end();
  });

  it('selects two accounts, confirms codes for "2 tài khoản" and downloads their slips', async () => {
    const db = await suiteDb();
    const n = randomInt(100_000, 999_999);
    const names = [`Trần Thị Một ${n}`, `Trần Thị Hai ${n}`];
    for (const name of names) {
      await db.query(
        `INSERT INTO users (full_name, role, unit_id, phone, citizen_id, password_hash)
         SELECT $1, 'participant', id, $2, $3, NULL FROM units WHERE code = 'HNI.MLA.VP'`,
        [name, uniquePhone(), uniqueCitizenId()],
      );
    }
    await db.end();
    const token = await login('baocao.molao@demo.local');
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    await context.addInitScript((t) => localStorage.setItem('cchc.token', t), token);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/admin/users`);
    await page.getByTestId('users-search').locator('input').fill(String(n));
    for (const name of names) {
      const row = page.locator('tbody tr', { hasText: name });
      await row.waitFor();
      await row.locator('input[type="checkbox"]').check();
    }
    await page.getByRole('button', { name: 'Cấp mã cho 2 tài khoản' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Cấp mã đăng nhập cho 2 tài khoản?');
    await page.getByTestId('confirm-ok').click();
    const ready = page.getByTestId('bulk-slips');
    await ready.waitFor();
    expect(await ready.textContent()).toContain('Phiếu đăng nhập của 2 tài khoản đã sẵn sàng');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      ready.getByRole('button', { name: 'Tải bảng (Excel)' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    await context.close();
  });

  it('edits a name, then merges a duplicate into the staff-list account, seeing both side by side first', async () => {
    const db = await suiteDb();
    const n = randomInt(100_000, 999_999);
    const keep = `Lê Văn Giữ ${n}`;
    const dup = `Le Van Trung ${n}`;
    const insert = (name: string) =>
      db.query<{ id: string }>(
        `INSERT INTO users (full_name, role, unit_id, phone, citizen_id, password_hash)
         SELECT $1, 'participant', id, $2, $3, NULL FROM units WHERE code = 'HNI.MLA.VP'
         RETURNING id`,
        [name, uniquePhone(), uniqueCitizenId()],
      );
    const keepId = (await insert(keep)).rows[0]!.id;
    const dupId = (await insert(dup)).rows[0]!.id;

    const token = await login('baocao.molao@demo.local');
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'vi-VN',
    });
    await context.addInitScript((t) => localStorage.setItem('cchc.token', t), token);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/admin/users`);
    await page.getByTestId('users-search').locator('input').fill(String(n));
    const rowNamed = (name: string) => page.locator('tbody tr', { hasText: name });
    await rowNamed(dup).waitFor();

    // the edit form: the duplicate's name corrected, saved only once the server says so
    const fixed = `Lê Văn Trùng ${n}`;
    await rowNamed(dup).getByRole('button', { name: 'Sửa thông tin' }).click();
    const form = page.locator('#user-edit-form');
    await form.waitFor();
    const name = form.getByLabel('Họ và tên');
    expect(await name.inputValue()).toBe(dup);
    await name.fill(fixed);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await rowNamed(fixed).waitFor();
    const renamed = await db.query<{ full_name: string }>(
      `SELECT full_name FROM users WHERE id = $1`,
      [dupId],
    );
    expect(renamed.rows[0]!.full_name).toBe(fixed);

    // merge it into the other account, found by the search field inside the dialog
    await rowNamed(fixed)
      .getByRole('button', { name: `Gộp tài khoản ${fixed} vào tài khoản khác` })
      .click();
    const target = page.getByTestId('user-merge-target');
    await target.fill(`le van giu ${n}`);
    const option = page.getByRole('option', { name: new RegExp(keep) });
    await option.waitFor();
    await option.click();
    const compare = page.getByTestId('user-merge-compare');
    await compare.waitFor();
    expect(await compare.textContent()).toContain(keep);
    expect(await compare.textContent()).toContain(fixed);
    const untouched = await db.query<{ active: boolean }>(
      `SELECT active FROM users WHERE id = $1`,
      [dupId],
    );
    expect(untouched.rows[0]!.active).toBe(true); // nothing before the confirmation
    await page.getByTestId('user-merge-confirm').click();
    await expect
      .poll(() => rowNamed(fixed).locator('.v-chip', { hasText: 'Đã khóa' }).count())
      .toBe(1);
    const merged = await db.query<{ merged_into_id: string | null; active: boolean }>(
      `SELECT merged_into_id, active FROM users WHERE id = $1`,
      [dupId],
    );
    expect(merged.rows[0]).toEqual({ merged_into_id: keepId, active: false });
    await context.close();
    await db.end();
  });
});

describe('linking a staff-list entry to an account', () => {
  it('finds the account by an unaccented name in the dialog and links it', async () => {
    const org = await freshOrganiser();
    const n = randomInt(100_000, 999_999);
    const entryName = `Phạm Thị Liên ${n}`;
    const db = await suiteDb();
    const entry = await db.query<{ id: string }>(
      `INSERT INTO roster_entries (unit_id, full_name, name_folded, citizen_id, phone, valid_from)
       VALUES ($1, $2, lower($2), $3, $4, now()) RETURNING id`,
      [org.unitId, entryName, uniqueCitizenId(), uniquePhone()],
    );
    // the person registered with another phone, so nothing linked them
    const account = await db.query<{ id: string }>(
      `INSERT INTO users (full_name, role, unit_id, phone, password_hash)
       VALUES ($1, 'participant', $2, $3, NULL) RETURNING id`,
      [entryName, org.unitId, uniquePhone()],
    );
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
    });
    await context.addInitScript((t) => localStorage.setItem('cchc.token', t), org.token);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/admin/units/${org.unitId}/roster`);
    await page.getByRole('button', { name: `Liên kết tài khoản cho ${entryName}` }).click();
    await page.getByTestId('roster-link-candidate').fill(`pham thi lien ${n}`);
    const option = page.getByRole('option', { name: new RegExp(String(n)) });
    await option.waitFor();
    await option.click();
    await page.getByTestId('roster-link-confirm').click();
    await expect
      .poll(async () => {
        const r = await db.query<{ user_id: string | null }>(
          `SELECT user_id FROM roster_entries WHERE id = $1`,
          [entry.rows[0]!.id],
        );
        return r.rows[0]!.user_id;
      })
      .toBe(account.rows[0]!.id);
    await context.close();
    await db.end();
  });
});
