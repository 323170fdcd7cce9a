import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, repoRoot, startServer, demoCookie } from './server.ts';
import { hasChromium, launchBrowser, requireChromium } from './browser.ts';

/**
 * The member register in the browser, against the real server and its demo data: a cell secretary
 * finds a probationary member without diacritics, recognizes them as an official member and sees the
 * event in their history; a member sees only their own record, and not someone else's.
 */

const resultsDir = path.join(repoRoot, 'test-results');

const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

interface ListedMember {
  id: string;
  fullName: string;
  probationEndsOn: string | null;
}

/** Today in Vietnam as YYYY-MM-DD and as the date pickers read it (DD/MM/YYYY). */
const todayVn = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const todayPicker = todayVn.split('-').reverse().join('/');

function daysBefore(day: string, months: number, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** A logged-in HTTP client for setting up what the demo data may lack. */
async function apiSession(baseUrl: string, username: string) {
  const cookie = await demoCookie(baseUrl, username);
  return async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { Cookie: cookie, Origin: baseUrl, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as T };
  };
}

/**
 * The journey needs, in the secretary's cell, a probationary member whose probation has ended and a
 * record for the `dangvien` account; when the demo data has none, they are entered as existing records.
 */
async function ensureFixtures(baseUrl: string): Promise<ListedMember> {
  const secretary = await apiSession(baseUrl, 'bithu.tonghop');
  const member = await apiSession(baseUrl, 'dangvien');
  const cellId = (await secretary<{ grants: { organizationId: string }[] }>('GET', '/auth/me')).body.grants[0]?.organizationId ?? '';
  const own = await member<{ id?: string }>('GET', '/members/me');
  if (own.status === 404) {
    const { personId } = (await member<{ personId: string }>('GET', '/auth/me')).body;
    const created = await secretary('POST', '/members', {
      personId, cellId, origin: 'record', status: 'official', admissionDecisionDate: '2010-03-02', ceremonyDate: '2010-03-20', officialRecognitionDate: '2011-03-20',
    });
    if (created.status !== 201) throw new Error(`own record: ${created.status} ${JSON.stringify(created.body)}`);
  }
  const ownId = (await member<{ id: string }>('GET', '/members/me')).body.id;

  const probationary = (await secretary<{ data: ListedMember[] }>('GET', '/members?status=probationary&limit=100')).body.data;
  const due = probationary
    .filter((m) => m.id !== ownId && m.probationEndsOn !== null && m.probationEndsOn <= todayVn)
    .sort((a, b) => (b.probationEndsOn ?? '').localeCompare(a.probationEndsOn ?? ''));
  if (due[0]) return due[0];

  // Otherwise a new person of the cell, admitted 12 months and a few weeks ago: probation just ended.
  const person = await secretary<{ id: string }>('POST', '/people', {
    familyName: 'Đặng', middleName: 'Thị Hồng', givenName: 'Nhung', gender: 'female', birthDate: '1992-05-17', organizationId: cellId, email: null, phone: null,
  });
  if (person.status !== 201) throw new Error(`person: ${person.status} ${JSON.stringify(person.body)}`);
  const ceremonyDate = daysBefore(todayVn, 12, 14);
  const created = await secretary<ListedMember>('POST', '/members', {
    personId: person.body.id, cellId, origin: 'record', status: 'probationary', admissionDecisionDate: daysBefore(ceremonyDate, 0, 10), ceremonyDate,
  });
  if (created.status !== 201) throw new Error(`probationary record: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
}

/** A new person of the secretary's cell who applied two months ago: the admission steps are taken in the UI. */
async function newApplicant(baseUrl: string): Promise<{ id: string; fullName: string }> {
  const secretary = await apiSession(baseUrl, 'bithu.tonghop');
  const cellId = (await secretary<{ grants: { organizationId: string }[] }>('GET', '/auth/me')).body.grants[0]?.organizationId ?? '';
  const person = await secretary<{ id: string }>('POST', '/people', {
    familyName: 'Vương', middleName: 'Minh', givenName: 'Khôi', gender: 'male', birthDate: '1996-09-02', organizationId: cellId, email: null, phone: null,
  });
  if (person.status !== 201) throw new Error(`person: ${person.status} ${JSON.stringify(person.body)}`);
  const created = await secretary<{ id: string; fullName: string }>('POST', '/members', {
    personId: person.body.id, cellId, origin: 'application', applicationDate: daysBefore(todayVn, 2, 0),
  });
  if (created.status !== 201) throw new Error(`applicant: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
}

const picker = (day: string) => day.split('-').reverse().join('/');

requireChromium('member register in the browser');

describe.skipIf(!hasChromium)('member register in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let recognized: ListedMember | undefined;


  const shot = async (p: Page, name: string) => {
    fs.mkdirSync(resultsDir, { recursive: true });
    await p.screenshot({ path: path.join(resultsDir, `members-${name}.png`), fullPage: true });
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
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    context.setDefaultTimeout(15_000);
    return context.newPage();
  };

  const logIn = async (p: Page, username: string) => {
    await p.goto(`${server.baseUrl}/login?next=%2Fmembers`);
    await p.getByLabel('Tên đăng nhập').fill(username);
    await p.getByLabel('Mật khẩu').fill('congtac-demo');
    await p.getByRole('button', { name: 'Đăng nhập' }).click();
    await p.waitForURL(/\/members$/);
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await newPage();
    recognized = await ensureFixtures(server.baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lets a cell secretary find a probationary member without diacritics', async () => {
    await step(page, '01-register', async () => {
      await logIn(page, 'bithu.tonghop');
      await page.getByTestId('member-link').first().waitFor();
      await page.getByRole('tab', { name: 'Nhắc hạn' }).waitFor();

      const name = recognized?.fullName ?? '';
      expect(name).not.toBe('');
      await page.getByTestId('members-search').locator('input').fill(fold(name));
      const link = page.locator(`a[href="/members/${recognized?.id ?? ''}"]`);
      await link.waitFor();
      expect(await link.textContent()).toBe(name);
      // The name as typed had no diacritics; the row shows it with them, the match highlighted.
      expect(fold(name)).not.toBe(name);
      await link.locator('mark').waitFor();
      await expect.poll(() => link.locator('mark').textContent()).toBe(name);
      await shot(page, '01-search');
      await link.click();
      await page.waitForURL(/\/members\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.getByTestId('member-name').textContent()).toBe(name);
      await expect.poll(() => page.getByTestId('member-status').textContent()).toBe('Đảng viên dự bị');
    });
  });

  it('recognizes the member as official and shows the event in their history', async () => {
    await step(page, '02-recognition', async () => {
      await page.getByTestId('action-official-recognition').click();
      const dialog = page.getByRole('dialog');
      // The form checks its fields before anything is sent.
      await dialog.getByRole('button', { name: 'Công nhận chính thức' }).click();
      await dialog.getByText('Vui lòng nhập số quyết định').waitFor();

      await dialog.getByLabel('Ngày quyết định').fill(todayPicker);
      await dialog.getByLabel('Ngày quyết định').press('Enter');
      await dialog.getByLabel('Số quyết định').fill('301');
      await dialog.getByLabel('Ký hiệu').fill('QĐ/ĐU');
      await dialog.getByLabel('Cơ quan ban hành').fill('Đảng ủy Văn phòng Quốc hội');
      await shot(page, '02-recognition-form');
      await dialog.getByRole('button', { name: 'Công nhận chính thức' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await expect.poll(() => page.getByTestId('member-status').textContent()).toBe('Đảng viên chính thức');
      const event = page.getByTestId('member-event').filter({ hasText: 'Công nhận đảng viên chính thức' });
      await event.waitFor();
      expect(await event.textContent()).toContain('301');
      // An official member is offered the official member's workflows, no longer recognition.
      await page.getByTestId('action-transfer-out').waitFor();
      expect(await page.getByTestId('action-official-recognition').count()).toBe(0);
      await shot(page, '02-recognized');
    });
  });

  it('transfers the official member out to another Party organization, awaiting its receipt', async () => {
    await step(page, '03-transfer-out', async () => {
      await page.getByTestId('action-transfer-out').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Ngày chuyển đi').fill(todayPicker);
      await dialog.getByLabel('Ngày chuyển đi').press('Enter');
      await dialog.getByLabel('Số giấy giới thiệu').fill('12-GGT/ĐU');
      await dialog.getByLabel('Nơi chuyển đến').fill('Đảng bộ Bộ Tư pháp');
      await dialog.getByRole('button', { name: 'Chuyển sinh hoạt đi' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await expect.poll(() => page.getByTestId('member-status').textContent()).toBe('Đã chuyển đi');
      const event = page.getByTestId('member-event').filter({ hasText: 'Chuyển sinh hoạt đảng đi' });
      await event.waitFor();
      expect(await event.textContent()).toContain('Đảng bộ Bộ Tư pháp');
      // The official transfer stays open until the receiving organization confirms it.
      await page.getByTestId('action-transfer-receipt').waitFor();
      await shot(page, '03-transferred');
    });
  });

  it('takes an applicant through introducers, certificate, resolution, decision and ceremony to probation', async () => {
    await step(page, '04-admission', async () => {
      const applicant = await newApplicant(server.baseUrl);
      await page.goto(`${server.baseUrl}/members/${applicant.id}`);
      await expect.poll(() => page.getByTestId('member-status').textContent()).toBe('Quần chúng xin vào Đảng');
      const dialog = page.getByRole('dialog');
      const fillDate = async (label: string, day: string, nth = 0) => {
        const input = dialog.getByLabel(label).nth(nth);
        await input.fill(picker(day));
        // Tab, not Enter: Enter in a one-field form would submit it before the button is clicked.
        await input.press('Tab');
      };
      const submit = async (name: string) => {
        await dialog.getByRole('button', { name }).click();
        await dialog.waitFor({ state: 'hidden' });
      };

      await page.getByTestId('action-introducers').click();
      for (const i of [0, 1]) {
        const select = dialog.getByLabel(`Người giới thiệu ${i + 1}`);
        await select.click();
        await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
        // Two different official members: the first option for one, the second for the other.
        if (i === 1) await select.press('ArrowDown');
        await select.press('Enter');
        await fillDate('Cùng công tác từ', '2015-01-05', i);
      }
      await submit('Người giới thiệu');

      await page.getByTestId('action-course-certificate').click();
      await fillDate('Ngày cấp', daysBefore(todayVn, 1, 20));
      await submit('Giấy chứng nhận bồi dưỡng');

      await page.getByTestId('action-cell-resolution').click();
      await fillDate('Ngày nghị quyết', daysBefore(todayVn, 0, 20));
      await dialog.getByLabel('Số phiếu tán thành').fill('9');
      await dialog.getByLabel('Số đảng viên chính thức').fill('10');
      await submit('Nghị quyết chi bộ');

      await page.getByTestId('action-admission-decision').click();
      await fillDate('Ngày quyết định', daysBefore(todayVn, 0, 10));
      await dialog.getByLabel('Số quyết định').fill('415');
      await dialog.getByLabel('Ký hiệu').fill('QĐ/ĐU');
      await submit('Quyết định kết nạp');

      await page.getByTestId('action-ceremony').click();
      await fillDate('Ngày tổ chức', todayVn);
      await submit('Lễ kết nạp');

      await expect.poll(() => page.getByTestId('member-status').textContent()).toBe('Đảng viên dự bị');
      for (const kind of ['Người giới thiệu', 'Quyết định kết nạp', 'Lễ kết nạp']) {
        await page.getByTestId('member-event').filter({ hasText: kind }).first().waitFor();
      }
      await shot(page, '04-probationary');
    });
  });

  it("shows a member only their own record, and not someone else's", async () => {
    const member = await newPage();
    await step(member, '05-own-record', async () => {
      await logIn(member, 'dangvien');
      await expect.poll(() => member.getByTestId('member-name').textContent()).toMatch(/^Hồ sơ của tôi: \p{Lu}/u);
      await member.getByTestId('member-status').waitFor();
      await member.getByText('Hồ sơ chỉ để xem').waitFor();
      // No register, no workflows, no editing.
      expect(await member.getByTestId('members-search').count()).toBe(0);
      expect(await member.getByRole('tab', { name: 'Nhắc hạn' }).count()).toBe(0);
      expect(await member.getByTestId('member-actions').count()).toBe(0);
      expect(await member.getByTestId('member-edit').count()).toBe(0);
      await shot(member, '05-own-record');

      const own = await member.evaluate(async () => ((await (await fetch('/api/v1/members/me')).json()) as { id: string }).id);
      expect(recognized && recognized.id !== own).toBe(true);
      await member.goto(`${server.baseUrl}/members/${recognized?.id ?? ''}`);
      await member.getByTestId('member-not-found').waitFor();
      expect(await member.getByText(recognized?.fullName ?? '-').count()).toBe(0);
      await shot(member, '05-other-not-found');
    });
    await member.context().close();
  });
});
