import fs from 'node:fs';
import path from 'node:path';
import { CONTRACT_FILE, generateContract } from './contract.ts';
import { runCli } from './run.ts';

/** npm run api:contract — rewrites web/src/api/routes.gen.ts from the server's routes and zod schemas. */
async function main(): Promise<number> {
  const text = await generateContract();
  const before = fs.existsSync(CONTRACT_FILE) ? fs.readFileSync(CONTRACT_FILE, 'utf8') : '';
  fs.writeFileSync(CONTRACT_FILE, text);
  console.log(`${path.relative(process.cwd(), CONTRACT_FILE)}: ${before === text ? 'unchanged' : 'written'}.`);
  return 0;
}

runCli(main);
