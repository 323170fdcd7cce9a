import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { describe, it } from 'vitest';

/**
 * The system Chromium every browser journey drives (Debian package `chromium`; CHROMIUM_PATH for another).
 * Where it is missing the journeys skip, except in CI, where a missing browser is a failure, not a skip.
 */
export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(executablePath);

/** Without Chromium: in CI, a suite named `name` that fails at once; elsewhere a warning that it is skipped. */
export function requireChromium(name: string): void {
  if (hasChromium) return;
  if (process.env.CI !== 'true') {
    console.warn(`[e2e] Chromium not found at ${executablePath}: ${name} skipped (set CHROMIUM_PATH).`);
    return;
  }
  describe(name, () => {
    it('needs Chromium', () => {
      throw new Error(`Chromium not found at ${executablePath}: install the Debian package "chromium" or set CHROMIUM_PATH.`);
    });
  });
}

/** Headless, sandbox off (the CI user is root), nothing that reaches the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
