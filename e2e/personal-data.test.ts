import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, apiSession, repoRoot, startServer, logInPage } from './server.ts';
import { hasChromium, launchBrowser, requireChromium } from './browser.ts';

/**
 * Personal data by need to know, in the browser (issue 12, item 2): the emulation officer (`thidua`) sees a
 * member's citizen ID and birth date masked (their own record excepted), and exports the register only after stating a reason, which
 * the committee office then finds in the audit log with who exported.
 */

const resultsDir = path.join(repoRoot, 'test-results');
// 12-digit citizen IDs and the old 9-digit identity cards alike.
const MASKED_ID = /^\d{4}\*+\d{2}$/;

requireChromium('personal data in the browser');

describe.skipIf(!hasChromium)('personal data in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  const shot = async (name: string) => {
    fs.mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: path.join(resultsDir, `personal-data-${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await logInPage(browser, server.baseUrl, 'thidua', '/members', { acceptDownloads: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the emulation officer a member record with the citizen ID and birth date masked', async () => {
    const own = await (await apiSession(server.baseUrl, 'thidua'))<{ id: string }>('/members/me').catch(() => null);
    await page.getByTestId('member-link').first().waitFor();
    // Someone else's record: the officer's own, if they are a member, is theirs to see whole.
    await page.locator(`[data-testid="member-link"]:not([href="/members/${own?.id ?? ''}"])`).first().click();
    await page.waitForURL(/\/members\/[0-9a-f-]{36}$/);
    const record = page.getByTestId('member-record');
    await record.waitFor();
    const text = (await record.textContent()) ?? '';
    expect(text).toMatch(/\d{4}\*{6}\d{2}/);
    expect(text).toMatch(/\*\*\/\*\*\/\d{4}/);
    await shot('01-record');
  });

  it('asks the reason before exporting, and the export is in the audit log with it', async () => {
    await page.goto(`${server.baseUrl}/members`);
    await page.getByTestId('members-export').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Xuất Excel' }).click();
    await dialog.getByText('Cần ghi lý do xuất dữ liệu.').waitFor();
    const reason = 'Tổng hợp danh sách đề nghị khen thưởng năm 2026';
    await page.getByTestId('members-export-reason').fill(reason);
    await shot('02-reason');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Sổ đảng viên \d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const ids: string[] = [];
    const births: string[] = [];
    wb.worksheets[0]?.eachRow((r, n) => {
      if (n <= 2) return;
      ids.push(String(r.getCell(8).text));
      births.push(String(r.getCell(4).text));
    });
    // The officer's own record, if they are a member, is theirs to see whole; every other row is masked.
    const me = await apiSession(server.baseUrl, 'thidua');
    const own = await me<{ citizenId: string | null }>('/members/me').catch(() => null);
    const unmasked = ids.filter((v) => v && !MASKED_ID.test(v));
    expect(ids.filter(Boolean).length).toBeGreaterThan(10);
    expect(unmasked).toEqual(own?.citizenId ? [own.citizenId] : []);
    expect(births.filter((v) => v && !/^\*\*\/\*\*\/\d{4}$/.test(v)).length).toBeLessThanOrEqual(unmasked.length);
    const office = await apiSession(server.baseUrl, 'vanphong');
    const log = await office<{ data: { actorLabel: string; after: { reason: string; unmaskedRows: number } }[] }>('/audit?action=member.export');
    expect(log.data[0]).toMatchObject({ actorLabel: 'thidua', after: { reason, unmaskedRows: unmasked.length } });
  });
});
