import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT_FILE, generateContract } from './contract.ts';

describe('the web <-> server contract', () => {
  let generated = '';
  beforeAll(async () => {
    generated = await generateContract();
  });

  it('web/src/api/routes.gen.ts is the one the routes generate (else: run npm run api:contract)', () => {
    const committed = fs.existsSync(CONTRACT_FILE) ? fs.readFileSync(CONTRACT_FILE, 'utf8') : '';
    expect(committed === generated, 'web/src/api/routes.gen.ts is out of date: run npm run api:contract').toBe(true);
  });

  it('gives each route its params, body and answer, naming the exported schemas', () => {
    expect(generated).toContain("  'POST /api/v1/incoming/:id/done': {\n    params: { id: string };\n    query: never;\n    body: z.input<typeof correspondence.doneBody>;");
    expect(generated).toContain('    response: Page<z.output<typeof correspondence.incomingEntry>>;');
    // An upload parsed by its handler has the JSON body it reads; no write is left with an unknown body.
    expect(generated).toContain("  'POST /api/v1/member-import/dry-run': {\n    params: never;\n    query: never;\n    body: z.input<typeof imports.fileBody>;");
    expect(generated).not.toMatch(/body: unknown;/);
  });
});
