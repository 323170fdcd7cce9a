import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/db.ts';
import type { Database } from './client.ts';
import { generateTableTypes } from './introspect.ts';

const GENERATED = new URL('./schema.gen.ts', import.meta.url);

describe('table types', () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase();
  });
  afterAll(() => database.close());

  // schema.check.ts holds the hand-written types to schema.gen.ts at type-check time; this holds
  // schema.gen.ts to the migrations, on each database the tests run on.
  it('schema.gen.ts is what the migrations make (else: npm run db:types)', async () => {
    expect(await generateTableTypes(database.db)).toBe(fs.readFileSync(GENERATED, 'utf8'));
  });
});
