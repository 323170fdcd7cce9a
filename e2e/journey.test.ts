import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, repoRoot, startServer } from './server.ts';
import { hasChromium, launchBrowser, requireChromium } from './browser.ts';

/**
 * The first journey through the web app, against the real server and its demo data: log in, find the
 * party committee in the organization tree, read its terms and posts, search the people directory
 * without diacritics, and open a person's page with their title today and their career.
 */

const resultsDir = path.join(repoRoot, 'test-results');
const docsDir = path.join(repoRoot, 'docs/screenshots');
const updateDocs = process.env.UPDATE_SCREENSHOTS === '1';

// The demo committee (server/seed/organizations.ts).
const COMMITTEE = 'Đảng bộ Văn phòng Quốc hội';

const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

requireChromium('browser journey');

describe.skipIf(!hasChromium)('browser journey', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let secretary = '';

  const shot = async (name: string, docsName?: string) => {
    fs.mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: path.join(resultsDir, `journey-${name}.png`) });
    if (updateDocs && docsName) {
      fs.mkdirSync(docsDir, { recursive: true });
      await page.screenshot({ path: path.join(docsDir, docsName) });
    }
  };

  /** Runs a step; when it fails, the page as it was is kept in test-results/. */
  const step = async (name: string, body: () => Promise<void>) => {
    try {
      await body();
    } catch (e) {
      await shot(`${name}-failure`).catch(() => undefined);
      throw e;
    }
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses a wrong password with the server\'s message, then logs in', async () => {
    await step('01-login', async () => {
      await page.goto(`${server.baseUrl}/organizations`);
      await page.waitForURL(/\/login\?next=%2Forganizations/);
      await page.getByLabel('Tên đăng nhập').fill('admin');
      await page.getByLabel('Mật khẩu').fill('not-the-password');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');

      await page.getByLabel('Mật khẩu').fill(server.adminPassword);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      // Back where the user wanted to go, with their name in the header.
      await page.waitForURL(/\/organizations$/);
      await expect.poll(() => page.getByTestId('user-menu').textContent()).toContain('Quản trị hệ thống');
      await shot('01-logged-in');
    });
  });

  it('finds the party committee in the tree without diacritics and shows its terms', async () => {
    await step('02-organizations', async () => {
      await page.getByPlaceholder('Tìm tổ chức').fill('dang bo van phong');
      const committee = page.getByTestId('org-node').filter({ hasText: new RegExp(`^${COMMITTEE}$`) });
      await committee.waitFor();
      // The filter keeps matches and their ancestors only: the agency's departments are gone.
      await expect.poll(() => page.getByTestId('org-node').filter({ hasText: /^Vụ Tổng hợp$/ }).count()).toBe(0);
      await committee.click();
      await expect.poll(() => page.getByTestId('org-title').textContent()).toBe(COMMITTEE);
      await page.getByText('Đảng bộ cơ sở').first().waitFor();

      await page.getByRole('tab', { name: 'Nhiệm kỳ' }).click();
      await page.getByText('Đại hội lần thứ XIV').waitFor();
      await page.getByText('Nhiệm kỳ 2025–2030').waitFor();
      const executive = page.getByTestId('body-card').filter({ hasText: 'Ban Chấp hành' });
      await executive.waitFor();
      expect(await executive.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
      await shot('02-terms');
    });
  });

  it('shows who held each post, from when to when', async () => {
    await step('03-posts', async () => {
      await page.getByRole('tab', { name: 'Chức vụ' }).click();
      const post = page.getByTestId('post-card').filter({ has: page.getByText('Bí thư', { exact: true }) });
      await post.first().waitFor();
      const holders = post.first().getByTestId('holder');
      expect(await holders.count()).toBeGreaterThanOrEqual(1);
      const current = holders.filter({ hasText: '– nay' }).first();
      secretary = ((await current.getByRole('link').textContent()) ?? '').trim();
      expect(secretary).toMatch(/^\p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*)+$/u);
      await shot('03-posts', 'organizations.png');
    });
  });

  it('searches the people directory without diacritics', async () => {
    await step('04-people', async () => {
      await page.getByRole('menuitem', { name: /Nhân sự/ }).click();
      await page.waitForURL(/\/people$/);
      await page.getByPlaceholder('Tìm theo tên').fill('nguyen');
      await expect
        .poll(async () => {
          const names = await page.getByTestId('person-link').allTextContents();
          return names.length > 0 && names.every((n) => n.startsWith('Nguyễn'));
        })
        .toBe(true);
      expect(await page.getByTestId('person-link').count()).toBeGreaterThanOrEqual(5);
      await expect.poll(() => page.getByTestId('list-total').textContent()).toMatch(/Tổng số: \d+/);
      await shot('04-people-search');
    });
  });

  it("opens a person's page with the title they hold today and their career", async () => {
    await step('05-person', async () => {
      await page.getByPlaceholder('Tìm theo tên').fill(fold(secretary));
      const link = page.getByTestId('person-link').filter({ hasText: new RegExp(`^${secretary}$`) });
      await link.first().waitFor();
      await link.first().click();
      await page.waitForURL(/\/people\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.getByTestId('person-name').textContent()).toBe(secretary);
      await page.getByText('Chức danh hôm nay').waitFor();
      // The title names every post held today before the name: "Bí thư Đảng ủy ..., <name>".
      await expect.poll(() => page.getByTestId('person-title').textContent()).toMatch(new RegExp(`^Bí thư .*${secretary}$`));
      await page.getByTestId('timeline-entry').first().waitFor();
      const career = (await page.getByTestId('timeline-entry').allTextContents()).join('\n');
      expect(career).toContain('Chức vụ');
      expect(career).toContain(COMMITTEE);
      await shot('05-person', 'person.png');
    });
  });
});
