import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, apiSession, logInPage, repoRoot, startServer } from './server.ts';
import { hasChromium, launchBrowser, requireChromium } from './browser.ts';

/**
 * Tasks and periodic reports in the browser, against the real server and its demo data: the committee
 * office sees a late cell on the late board; the secretary of Chi bộ Vụ Tổng hợp fills and sends the
 * report of the period due soon, found from their inbox; the office accepts it; the secretary updates a
 * task's progress and sees it on the task's timeline.
 */

const resultsDir = path.join(repoRoot, 'test-results');

interface LateRow {
  periodId: string;
  label: string;
  organizationId: string;
  organizationName: string;
  severity: string;
}

requireChromium('tasks and periodic reports in the browser');

describe.skipIf(!hasChromium)('tasks and periodic reports in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let cellId = '';

  const shot = async (p: Page, name: string) => {
    fs.mkdirSync(resultsDir, { recursive: true });
    await p.screenshot({ path: path.join(resultsDir, `work-${name}.png`), fullPage: true });
  };

  const step = async (p: Page, name: string, body: () => Promise<void>) => {
    try {
      await body();
    } catch (e) {
      await shot(p, `${name}-failure`).catch(() => undefined);
      throw e;
    }
  };

  const logIn = (username: string) => logInPage(browser, server.baseUrl, username, '/inbox');

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const secretary = await apiSession(server.baseUrl, 'bithu.tonghop');
    cellId = (await secretary<{ grants: { organizationId: string }[] }>('/auth/me')).grants[0]?.organizationId ?? '';
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the committee office a late cell on the late board, in red with its days late', async () => {
    const p = await logIn('vanphong');
    await step(p, 'late-board', async () => {
      await p.goto(`${server.baseUrl}/cong-viec/reports/late`);
      const late = p.getByTestId('late-row-late').first();
      await expect.poll(() => late.count()).toBe(1);
      await expect.poll(() => late.getByTestId('late-severity').textContent()).toBe('Quá hạn');
      expect(await late.getByTestId('late-days').textContent()).toMatch(/^\d+ ngày$/);
      await expect.poll(() => p.getByTestId('late-row-due_soon').count()).toBeGreaterThan(0);
    });
    await p.context().close();
  });

  it("lets the secretary of Chi bộ Vụ Tổng hợp fill and send the report due soon, and the office accept it", async () => {
    const office = await apiSession(server.baseUrl, 'vanphong');
    const owed = (await office<{ data: LateRow[] }>(`/reports/late-board?organizationId=${cellId}&limit=50`)).data;
    const row = owed.find((r) => r.severity === 'due_soon');
    expect(row, 'a report of the cell due in the coming days').toBeDefined();
    if (!row) return;

    const sec = await logIn('bithu.tonghop');
    await step(sec, 'report-fill', async () => {
      const reports = sec.getByTestId('inbox-reports');
      await reports.getByRole('link', { name: new RegExp(row.label) }).first().click();
      await sec.waitForURL(new RegExp(`/cong-viec/reports/periods/${row.periodId}$`));
      await sec.getByTestId('period-write').click();
      await sec.waitForURL(/\/organizations\//);
      const figure = sec.locator('input[data-testid="figure-so_dang_vien_dang_ky"], [data-testid="figure-so_dang_vien_dang_ky"] input').first();
      await figure.fill('31');
      await sec.getByTestId('section-ket_qua').fill('Chi bộ tổ chức học tập chuyên đề cho 100% đảng viên; 31 đảng viên đăng ký làm theo.');
      await sec.getByTestId('submission-submit').click();
      await sec.locator('.ant-popover').getByRole('button', { name: 'Gửi báo cáo' }).click();
      await expect.poll(() => sec.getByTestId('submission-status').textContent()).toBe('Đã gửi');
    });
    await sec.context().close();

    const p = await logIn('vanphong');
    await step(p, 'report-accept', async () => {
      await p.goto(`${server.baseUrl}/cong-viec/reports/periods/${row.periodId}`);
      const line = p.getByRole('row', { name: new RegExp(row.organizationName) });
      await expect.poll(() => line.getByTestId('period-status').textContent()).toBe('Đã gửi');
      await line.getByTestId('period-open-submission').click();
      await expect.poll(() => p.getByTestId('section-ket_qua').inputValue()).toContain('31 đảng viên đăng ký');
      await p.getByTestId('submission-accept').click();
      await p.locator('.ant-popover').getByRole('button', { name: 'Tiếp nhận' }).click();
      await expect.poll(() => p.getByTestId('submission-status').textContent()).toBe('Đã tiếp nhận');
    });
    await p.context().close();
    const after = await office<{ submissions: { organizationId: string; status: string }[] }>(`/reports/periods/${row.periodId}`);
    expect(after.submissions.find((s) => s.organizationId === cellId)?.status).toBe('accepted');
  });

  it("lets the secretary update a task's progress and see it on the timeline", async () => {
    const secretary = await apiSession(server.baseUrl, 'bithu.tonghop');
    const tasks = (await secretary<{ data: { id: string; title: string; progress: number }[] }>(`/tasks?status=in_progress&leadUnitId=${cellId}&limit=20`)).data;
    const task = tasks.find((t) => t.progress <= 80);
    expect(task, 'a task of the cell in progress').toBeDefined();
    if (!task) return;
    const next = task.progress + 10;
    const note = `Đã hoàn thành dự thảo lần ${next / 10}, gửi chi ủy cho ý kiến`;

    const p = await logIn('bithu.tonghop');
    await step(p, 'task-progress', async () => {
      await p.goto(`${server.baseUrl}/cong-viec/tasks/${task.id}`);
      await expect.poll(() => p.getByTestId('task-title').textContent()).toBe(task.title);
      await p.getByTestId('task-action-progress').click();
      const dialog = p.getByRole('dialog');
      await dialog.getByLabel('Tiến độ (%)').fill(String(next));
      await dialog.getByLabel('Nội dung cập nhật').fill(note);
      await dialog.getByRole('button', { name: 'Cập nhật tiến độ' }).click();
      const latest = p.getByTestId('task-timeline').getByTestId('timeline-progress').first();
      await expect.poll(() => latest.textContent()).toContain(`Cập nhật tiến độ ${next}%`);
      expect(await latest.textContent()).toContain(note);
    });
    await p.context().close();
  });
});
