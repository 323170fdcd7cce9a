import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, apiSession, logInPage, repoRoot, startServer } from './server.ts';
import { hasChromium, launchBrowser, requireChromium } from './browser.ts';

/**
 * The incoming register in the browser, on the demo data, as the committee office (`vanphong`): the
 * register shows one book in arrival order with urgent rows marked in place, a combined view only when
 * chosen; the fast form is reached with N or Alt+N, takes the highlighted issuing body on Enter and keeps
 * a typed new one, refuses an unreadable date without replacing it, records the sender's symbol as written
 * with a warning, and after saving shows the new entry on top, ready for the next on the first field.
 */

const resultsDir = path.join(repoRoot, 'test-results');
const todayVn = new Date(Date.now() + 7 * 3600_000);
const picker = (d: Date) => d.toISOString().slice(0, 10).split('-').reverse().join('/');
const token = `REG${String(Date.now()).slice(-6)}`;

interface Entry { id: string; arrivalNumber: number; sender: string; symbol: string | null; documentDate: string; organizationId: string }

requireChromium('the incoming register in the browser');

describe.skipIf(!hasChromium)('the incoming register in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let read: Awaited<ReturnType<typeof apiSession>>;

  const step = async (name: string, body: () => Promise<void>) => {
    try {
      await body();
    } catch (e) {
      fs.mkdirSync(resultsDir, { recursive: true });
      await page.screenshot({ path: path.join(resultsDir, `registers-${name}-failure.png`), fullPage: true }).catch(() => undefined);
      throw e;
    }
  };
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  const arrivals = async () => (await page.getByTestId('incoming-table').locator('tbody tr.ant-table-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-arrival')))));
  const mine = (q: string) => read<{ data: Entry[] }>(`/incoming?q=${encodeURIComponent(q)}`);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    read = await apiSession(server.baseUrl, 'vanphong');
    page = await logInPage(browser, server.baseUrl, 'vanphong', '/correspondence');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows one book in arrival order, urgent rows marked in place; the combined view names the books', async () => {
    await step('book', async () => {
      const me = await read<{ grants: Array<{ organizationId: string }> }>('/auth/me');
      const own = me.grants[0]?.organizationId ?? '';
      await expect.poll(() => page.getByTestId('incoming-book').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`, năm ${todayVn.getUTCFullYear()}$`));
      await page.getByTestId('incoming-table').locator('tbody tr.ant-table-row').first().waitFor();
      const numbers = await arrivals();
      expect(numbers.length).toBeGreaterThan(10);
      // The book's order: every arrival number once, one less than the one above it.
      expect(numbers).toEqual(numbers.map((_, i) => (numbers[0] ?? 0) - i));
      // Urgent entries of this month keep their place and are marked (tinted, tagged).
      const month = todayVn.toISOString().slice(0, 7);
      const urgent = await read<{ data: Entry[] }>(`/incoming?organizationId=${own}&month=${month}&urgency=khan&limit=200`);
      const shown = urgent.data.filter((e) => numbers.includes(e.arrivalNumber));
      const urgentRows = page.getByTestId('incoming-table').locator('tbody tr[data-urgent="true"]');
      expect(await urgentRows.count()).toBeGreaterThanOrEqual(shown.length);
      if (shown.length > 0) expect(await urgentRows.first().textContent()).toContain('Khẩn');
      expect(await page.getByRole('columnheader', { name: 'Sổ của' }).count()).toBe(0);
      expect(await page.getByTestId('incoming-export-xlsx').getAttribute('href')).toContain(`organizationId=${own}`);

      await page.getByTestId('incoming-book').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Tất cả các sổ (xem gộp)' }).click();
      await page.getByRole('columnheader', { name: 'Sổ của' }).waitFor();
      await expect.poll(() => page.getByTestId('incoming-book-cell').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('incoming-export-xlsx').getAttribute('href')).not.toContain('organizationId=');
      await page.getByTestId('incoming-book').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: `, năm ${todayVn.getUTCFullYear()}` }).first().click();
      await expect.poll(() => page.getByRole('columnheader', { name: 'Sổ của' }).count()).toBe(0);
    });
  });

  it('takes the highlighted issuing body on Enter, even when the suggestions arrive late; keeps a typed new one', async () => {
    const form = page.getByTestId('incoming-fast');
    const k = page.keyboard;
    await step('sender', async () => {
      const names = async (q: string) => (await read<{ data: Array<{ name: string }> }>(`/incoming/senders?q=${encodeURIComponent(q)}&limit=10`)).data.map((s) => s.name);
      // The answer for the last words is shorter than the list on screen: the list changes under the highlight.
      expect(await names('Ban')).toContain('Ban Tổ chức Trung ương');
      expect((await names('Ban')).length).toBeGreaterThan((await names('Ban Tổ chức Trung')).length);
      await form.getByLabel('Ngày đến').focus();
      await k.press('Enter');
      await expect.poll(focused).toBe('incoming_sender');
      await k.press('Control+A');
      await k.type('Ban');
      const wanted = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^Ban Tổ chức Trung ương$/ });
      await wanted.waitFor();
      let release = () => undefined as void;
      const held = new Promise<void>((r) => (release = r));
      await page.route((url) => url.pathname === '/api/v1/incoming/senders', async (route) => {
        await held;
        await route.continue();
      });
      await k.type(' Tổ chức Trung');
      // Arrows highlight a suggestion; the late answer arrives; Enter takes the suggestion, not the fragment.
      for (let i = 0; i < 10 && !(await wanted.evaluate((el) => el.classList.contains('ant-select-item-option-active'))); i++) await k.press('ArrowDown');
      const answered = page.waitForResponse((r) => r.url().includes('/incoming/senders') && decodeURIComponent(r.url()).includes('Trung'));
      release();
      await answered;
      await page.waitForTimeout(300);
      await k.press('Enter');
      await expect.poll(focused).toBe('incoming_symbol');
      expect(await form.getByLabel('Cơ quan ban hành').inputValue()).toBe('Ban Tổ chức Trung ương');
      await page.unroute((url) => url.pathname === '/api/v1/incoming/senders');
    });

    await step('new-sender', async () => {
      // A body not in the register: Enter with nothing highlighted keeps the text, and says so.
      await form.getByLabel('Cơ quan ban hành').focus();
      await k.press('Control+A');
      await k.type(`Sở Thử nghiệm ${token}`);
      await page.waitForTimeout(400);
      await k.press('Enter');
      await expect.poll(focused).toBe('incoming_symbol');
      expect(await form.getByLabel('Cơ quan ban hành').inputValue()).toBe(`Sở Thử nghiệm ${token}`);
      await form.getByTestId('incoming-new-sender').filter({ hasText: 'Chưa có trong sổ: sẽ lưu đúng như đã nhập' }).waitFor();
    });
  });

  it('registers from the keyboard: N or Alt+N, an unreadable date kept and refused, the new entry on top', async () => {
    const form = page.getByTestId('incoming-fast');
    const k = page.keyboard;
    await step('shortcut', async () => {
      // From the search box (a field), Alt+N; from outside any field, N.
      await page.getByTestId('incoming-search').locator('input').focus();
      await k.press('Alt+N');
      await expect.poll(focused).toBe('incoming_receivedOn');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await k.press('n');
      await expect.poll(focused).toBe('incoming_receivedOn');
      expect(await form.getByLabel('Ngày đến').inputValue()).toBe(picker(todayVn));
      await k.press('Enter');
      await expect.poll(focused).toBe('incoming_sender');
      await k.press('Control+A');
      await k.type('ban to chuc trung');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^Ban Tổ chức Trung ương$/ }).click();
      await form.getByLabel('Cơ quan ban hành').press('Enter');
      await expect.poll(focused).toBe('incoming_symbol');
    });
    await step('date', async () => {
      await k.type('100000/TH');
      await k.press('Enter');
      await expect.poll(focused).toBe('incoming_documentDate');
      await k.type('31/02/2026');
      await k.press('Enter');
      await k.type('Công văn');
      await k.press('Enter');
      await expect.poll(focused).toBe('incoming_summary');
      await k.type(`Về việc rà soát hồ sơ đảng viên ${token}`);
      await k.press('Control+Enter');
      // The unreadable day stays as typed, with the reason beside it; nothing is registered.
      await form.getByText('Không đọc được ngày "31/02/2026"').waitFor();
      expect(await form.getByLabel('Ngày văn bản').inputValue()).toBe('31/02/2026');
      await page.waitForTimeout(500);
      expect((await mine(token)).data).toEqual([]);
    });

    await step('saved', async () => {
      await form.getByLabel('Ngày văn bản').fill(picker(todayVn));
      await form.getByLabel('Trích yếu').press('Control+Enter');
      // Saved as the sender wrote the symbol, with a warning, not refused.
      await page.getByText(/Đã vào sổ số đến \d+\. Số, ký hiệu "100000\/TH" không theo thể thức thường gặp/).waitFor();
      await expect.poll(async () => (await mine(token)).data.length).toBe(1);
      const [entry] = (await mine(token)).data;
      expect(entry).toMatchObject({ sender: 'Ban Tổ chức Trung ương', symbol: '100000/TH', documentDate: todayVn.toISOString().slice(0, 10) });
      // The new entry on top of the register, highlighted; the form ready on its first field.
      const first = page.getByTestId('incoming-table').locator('tbody tr.ant-table-row').first();
      await expect.poll(() => first.getAttribute('data-arrival'), { timeout: 10_000 }).toBe(String(entry?.arrivalNumber));
      expect(await first.getAttribute('data-new')).toBe('true');
      await first.getByTestId('incoming-new').waitFor();
      await expect.poll(focused).toBe('incoming_receivedOn');
      expect(await form.getByLabel('Trích yếu').inputValue()).toBe('');
      fs.mkdirSync(resultsDir, { recursive: true });
      await page.screenshot({ path: path.join(resultsDir, 'registers-incoming.png'), fullPage: true });
    });
  });
});
