import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server.ts';
import { hasChromium, launchBrowser, requireChromium } from './browser.ts';

/**
 * The app under its Content-Security-Policy in a real browser: the login page loads, the committee
 * office logs in and opens a few screens, and the API docs (Swagger UI) render, with no CSP violation
 * reported, neither in the console nor as a securitypolicyviolation event.
 */


requireChromium('headers in the browser');

describe.skipIf(!hasChromium)('the app under its Content-Security-Policy', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const violations: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    context.setDefaultTimeout(15_000);
    // Reported by the page itself: a violation the console might word differently is still caught.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page = await context.newPage();
    page.on('console', (m) => {
      const text = m.text();
      if (/Content Security Policy|CSP violation|Refused to (load|execute|apply|connect|frame)/i.test(text)) violations.push(text);
      // The session check before login answers 401: a network status, not a script error.
      else if (m.type() === 'error' && !/Failed to load resource/.test(text)) errors.push(text);
    });
    page.on('pageerror', (e) => errors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('loads, logs in and opens screens with no CSP violation', async () => {
    const res = await page.goto(`${server.baseUrl}/login?next=%2Fcorrespondence`);
    const csp = res?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    await page.getByLabel('Tên đăng nhập').fill('vanphong');
    await page.getByLabel('Mật khẩu').fill('congtac-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/correspondence$/);
    await page.getByTestId('incoming-fast').waitFor();
    for (const url of ['/documents', '/meetings', '/organizations']) {
      await page.goto(`${server.baseUrl}${url}`);
      await page.waitForLoadState('networkidle');
    }
    // Ant Design's run-time <style> elements were allowed in (style-src 'unsafe-inline').
    const styled = await page.evaluate(() => document.querySelectorAll('style').length);
    expect(styled).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('renders the API docs with no CSP violation', async () => {
    const res = await page.goto(`${server.baseUrl}/api/docs`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'Công tác API' }).waitFor();
    await page.locator('.opblock').first().waitFor();
    expect(violations).toEqual([]);
    // The watch itself works: an inline script, as an injected one would be, is refused and reported.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.body.appendChild(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'inline' in window || '__inline' in window)).toBe(false);
  });
});
