import { defineConfig } from 'vitest/config';

/**
 * Three projects: pure unit tests; database and HTTP tests (each file gets a fresh migrated database:
 * PGlite always, and PostgreSQL too when TEST_DATABASE_URL is set); browser journeys in Chromium.
 */
const postgres = process.env.TEST_DATABASE_URL;
const dbProject = (name: string, env: Record<string, string>) => ({
  test: {
    name,
    include: ['server/**/*.test.ts'],
    exclude: ['server/**/*.unit.test.ts'],
    env,
    testTimeout: 30_000,
    hookTimeout: 120_000, // several files seed the whole demo (tens of thousands of rows) before their tests
  },
});

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['{common,server,web}/**/*.unit.test.ts'] } },
      dbProject('db:pglite', { TEST_DB: 'pglite' }),
      ...(postgres ? [dbProject('db:postgres', { TEST_DB: 'postgres' })] : []),
      { test: { name: 'e2e', include: ['e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false } },
    ],
  },
});
