import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, apiSession, logInPage, repoRoot, startServer } from './server.ts';
import { hasChromium, launchBrowser, requireChromium } from './browser.ts';

/**
 * What the first real use found on the screens of each role, against the real server and its demo data at
 * 1440 × 900: the home card lists waiting work; the last menu entry can be clicked; date fields ask for a day;
 * the lead-unit picker is searched and chosen with the keyboard; "Việc của tôi" shows work still to do;
 * dues open on the user's own cell; the secretary's documents and programs, and the portal editor's
 * directory, are not empty; the initial import is named as such in the audit log.
 */

const resultsDir = path.join(repoRoot, 'test-results');

requireChromium('field fixes in the browser');

describe.skipIf(!hasChromium)('field fixes in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  // Screens load slowly on a busy machine: wait as long as a locator would.
  const poll = <T,>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

  const step = async (p: Page, name: string, body: () => Promise<void>) => {
    try {
      await body();
    } catch (e) {
      fs.mkdirSync(resultsDir, { recursive: true });
      await p.screenshot({ path: path.join(resultsDir, `field-fixes-${name}-failure.png`), fullPage: true }).catch(() => undefined);
      throw e;
    }
  };

  const logIn = (username: string) => logInPage(browser, server.baseUrl, username, '/');

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the committee office its waiting work at home, lets it reach the audit log from the menu, and names the initial import', async () => {
    const p = await logIn('vanphong');
    await step(p, 'home', async () => {
      const card = p.getByTestId('home-inbox');
      await poll(() => card.locator('.ant-list-item').count()).toBeGreaterThan(0);
      expect(await p.getByText('sẽ có khi').count()).toBe(0);
    });
    await step(p, 'menu', async () => {
      // The last entry sits below the fold at 900 px: the menu scrolls above the collapse trigger, which must not cover it.
      await p.locator('.app-menu').getByRole('link', { name: 'Nhật ký hệ thống' }).click();
      await p.waitForURL(/\/admin\/audit$/);
      await poll(() => p.getByRole('cell', { name: 'Nhập dữ liệu ban đầu' }).count()).toBeGreaterThan(0);
      expect(await p.getByRole('cell', { name: 'seed', exact: true }).count()).toBe(0);
    });
    await step(p, 'widths', async () => {
      // The compliance table and one book of the incoming register fit their cards beside the menu: no column off-screen.
      const fits = async (url: string) => {
        await p.goto(`${server.baseUrl}${url}`);
        const table = p.locator('.ant-table-content, .ant-table-body').first();
        await poll(() => p.locator('table tbody tr').count()).toBeGreaterThan(1);
        return table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
      };
      expect(await fits('/meetings/compliance')).toBe(true);
      expect(await fits('/correspondence')).toBe(true);
    });
    await step(p, 'dues', async () => {
      await p.goto(`${server.baseUrl}/members/dues`);
      // The office's staff are members of a cell: the page opens on it rather than on an empty picker.
      await poll(() => p.locator('.ant-select').filter({ has: p.locator('#dues-cell') }).first().textContent()).toMatch(/Chi bộ /);
      await poll(() => p.locator('table tbody tr').count()).toBeGreaterThan(1);
    });
  });

  it('asks for a day in date fields and lets the lead unit be searched and chosen with the keyboard', async () => {
    const p = await logIn('vanphong');
    await step(p, 'task-form', async () => {
      await p.goto(`${server.baseUrl}/cong-viec/tasks`);
      await p.getByTestId('task-add').click();
      const dialog = p.getByRole('dialog');
      await poll(() => dialog.getByPlaceholder('Chọn ngày').count()).toBe(2);
      expect(await dialog.getByPlaceholder('Chọn thời điểm').count()).toBe(0);
      const lead = dialog.getByLabel('Đơn vị chủ trì');
      await lead.click();
      await lead.pressSequentially('chi bo vu tong hop');
      await p.keyboard.press('ArrowDown');
      await p.keyboard.press('Enter');
      await poll(() => dialog.locator('.ant-form-item').filter({ hasText: 'Đơn vị chủ trì' }).locator('.ant-select').first().textContent()).toContain('Chi bộ Vụ Tổng hợp');
    });
  });

  it("shows a cell secretary work still to do first, and the cell's own documents and program", async () => {
    const p = await logIn('bithu.tonghop');
    await step(p, 'my-tasks', async () => {
      await p.goto(`${server.baseUrl}/tasks`);
      await poll(() => p.getByTestId('task-link').count()).toBeGreaterThan(0);
      const statuses = await p.locator('table tbody tr .ant-tag').allTextContents();
      // One task list behind /tasks and /cong-viec/tasks: its status tags are the work module's ('Đã hoàn thành').
      expect(statuses.some((s) => s === 'Đã hoàn thành' || s === 'Đã hủy')).toBe(false);
      await p.getByText('Đã xong hoặc hủy').click();
      await expect.poll(async () => (await p.locator('table tbody tr .ant-tag').allTextContents()).some((s) => s === 'Đã hoàn thành')).toBe(true);
    });
    await step(p, 'documents', async () => {
      await p.goto(`${server.baseUrl}/documents`);
      await poll(() => p.getByTestId('document-link').count()).toBeGreaterThan(0);
    });
    await step(p, 'paragraphs', async () => {
      // A body's own numbering ("1. Mục đích") is not numbered again: the comment anchors read "§ n" in the margin.
      await p.getByTestId('document-link').first().click();
      const item = p.locator('.document-paragraphs > li').first();
      await item.waitFor();
      expect(await item.evaluate((li) => getComputedStyle(li, '::marker').content)).toMatch(/^"§ " counter\(list-item\)|^"§ 1/);
    });
    await step(p, 'programs', async () => {
      await p.goto(`${server.baseUrl}/cong-viec/programs`);
      await poll(() => p.getByTestId('program-link').filter({ hasText: 'Chi bộ Vụ Tổng hợp' }).count()).toBeGreaterThan(0);
    });
  });

  it('takes a decimal figure with the Vietnamese comma and shows it back so', async () => {
    const api = await apiSession(server.baseUrl, 'bithu.tonghop');
    const cellId = (await api<{ grants: { organizationId: string }[] }>('/auth/me')).grants[0]?.organizationId ?? '';
    // A schedule whose form has the dues collected in millions of đồng (a decimal), and one of its open periods.
    const schedules = (await api<{ data: { id: string }[] }>('/reports/schedules?limit=100')).data;
    let target: { periodId: string; key: string } | null = null;
    for (const sc of schedules) {
      const full = await api<{ template: { figures: { key: string; type: string }[] } }>(`/reports/schedules/${sc.id}`);
      const decimal = full.template.figures.find((f) => f.type === 'decimal');
      if (!decimal) continue;
      const open = (await api<{ data: { id: string; state: string }[] }>(`/reports/schedules/${sc.id}/periods?limit=24`)).data.find((x) => x.state === 'open');
      if (open) target = { periodId: open.id, key: decimal.key };
      if (target) break;
    }
    expect(target, 'an open period of a form with a decimal figure').not.toBeNull();
    if (!target) return;
    const p = await logIn('bithu.tonghop');
    await step(p, 'decimal', async () => {
      const url = `${server.baseUrl}/cong-viec/reports/periods/${target.periodId}/organizations/${cellId}`;
      await p.goto(url);
      const input = p.locator(`input[data-testid="figure-${target.key}"], [data-testid="figure-${target.key}"] input`).first();
      await input.fill('1,65');
      await p.getByTestId('submission-save').click();
      await poll(async () => (await api<{ submissions: { organizationId: string; submissionId: string | null }[] }>(`/reports/periods/${target.periodId}`)).submissions.find((x) => x.organizationId === cellId)?.submissionId ?? null).not.toBeNull();
      const period = await api<{ submissions: { organizationId: string; submissionId: string | null }[] }>(`/reports/periods/${target.periodId}`);
      const id = period.submissions.find((x) => x.organizationId === cellId)?.submissionId ?? '';
      await poll(async () => (await api<{ figures: Record<string, unknown> }>(`/reports/submissions/${id}`)).figures[target.key]).toBe(1.65);
      await p.goto(url);
      await poll(() => input.inputValue()).toBe('1,65');
    });
  });

  it('gives the portal editor the people directory', async () => {
    const p = await logIn('bientap');
    await step(p, 'people', async () => {
      await p.goto(`${server.baseUrl}/people`);
      await poll(() => p.locator('table tbody tr a[href^="/people/"]').count()).toBeGreaterThan(0);
    });
  });
});
