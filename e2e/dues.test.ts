import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS } from '../server/modules/member-import/index.ts';
import { type RunningServer, repoRoot, startServer, logInPage } from './server.ts';
import { hasChromium, launchBrowser, requireChromium } from './browser.ts';

/**
 * A cell secretary's dues and import journeys against the real server and its demo data: mark a month
 * paid in the grid, save, download the yearly statement; check an import file whose row is wrong.
 */

const resultsDir = path.join(repoRoot, 'test-results');

requireChromium('dues and import in the browser');

describe.skipIf(!hasChromium)('dues and import in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  const step = async (name: string, body: () => Promise<void>) => {
    try {
      await body();
    } catch (e) {
      fs.mkdirSync(resultsDir, { recursive: true });
      await page.screenshot({ path: path.join(resultsDir, `dues-${name}-failure.png`) }).catch(() => undefined);
      throw e;
    }
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await logInPage(browser, server.baseUrl, 'bithu.tonghop', '/', { acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('marks a month paid in the grid, saves it, and downloads the statement', async () => {
    await step('grid', async () => {
      await page.goto(`${server.baseUrl}/members/dues`);
      const unpaid = page.locator('[data-testid^="paid-"]:not(:checked):not(:disabled)').first();
      await unpaid.waitFor({ state: 'attached' });
      const testId = (await unpaid.getAttribute('data-testid')) ?? '';
      await unpaid.check();
      await expect.poll(() => page.getByTestId('dues-save').textContent()).toContain('Lưu 1 thay đổi');
      await page.getByTestId('dues-save').click();
      await page.getByText('Đã lưu 1 thay đổi.').waitFor();
      await page.reload();
      await expect.poll(() => page.getByTestId(testId).isChecked()).toBe(true);
    });
    await step('statement', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dues-statement').click()]);
      const file = await download.path();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      expect(String(wb.worksheets[0]?.getRow(1).getCell(1).value)).toContain('Chi bộ Vụ Tổng hợp');
    });
  });

  it("the import page's dry run shows a bad row", async () => {
    await step('import', async () => {
      await page.goto(`${server.baseUrl}/members/import`);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Đảng viên');
      ws.addRow(COLUMNS.map((c) => c.header));
      ws.addRow(['Hoàng', 'Văn', 'Mới', 'Nam', '31/02/1990', '', 'CB-TH', 'Chính thức']);
      const buffer = Buffer.from(await wb.xlsx.writeBuffer());
      await page.locator('input[type=file]').setInputFiles({ name: 'dang-vien.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
      await page.getByTestId('import-errors').waitFor();
      const text = await page.getByTestId('import-errors').textContent();
      expect(text).toContain('Ngày sinh');
      expect(text).toContain('31/02/1990');
      expect(await page.getByTestId('import-run').count()).toBe(0);
    });
  });
});
