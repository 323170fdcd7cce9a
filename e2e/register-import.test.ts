import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthRows, toCsv, toXlsx } from '../server/modules/register-import/register-import.fixtures.ts';
import { type RunningServer, apiSession, repoRoot, startServer } from './server.ts';
import { hasChromium, launchBrowser, requireChromium } from './browser.ts';

/**
 * The registers imported from files in the browser, as the committee office (`vanphong`): August 2023's
 * incoming documents (CSV), outgoing documents issued on paper (Excel) and citizens' letters (CSV), each
 * checked first (a file with a bad row lists it and imports nothing), then imported with the progress bar.
 * Small files keep the run short; the full month's counts are proven in server/modules/register-import.
 */

const resultsDir = path.join(repoRoot, 'test-results');
const token = `E${String(Date.now()).slice(-6)}`;
const SIZES = { incoming: 300, outgoing: 40, letters: 30 } as const;

requireChromium('register import in the browser');

describe.skipIf(!hasChromium)('register import in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    context.setDefaultTimeout(20_000);
    page = await context.newPage();
    await page.goto(`${server.baseUrl}/login?next=%2Fcorrespondence%2Fimport`);
    await page.getByLabel('Tên đăng nhập').fill('vanphong');
    await page.getByLabel('Mật khẩu').fill('congtac-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/correspondence\/import$/);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const choose = (name: string, mimeType: string, buffer: Buffer) => page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });

  async function importThrough(kindLabel: string, name: string, mimeType: string, buffer: Buffer, total: number) {
    await page.getByTestId('import-kind').getByText(kindLabel, { exact: true }).click();
    await choose(name, mimeType, buffer);
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toContain(`tất cả ${total} dòng hợp lệ`);
    await page.getByTestId('import-run').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: `Nhập ${total} dòng` }).click();
    // The progress bar while the job runs, then the result with the bar full.
    await page.locator('[data-testid=import-progress], [data-testid=import-done]').first().waitFor();
    const done = page.getByTestId('import-done');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.textContent()).toContain(`Đã nhập ${total} dòng vào sổ ${kindLabel}`);
    expect(await done.locator('.ant-progress').getAttribute('aria-valuenow')).toBe('100');
    await done.getByRole('button', { name: 'Nhập tệp khác' }).click();
  }

  it('checks a file with a bad row and lists it, writing nothing', async () => {
    const rows = monthRows('incoming', 5, 2023, 8, `${token}x`);
    rows[2] = { ...rows[2], documentDate: '32/08/2023' };
    await choose('van-ban-den-loi.csv', 'text/csv', toCsv('incoming', rows));
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.locator('tbody tr').count()).toBe(1);
    expect(await errors.locator('tbody tr').first().textContent()).toMatch(/^4Ngày văn bản.*32\/08\/2023/);
    expect(await page.getByTestId('import-run').count()).toBe(0);
    fs.mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: path.join(resultsDir, 'register-import-errors.png'), fullPage: true });
  });

  it('imports August 2023 from three files with the progress bar: incoming (CSV), outgoing (Excel), letters (CSV)', async () => {
    const get = await apiSession(server.baseUrl, 'vanphong');
    const before = await get<{ meta: { total: number } }>('/incoming?month=2023-08&includeTotal=true&limit=1');
    await importThrough('Văn bản đến', 'van-ban-den-08-2023.csv', 'text/csv', toCsv('incoming', monthRows('incoming', SIZES.incoming, 2023, 8, token)), SIZES.incoming);
    await importThrough('Văn bản đi', 'van-ban-di-08-2023.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      await toXlsx('outgoing', monthRows('outgoing', SIZES.outgoing, 2023, 8, token)), SIZES.outgoing);
    await importThrough('Đơn thư', 'don-thu-08-2023.csv', 'text/csv', toCsv('letters', monthRows('letters', SIZES.letters, 2023, 8, token)), SIZES.letters);
    const after = await get<{ meta: { total: number } }>('/incoming?month=2023-08&includeTotal=true&limit=1');
    expect(after.meta.total - before.meta.total).toBe(SIZES.incoming);
  }, 180_000);
});
