import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, repoRoot, startServer, apiSession } from './server.ts';
import { hasChromium, launchBrowser, requireChromium } from './browser.ts';

/**
 * A cell's monthly meeting in the browser, against the real server and its demo data: the cell
 * secretary plans it, sends the invitations, marks it held, checks everyone in (one excused), sees the
 * quorum met, records notes, a resolution vote and a conclusion turned into a task, drafts the
 * minutes, sees them complete, approves them as chair and as secretary and downloads them; the task's
 * owner then finds the task on "Việc của tôi".
 */

const resultsDir = path.join(repoRoot, 'test-results');

/** Today in Vietnam as the date pickers read it (DD/MM/YYYY). */
const todayVn = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const todayPicker = todayVn.split('-').reverse().join('/');
const RESOLUTION = 'Thông qua Nghị quyết của chi bộ về nhiệm vụ tháng tới';
const CONCLUSION = 'Giao Vụ Tổng hợp hoàn thiện dự thảo báo cáo sơ kết, gửi chi ủy trước ngày 20';

async function savedSize(download: Download): Promise<{ size: number; text: string }> {
  const file = await download.path();
  const buffer = fs.readFileSync(file);
  return { size: buffer.length, text: buffer.toString('utf8') };
}

requireChromium('meetings in the browser');

describe.skipIf(!hasChromium)('meetings in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let meetingUrl = '';
  let owner = { personId: '', fullName: '' };

  const shot = async (p: Page, name: string, fullPage = true) => {
    fs.mkdirSync(resultsDir, { recursive: true });
    await p.screenshot({ path: path.join(resultsDir, `meetings-${name}.png`), fullPage });
  };

  const step = async (p: Page, name: string, body: () => Promise<void>) => {
    try {
      await body();
    } catch (e) {
      await shot(p, `${name}-failure`).catch(() => undefined);
      throw e;
    }
  };

  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
    context.setDefaultTimeout(15_000);
    return context.newPage();
  };

  const logIn = async (p: Page, username: string, next: string) => {
    await p.goto(`${server.baseUrl}/login?next=${encodeURIComponent(next)}`);
    await p.getByLabel('Tên đăng nhập').fill(username);
    await p.getByLabel('Mật khẩu').fill('congtac-demo');
    await p.getByRole('button', { name: 'Đăng nhập' }).click();
    await p.waitForURL((u) => u.pathname === next);
  };

  /** Clicks a button guarded by a confirmation, then the confirmation's own button. */
  const confirmed = async (testId: string, ok: string) => {
    await page.getByTestId(testId).click();
    await page.locator('.ant-popover:visible').getByRole('button', { name: ok }).click();
  };

  /** Every later step works on the meeting the first one planned. */
  const planned = () => {
    if (!meetingUrl) throw new Error('No meeting: planning it failed.');
  };

  /** Opens a tab of the meeting page; a click that lands while the page re-renders is tried again. */
  const tab = async (name: string) => {
    const target = page.getByRole('tab', { name });
    for (let attempt = 0; attempt < 3; attempt++) {
      await target.click();
      const selected = await expect.poll(() => target.getAttribute('aria-selected'), { timeout: 3_000 }).toBe('true').then(() => true, () => false);
      if (selected) return;
    }
    throw new Error(`the tab "${name}" did not open`);
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // The task goes to the person behind the `dangvien` account, who logs in at the end.
    const member = await apiSession(server.baseUrl, 'dangvien');
    const { personId } = await member<{ personId: string | null }>('/auth/me');
    if (!personId) throw new Error('the dangvien account has no person');
    const person = await member<{ fullName: string }>(`/people/${personId}`);
    owner = { personId, fullName: person.fullName };
    page = await newPage();
    await logIn(page, 'bithu.tonghop', '/meetings');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('plans the monthly meeting, sends the invitations and marks it held', async () => {
    await step(page, '01-plan', async () => {
      await page.getByTestId('meeting-link').first().waitFor();
      await shot(page, 'list', false);
      await page.getByTestId('meeting-plan').click();
      const dialog = page.getByRole('dialog');
      // The secretary's own cell is proposed; the kind defaults to the regular monthly meeting.
      await dialog.getByText('Chi bộ Vụ Tổng hợp', { exact: true }).waitFor();
      await dialog.getByText('Sinh hoạt chi bộ thường kỳ', { exact: true }).waitFor();
      const day = dialog.getByLabel('Ngày họp');
      await day.fill(todayPicker);
      await day.press('Tab');
      await dialog.getByText('Buổi chiều').click();
      await dialog.getByLabel('Địa điểm').fill('Phòng họp tầng 3, nhà A');
      await dialog.getByRole('button', { name: 'Lên lịch' }).click();
      await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
      meetingUrl = page.url();

      await expect.poll(() => page.getByTestId('meeting-title').textContent()).toMatch(/^Sinh hoạt Chi bộ Vụ Tổng hợp thường kỳ tháng \d{1,2}\/\d{4}$/);
      expect(await page.getByTestId('meeting-state').textContent()).toBe('Dự kiến');
      expect(await page.getByText('14:00 – 17:00').count()).toBeGreaterThan(0);

      await confirmed('state-invited', 'Gửi giấy mời');
      await expect.poll(() => page.getByTestId('meeting-state').textContent()).toBe('Đã gửi giấy mời');
      await confirmed('state-held', 'Đã họp');
      await expect.poll(() => page.getByTestId('meeting-state').textContent()).toBe('Đã họp');
    });
  });

  it('checks everyone in, one excused with a reason, and shows the quorum met', async () => {
    await step(page, '02-checkin', async () => {
      planned();
      const rows = page.getByTestId('checkin-row');
      await rows.first().waitFor();
      const invited = await rows.count();
      expect(invited).toBeGreaterThan(3);
      await expect.poll(() => page.getByTestId('quorum-not-met').count()).toBe(1);

      await page.getByTestId('checkin-all-present').click();
      await expect.poll(() => page.getByTestId('quorum-met').count()).toBe(1);
      const excused = rows.nth(3);
      const excusedName = (await excused.getAttribute('data-name')) ?? '';
      await excused.getByText('Vắng có lý do').click();
      const reason = excused.getByTestId('checkin-reason');
      await reason.fill('Đi công tác tại Đà Nẵng');
      const saved = page.waitForResponse((r) => r.url().endsWith('/attendance') && r.request().method() === 'PUT');
      await reason.press('Enter');
      expect((await saved).status()).toBe(200);

      // The quorum follows: everyone but one present.
      await expect.poll(() => page.getByTestId('quorum-summary').textContent()).toMatch(/^Có mặt \d+\/\d+/);
      expect(await page.getByTestId('quorum-met').count()).toBe(1);
      const row = page.locator(`[data-testid="checkin-row"][data-name="${excusedName}"]`);
      await expect.poll(() => row.getByTestId('checkin-reason').inputValue()).toBe('Đi công tác tại Đà Nẵng');

      // Chair: the first person; secretary: the next one.
      const chair = page.getByLabel('Chủ trì', { exact: true });
      await chair.click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
      await chair.press('Enter');
      await chair.press('Escape');
      const secretary = page.getByLabel('Thư ký', { exact: true });
      await secretary.click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
      await secretary.press('ArrowDown');
      await secretary.press('Enter');
      await page.getByTestId('roles-save').click();
      await page.getByText('Đã lưu chủ trì và thư ký.').waitFor();
      await expect.poll(() => rows.filter({ hasText: 'Thư ký' }).count()).toBe(1);
      expect(await rows.filter({ hasText: 'Chủ trì' }).count()).toBe(1);
      await shot(page, 'checkin', false);
      await page.locator('.ant-message-notice').first().waitFor({ state: 'detached' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, 'meeting-live', false);
    });
  });

  it('records notes on every agenda item, a resolution vote and a conclusion turned into a task', async () => {
    await step(page, '03-agenda', async () => {
      planned();
      await tab('Chương trình');
      const notes = page.getByTestId('agenda-notes');
      await notes.first().waitFor();
      const items = await notes.count();
      expect(items).toBeGreaterThan(2);
      for (let i = 0; i < items; i++) {
        await notes.nth(i).fill(`Ghi chép nội dung ${i + 1}: chi bộ đã nghe trình bày và thảo luận.`);
        const saved = page.waitForResponse((r) => r.url().includes('/agenda/') && r.request().method() === 'PATCH');
        await page.getByTestId('agenda-notes-save').nth(i).click();
        expect((await saved).status()).toBe(200);
      }

      // The discussion records at least one speaker's opinion (the minutes check asks for it).
      const spoken = await page.evaluate(async (url) => {
        const id = url.split('/').pop() ?? '';
        const m = (await (await fetch(`/api/v1/meetings/${id}`)).json()) as { agenda: { id: string; title: string }[]; participants: { id: string; kind: string; attendance: string }[] };
        const item = m.agenda.find((a) => a.title === 'Thảo luận');
        const speaker = m.participants.find((x) => x.kind === 'attendee' && x.attendance === 'present');
        const res = await fetch(`/api/v1/meetings/${id}/agenda/${item?.id}/speeches`, {
          method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ participantId: speaker?.id, summary: 'Đề nghị bổ sung chỉ tiêu kết nạp đảng viên.' }),
        });
        return res.status;
      }, meetingUrl);
      expect(spoken).toBe(201);

      // The resolution is voted on the item the monthly meeting's template gives it.
      const present = await page.evaluate(async (url) => {
        const id = url.split('/').pop() ?? '';
        const m = (await (await fetch(`/api/v1/meetings/${id}`)).json()) as { quorum: { present: number } };
        return m.quorum.present;
      }, meetingUrl);
      const resolutionItem = page.getByTestId('agenda-item').filter({ hasText: 'biểu quyết nghị quyết' }).last();
      await resolutionItem.getByTestId('vote-add').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Vấn đề biểu quyết').fill(RESOLUTION);
      // More ballots than people present: the server refuses, and says why in the dialog.
      await dialog.getByLabel('Tán thành', { exact: true }).fill(String(present + 5));
      await dialog.getByRole('button', { name: 'Ghi kết quả' }).click();
      await dialog.getByTestId('vote-refusal').waitFor();
      expect(await dialog.getByTestId('vote-refusal').textContent()).toContain('vượt');
      await dialog.getByLabel('Tán thành', { exact: true }).fill(String(present - 1));
      await dialog.getByLabel('Không tán thành', { exact: true }).fill('1');
      await dialog.getByLabel('Đây là biểu quyết thông qua nghị quyết của cuộc họp').check();
      await dialog.getByRole('button', { name: 'Ghi kết quả' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const vote = resolutionItem.getByTestId('vote-line').filter({ hasText: RESOLUTION });
      await vote.waitFor();
      expect(await vote.getByTestId('vote-result').textContent()).toBe('Thông qua');
      expect(await vote.textContent()).toContain('Nghị quyết');
      await shot(page, 'agenda');

      await tab('Kết luận & văn bản');
      await page.getByTestId('outcome-add-conclusion').click();
      await dialog.getByLabel('Nội dung kết luận').fill(CONCLUSION);
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const conclusion = page.getByTestId('conclusion').filter({ hasText: CONCLUSION });
      await conclusion.getByTestId('conclusion-assign').click();
      const ownerSelect = dialog.getByLabel('Người chịu trách nhiệm');
      await ownerSelect.click();
      await ownerSelect.fill(owner.fullName);
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: owner.fullName }).first().click();
      await dialog.getByLabel('Kết quả, sản phẩm').fill('Dự thảo báo cáo được chi ủy cho ý kiến');
      await dialog.getByRole('button', { name: 'Giao việc' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await conclusion.getByTestId('conclusion-task-link').waitFor();
      await shot(page, 'outcomes', false);
    });
  });

  it('drafts the minutes, finds them complete, approves them and downloads Word and Akoma Ntoso', async () => {
    await step(page, '04-minutes', async () => {
      planned();
      await tab('Biên bản');
      await page.getByTestId('minutes-complete').waitFor();
      expect(await page.getByTestId('minutes-gap').count()).toBe(0);
      await page.getByTestId('minutes-draft').click();
      const preview = page.getByTestId('minutes-preview');
      await preview.waitFor();
      const text = (await preview.textContent()) ?? '';
      expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(text).toContain('BIÊN BẢN');
      expect(text).toContain('Đi công tác tại Đà Nẵng');
      expect(text).toContain(CONCLUSION);
      expect(text).toContain(RESOLUTION);
      expect(await page.getByTestId('minutes-status').textContent()).toBe('Dự thảo');
      await shot(page, 'minutes');

      await confirmed('approve-chair', 'Duyệt (chủ trì)');
      await page.getByTestId('approved-chair').waitFor();
      await confirmed('approve-secretary', 'Duyệt (thư ký)');
      await page.getByTestId('approved-secretary').waitFor();
      await expect.poll(() => page.getByTestId('minutes-status').textContent()).toBe('Đã duyệt');
      // Approved minutes freeze the record: no more editing.
      await page.getByTestId('meeting-frozen').waitFor();
      expect(await page.getByTestId('meeting-edit').count()).toBe(0);
      await tab('Chương trình');
      expect(await page.getByTestId('agenda-notes-save').count()).toBe(0);
      expect(await page.getByTestId('agenda-notes').count()).toBe(0);
      expect(await page.getByTestId('agenda-notes-text').first().textContent()).toContain('Ghi chép nội dung 1');
      await tab('Biên bản');

      const [word] = await Promise.all([page.waitForEvent('download'), page.getByTestId('minutes-docx').click()]);
      expect(word.suggestedFilename()).toMatch(/\.docx$/);
      const docx = await savedSize(word);
      expect(docx.size).toBeGreaterThan(2000);
      expect(docx.text.slice(0, 2)).toBe('PK');
      const [akn] = await Promise.all([page.waitForEvent('download'), page.getByTestId('minutes-akn').click()]);
      const xml = await savedSize(akn);
      expect(xml.size).toBeGreaterThan(0);
      expect(xml.text).toContain('<debateReport');

      // A correction opens a new draft version with its reason; the approved one stays as it was.
      await page.getByTestId('minutes-correct').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Lý do đính chính').fill('Bổ sung ý kiến phát biểu còn thiếu');
      await dialog.getByRole('button', { name: 'Đính chính' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByTestId('minutes-status').textContent()).toBe('Dự thảo');
      await page.getByText('Bản đính chính. Lý do: Bổ sung ý kiến phát biểu còn thiếu').waitFor();
      expect(await page.getByTestId('minutes-version').count()).toBe(2);
      // The approved version stands until the correction is approved in its turn.
      expect(await page.getByTestId('minutes-version').filter({ hasText: 'Đã duyệt' }).count()).toBe(1);
    });
  });

  it('shows the meeting page and the calendar with the meeting on its day', async () => {
    await step(page, '05-views', async () => {
      planned();
      await page.goto(meetingUrl);
      await page.getByTestId('meeting-title').waitFor();
      await page.getByTestId('quorum-met').waitFor();
      await shot(page, 'meeting', false);
      // Every step of the journey is in the meeting's history.
      await tab('Lịch sử');
      const history = page.getByTestId('meeting-history').getByRole('row');
      await history.filter({ hasText: 'bithu.tonghop' }).first().waitFor();
      expect(await history.filter({ hasText: 'bithu.tonghop' }).count()).toBeGreaterThan(5);
      await shot(page, 'history', false);

      // The calendar opens on this month, with the meeting on its day.
      await page.goto(`${server.baseUrl}/meetings/calendar`);
      await page.getByTestId('calendar-month').waitFor();
      const title = (await page.evaluate(async (url) => {
        const m = (await (await fetch(`/api/v1/meetings/${url.split('/').pop() ?? ''}`)).json()) as { title: string };
        return m.title;
      }, meetingUrl));
      await page.locator(`[data-day="${todayVn}"]`).getByTestId('calendar-entry').filter({ hasText: title }).waitFor();
      await page.getByTestId('calendar-feeds').click();
      await page.getByTestId('feed-url').first().waitFor();
      expect(await page.getByTestId('feed-url').first().textContent()).toContain('.ics');
      await page.keyboard.press('Escape');
    });
  });

  it('shows the committee office every cell on the calendar and the compliance dashboard', async () => {
    const office = await newPage();
    await step(office, '06-office', async () => {
      await logIn(office, 'vanphong', '/meetings');
      await office.goto(`${server.baseUrl}/meetings/calendar`);
      await office.getByTestId('calendar-entry').first().waitFor();
      await shot(office, 'calendar', false);
      await office.goto(`${server.baseUrl}/meetings/compliance`);
      const rows = office.locator('[data-testid="compliance-row"], [data-testid="compliance-flagged"]');
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThan(3);
      expect(await office.getByTestId('cell-held').count()).toBeGreaterThan(10);
      await shot(office, 'compliance', false);
    });
    await office.context().close();
  });

  it("puts the task on its owner's list", async () => {
    const member = await newPage();
    await step(member, '07-tasks', async () => {
      await logIn(member, 'dangvien', '/tasks');
      const task = member.getByTestId('task-link').filter({ hasText: CONCLUSION });
      await task.waitFor();
      await shot(member, 'tasks', false);
      await task.click();
      await expect.poll(() => member.getByTestId('task-title').textContent()).toBe(CONCLUSION);
      expect(await member.getByText('Dự thảo báo cáo được chi ủy cho ý kiến').count()).toBe(1);
      await shot(member, 'task', false);
    });
    await member.context().close();
  });
});
