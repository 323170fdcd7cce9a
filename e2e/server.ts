import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, repoRoot, waitForHealth } from '../test/child.ts';
import type { Browser, Page } from 'playwright-core';

export { repoRoot };

export interface RunningServer {
  baseUrl: string;
  adminPassword: string;
  stop: () => Promise<void>;
}

/**
 * Starts the real server (`tsx server/main.ts`) on a free port with a fresh data directory and the
 * demo data, and waits until it answers. It serves the web app from web/dist, which must be built.
 */
export async function startServer(): Promise<RunningServer> {
  if (!fs.existsSync(path.join(repoRoot, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `npm run build:web` before the browser tests.');
  }
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-e2e-'));
  const adminPassword = 'e2e-Admin-2025';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ADMIN_PASSWORD: adminPassword,
    SEED_DEMO: 'auto',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL; // a fresh PGlite database in dataDir, never a shared one
  delete env.PUBLIC_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, () => log, 120_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, adminPassword, stop };
}

/** Logs a demo account in over HTTP (password of the demo data) and returns its session cookie. */
export async function demoCookie(baseUrl: string, username: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ username, password: 'congtac-demo' }),
  });
  if (!login.ok) throw new Error(`log-in as ${username}: ${login.status}`);
  return login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** A logged-in reader of the API, for what a journey needs to know but does not test. */
export async function apiSession(baseUrl: string, username: string) {
  const cookie = await demoCookie(baseUrl, username);
  return async <T>(p: string): Promise<T> => {
    const res = await fetch(`${baseUrl}/api/v1${p}`, { headers: { Cookie: cookie, Accept: 'application/json' } });
    if (!res.ok) throw new Error(`GET ${p}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

/** A demo account logged in through the login page, in a fresh context at 1440×900, landed on `next`. */
export async function logInPage(
  browser: Browser, baseUrl: string, username: string, next: string, options: { acceptDownloads?: boolean; timeout?: number } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: options.acceptDownloads ?? false });
  context.setDefaultTimeout(options.timeout ?? 15_000);
  const p = await context.newPage();
  await p.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await p.getByLabel('Tên đăng nhập').fill(username);
  await p.getByLabel('Mật khẩu').fill('congtac-demo');
  await p.getByRole('button', { name: 'Đăng nhập' }).click();
  await p.waitForURL((url) => url.pathname === next);
  return p;
}
