import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, repoRoot, startServer } from './server.ts';
import { hasChromium, launchBrowser, requireChromium } from './browser.ts';

/**
 * Documents and correspondence in the browser, against the real server, as the committee office
 * (`vanphong`): an incoming document registered with the keyboard (the issuing body chosen among those
 * already in the register, typed without diacritics) with its scan attached, corrected, directed to a
 * cell and seen in the register; a party plan drafted, submitted, signed and issued with its number and
 * symbol, then related to an earlier document; and the one search finding it without diacritics.
 */

const resultsDir = path.join(repoRoot, 'test-results');
const screenshotsDir = path.join(repoRoot, 'docs/screenshots');

/** Today in Vietnam as the date pickers read it (DD/MM/YYYY), and a deadline ten days on. */
const todayVn = new Date(Date.now() + 7 * 3600_000);
const picker = (d: Date) => d.toISOString().slice(0, 10).split('-').reverse().join('/');
const inTenDays = new Date(todayVn.getTime() + 10 * 86_400_000);
/** A one-page PDF (bytes written here) as the scan of the incoming document. */
function scanPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A token that makes this run's records unique in a database that already holds demo data. */
const token = `E2E${String(Date.now()).slice(-6)}`;

requireChromium('documents in the browser');

describe.skipIf(!hasChromium)('documents and correspondence in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  const shot = async (name: string, dir = resultsDir) => {
    fs.mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: dir === resultsDir });
  };

  const step = async (name: string, body: () => Promise<void>) => {
    try {
      await body();
    } catch (e) {
      await shot(`documents-${name}-failure`).catch(() => undefined);
      throw e;
    }
  };

  const popconfirm = (name: string) => page.locator('.ant-popconfirm').filter({ visible: true }).getByRole('button', { name, exact: true });

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    await page.goto(`${server.baseUrl}/login?next=%2Fcorrespondence`);
    await page.getByLabel('Tên đăng nhập').fill('vanphong');
    await page.getByLabel('Mật khẩu').fill('congtac-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/correspondence$/);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('registers an incoming document with the keyboard only, directs it and shows it in the register', async () => {
    const summary = `Về việc triển khai công tác kiểm tra, giám sát ${token}`;
    const symbol = `${token.slice(-4)}-CV/BTCTW`;
    await step('01-register', async () => {
      const form = page.getByTestId('incoming-fast');
      await form.getByLabel('Ngày đến').focus();
      const k = page.keyboard;
      await k.press('Enter'); // today stays
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('incoming_sender');
      // The issuing body is chosen among those of the register, typed without diacritics.
      await k.press('Control+A');
      await k.type('ban to chuc trung');
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^Ban Tổ chức Trung ương$/ }).click();
      await expect.poll(() => form.getByLabel('Cơ quan ban hành').inputValue()).toBe('Ban Tổ chức Trung ương');
      await form.getByLabel('Cơ quan ban hành').press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('incoming_symbol');
      await k.type(symbol);
      await k.press('Enter');
      await k.type(picker(todayVn));
      await k.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('incoming_typeName');
      await k.type('Công văn');
      await k.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('incoming_summary');
      await k.type(summary);
      // A script is refused by the server, which says why next to the button; the PDF scan is taken.
      const fileInput = form.locator('input[type=file]');
      await fileInput.setInputFiles({ name: 'chay.sh', mimeType: 'text/plain', buffer: Buffer.from('echo hello\n') });
      await expect.poll(() => form.getByTestId('file-error').textContent()).toContain('Loại tệp này không được nhận');
      await fileInput.setInputFiles({ name: 'cong-van-den.pdf', mimeType: 'application/pdf', buffer: scanPdf() });
      await form.getByTestId('file-line').filter({ hasText: 'cong-van-den.pdf' }).waitFor();
      expect(await form.getByTestId('file-error').count()).toBe(0);
      await form.getByLabel('Trích yếu').press('Control+Enter');
      await page.getByText(/Đã vào sổ: số đến \d+/).waitFor();
      expect(await form.getByTestId('file-line').count()).toBe(0);
      // The issuing body of the last entry stays for the next one.
      await expect.poll(() => form.getByLabel('Cơ quan ban hành').inputValue()).toBe('Ban Tổ chức Trung ương');

      // The same symbol from the same body again: the clerk is warned and may decline.
      await form.getByLabel('Số, ký hiệu').fill(symbol);
      await form.getByLabel('Trích yếu').fill(summary);
      await form.getByLabel('Trích yếu').press('Control+Enter');
      const confirm = page.locator('.ant-modal-confirm');
      await confirm.getByText('Có thể trùng văn bản đã vào sổ').filter({ visible: true }).waitFor();
      // The warning shows the entry already registered, and offers to register anyway.
      const existing = confirm.getByTestId('incoming-duplicate');
      expect(await existing.textContent()).toMatch(new RegExp(`Số đến \\d+/\\d{4}, ngày đến ${picker(todayVn)}`));
      expect(await existing.textContent()).toContain(summary);
      await confirm.getByRole('button', { name: 'Vẫn vào sổ' }).waitFor();
      await confirm.getByRole('button', { name: 'Hủy' }).click();
      await form.getByRole('button', { name: 'Nhập lại' }).click();
      expect(await form.getByLabel('Trích yếu').inputValue()).toBe('');
    });

    await step('02-direct', async () => {
      await page.getByTestId('incoming-search').locator('input').fill(token.toLowerCase());
      const row = page.getByTestId('incoming-table').locator('tr', { hasText: summary });
      await expect.poll(() => row.count()).toBe(1);
      await row.locator('td').first().click();
      const drawer = page.locator('.ant-drawer').filter({ visible: true });
      await drawer.getByText(symbol).waitFor();
      await drawer.getByTestId('incoming-file').getByRole('link', { name: 'cong-van-den.pdf' }).waitFor();

      // The clerk corrects the summary: an empty one is refused next to its field.
      await drawer.getByTestId('incoming-edit').click();
      const edit = page.getByRole('dialog', { name: /^Sửa, đính chính văn bản đến số \d+\/\d{4}$/ });
      await edit.getByLabel('Trích yếu').fill('');
      await edit.getByRole('button', { name: 'Lưu' }).click();
      await edit.getByText('Vui lòng nhập trích yếu').waitFor();
      await edit.getByLabel('Trích yếu').fill(`${summary} (đính chính)`);
      await edit.getByRole('button', { name: 'Lưu' }).click();
      await drawer.getByText(`${summary} (đính chính)`, { exact: false }).waitFor();

      await drawer.getByTestId('incoming-direct').click();
      const dialog = page.getByRole('dialog', { name: 'Chỉ đạo xử lý' });
      await dialog.getByLabel('Đơn vị chủ trì').fill('Tổng hợp');
      await page.getByTitle('Chi bộ Vụ Tổng hợp', { exact: true }).first().click();
      await dialog.getByLabel('Hạn xử lý').fill(picker(inTenDays));
      await dialog.getByLabel('Hạn xử lý').press('Enter');
      await dialog.getByLabel('Ý kiến chỉ đạo').fill('Đề nghị chủ trì, tham mưu xử lý');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await expect.poll(() => drawer.getByTestId('incoming-lead').textContent()).toBe('Chi bộ Vụ Tổng hợp');
      await drawer.getByText('Đang xử lý').first().waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => row.textContent()).toContain('Chi bộ Vụ Tổng hợp');
      expect(await row.textContent()).toContain(symbol);
      await page.getByTestId('incoming-search').locator('input').fill('');
      // The register reloads without the search (after the search box's debounce).
      await page.waitForTimeout(400);
      await page.waitForLoadState('networkidle');
      await expect.poll(() => page.locator('.ant-spin-spinning').count()).toBe(0);
      await page.getByTestId('incoming-table').locator('tbody tr.ant-table-row').first().waitFor();
      await shot('incoming', screenshotsDir);
      await shot('documents-incoming');
    });
  });

  it('drafts a party plan, submits, signs and issues it with its number and symbol', async () => {
    await step('03-draft', async () => {
      await page.goto(`${server.baseUrl}/documents`);
      await page.getByTestId('document-add').click();
      const dialog = page.getByRole('dialog', { name: 'Soạn dự thảo văn bản' });
      await dialog.getByLabel('Loại văn bản').fill('Kế hoạch');
      await page.locator('.ant-select-item-option', { hasText: 'Kế hoạch (KH)' }).first().click();
      await dialog.getByLabel('Trích yếu').fill(`Kế hoạch tổ chức Hội nghị sơ kết công tác xây dựng Đảng ${token}`);
      await dialog.getByLabel('Nội dung').fill('Mục đích, yêu cầu của Hội nghị.\nThời gian, địa điểm.\nTổ chức thực hiện.');
      await dialog.getByLabel('Ký hiệu cơ quan ban hành').fill('ĐU');
      await dialog.getByLabel('Họ tên người ký').fill('Nguyễn Văn An');
      await dialog.getByRole('button', { name: 'Tạo dự thảo' }).click();
      await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.getByTestId('document-state').textContent()).toBe('Dự thảo');
      expect(await page.getByTestId('document-number').textContent()).toBe('Chưa cấp số');
    });

    await step('04-issue', async () => {
      // An open comment round with an unanswered comment: submitting asks for a confirmation first.
      const draftId = page.url().split('/').at(-1) ?? '';
      const posted = await page.evaluate(async (docId) => {
        const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const round = (await (await post(`/api/v1/documents/${docId}/comment-rounds`, { title: 'Lấy ý kiến', deadline: '2030-01-01', recipients: ['Chi bộ 1'] })).json()) as { id: string };
        return (await post(`/api/v1/comment-rounds/${round.id}/comments`, { author: 'Chi bộ 1', paragraph: 2, text: 'Bổ sung địa điểm dự phòng' })).status;
      }, draftId);
      expect(posted).toBe(201);
      await page.getByTestId('document-submit').click();
      await popconfirm('Trình ký').click();
      const confirm = page.locator('.ant-modal-confirm');
      await confirm.getByText('Còn 1 ý kiến góp ý chưa được trả lời').waitFor();
      expect(await page.getByTestId('document-state').textContent()).toBe('Dự thảo');
      await confirm.getByRole('button', { name: 'Vẫn trình ký' }).click();
      await expect.poll(() => page.getByTestId('document-state').textContent()).toBe('Trình ký');
      await page.getByTestId('document-sign').click();
      await popconfirm('Ký').click();
      await expect.poll(() => page.getByTestId('document-state').textContent()).toBe('Đã ký');
      await page.getByTestId('document-issue').click();
      const dialog = page.getByRole('dialog', { name: 'Ban hành' });
      await dialog.getByText('Số và ký hiệu được cấp theo quy tắc đánh số').waitFor();
      await dialog.getByRole('button', { name: 'Ban hành' }).click();
      await expect.poll(() => page.getByTestId('document-state').textContent()).toBe('Đã ban hành');
      const number = (await page.getByTestId('document-number').textContent()) ?? '';
      // The party regime prints "Số 12-KH/ĐU": no colon, the type's abbreviation, the issuer's.
      expect(number).toMatch(/^Số \d{2,}-KH\/ĐU$/);
      const id = page.url().split('/').at(-1) ?? '';
      const fromApi = await page.evaluate(async (docId) => (await (await fetch(`/api/v1/documents/${docId}`)).json()) as { printedNumber: string; symbol: string }, id);
      expect(fromApi.printedNumber).toBe(number);
      await page.getByText(`Đã ban hành văn bản số ${fromApi.symbol}`).waitFor();
      await shot('documents-document');
      // It is in the outgoing register under its symbol.
      await page.goto(`${server.baseUrl}/correspondence/outgoing`);
      await page.getByRole('link', { name: fromApi.symbol }).waitFor();
    });

    await step('04b-relation', async () => {
      await page.goBack();
      const relations = page.getByTestId('document-relations');
      await relations.getByText('Chưa có văn bản liên quan.').waitFor();
      await relations.getByTestId('relation-add').click();
      const dialog = page.getByRole('dialog', { name: 'Thêm quan hệ' });
      await dialog.getByLabel('Văn bản', { exact: true }).click();
      await page.keyboard.type('ke hoach');
      const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
      await option.waitFor();
      const picked = (await option.textContent()) ?? '';
      await option.click();
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      const row = relations.locator('tr', { hasText: 'Văn bản này thay thế' });
      await expect.poll(() => row.count()).toBe(1);
      expect(picked).toContain(((await row.locator('td').nth(2).textContent()) ?? '').split(' — ').at(-1) ?? '');
      await shot('documents-relations');
      // Removing asks first.
      await row.getByRole('button', { name: 'Bỏ quan hệ' }).click();
      await popconfirm('Bỏ quan hệ').click();
      await relations.getByText('Chưa có văn bản liên quan.').waitFor();
    });
  });

  it('finds the plan by searching "ke hoach" without diacritics, highlighted', async () => {
    await step('05-search', async () => {
      await page.goto(`${server.baseUrl}/search?q=ke%20hoach`);
      const hits = page.getByTestId('search-hit');
      await hits.first().waitFor();
      const first = page.getByTestId('search-hit-link').first();
      expect(((await first.textContent()) ?? '').toLowerCase()).toContain('kế hoạch');
      // Marked where the words are, whatever their diacritics.
      expect(await first.locator('mark').textContent()).toMatch(/^kế hoạch$/i);
      expect(await hits.first().locator('mark').count()).toBeGreaterThan(0);
      await page.getByTestId('search-input').locator('input').fill(`ke hoach so ket ${token.toLowerCase()}`);
      await page.getByTestId('search-hit-link').filter({ hasText: `Kế hoạch tổ chức Hội nghị sơ kết công tác xây dựng Đảng ${token}` }).waitFor();
      await shot('documents-search');
    });
  });
});
