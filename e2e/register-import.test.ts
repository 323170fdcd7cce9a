import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthRows, toCsv, toXlsx } from '../server/modules/register-import/register-import.fixtures.ts';
import { type RunningServer, apiSession, repoRoot, startServer, logInPage } from './server.ts';
import { hasChromium, launchBrowser, requireChromium } from './browser.ts';

/**
 * The registers imported from files in the browser, as the committee office (`vanphong`): August 2023's
 * incoming documents (CSV), outgoing documents issued on paper (Excel) and citizens' letters (CSV), each
 * checked first (a file with a bad row lists it and imports nothing), then imported with the progress bar,
 * at the agency's real volume of that month (30,087 / 2,232 / 1,357); the consolidated report of a
 * calendar-month schedule then shows exactly those counts.
 */

const resultsDir = path.join(repoRoot, 'test-results');
const token = `E${String(Date.now()).slice(-6)}`;
const SIZES = { incoming: 30_087, outgoing: 2_232, letters: 1_357 } as const;
/** '30.087': the counts as the Vietnamese screens print them. */
const vn = (n: number) => n.toLocaleString('vi-VN');

requireChromium('register import in the browser');

describe.skipIf(!hasChromium)('register import in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await logInPage(browser, server.baseUrl, 'vanphong', '/correspondence/import', { timeout: 20_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const choose = (name: string, mimeType: string, buffer: Buffer) => page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });

  async function importThrough(kindLabel: string, name: string, mimeType: string, buffer: Buffer, total: number) {
    await page.getByTestId('import-kind').getByText(kindLabel, { exact: true }).click();
    await choose(name, mimeType, buffer);
    await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 180_000 }).toMatch(new RegExp(`tất cả (${total}|${vn(total).replace('.', '\\.')}) dòng hợp lệ`));
    await page.getByTestId('import-run').click();
    await page.locator('.ant-modal-confirm').getByRole('button', { name: new RegExp(`^Nhập (${total}|${vn(total).replace('.', '\\.')}) dòng$`) }).click();
    // The progress bar while the job runs, then the result with the bar full.
    await page.locator('[data-testid=import-progress], [data-testid=import-done]').first().waitFor();
    const done = page.getByTestId('import-done');
    await done.waitFor({ timeout: 300_000 });
    expect(await done.textContent()).toMatch(new RegExp(`Đã nhập (${total}|${vn(total).replace('.', '\\.')}) dòng vào sổ ${kindLabel}`));
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
    expect(before.meta.total).toBe(0);

    // A calendar-month schedule of the committee, its August 2023 period and consolidated report, read on screen.
    const committeeId = (await get<{ grants: { organizationId: string }[] }>('/auth/me')).grants[0]?.organizationId ?? '';
    const cellId = (await (await apiSession(server.baseUrl, 'bithu.tonghop'))<{ grants: { organizationId: string }[] }>('/auth/me')).grants[0]?.organizationId ?? '';
    const post = async <T,>(url: string, body: unknown): Promise<T> => {
      const res = await page.request.post(`${server.baseUrl}/api/v1${url}`, { data: body, headers: { Origin: server.baseUrl } });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return (await res.json()) as T;
    };
    const schedule = await post<{ id: string }>('/reports/schedules', {
      recipientOrganizationId: committeeId, name: `Báo cáo tháng theo tháng dương lịch ${token}`, kind: 'monthly', periodWindow: 'calendar_month',
      template: { figures: [], sections: [] }, reporterOrganizationIds: [cellId],
    });
    const period = await post<{ id: string }>(`/reports/schedules/${schedule.id}/periods`, { year: 2023, index: 8 });
    const report = await post<{ id: string }>(`/reports/periods/${period.id}/consolidated`, { organizationId: committeeId });
    await page.goto(`${server.baseUrl}/cong-viec/reports/consolidated/${report.id}`);
    const record = (label: string) => page.getByTestId('consolidated-record').filter({ hasText: label }).locator('.ant-statistic-content');
    await expect.poll(() => record('Văn bản đến').textContent()).toBe(vn(SIZES.incoming));
    expect(await record('Văn bản đi').textContent()).toBe(vn(SIZES.outgoing));
    expect(await record('Đơn thư').textContent()).toBe(vn(SIZES.letters));
    expect(await page.getByText('theo tháng dương lịch').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(resultsDir, 'register-import-consolidated.png'), fullPage: true });
  }, 900_000);
});
