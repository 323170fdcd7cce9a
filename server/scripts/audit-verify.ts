import { openConfiguredDatabase } from '../boot.ts';
import { loadConfig } from '../config.ts';
import { checkpointKey, checkpointLogPath } from '../modules/audit/index.ts';
import { verifyAuditTrail } from '../modules/audit/index.ts';
import { runCli } from './run.ts';

/**
 * npm run audit:verify — walks the audit hash chain and checks it against the newest signed checkpoint
 * (DATA_DIR/audit-checkpoints.log); exit 0 when intact, 1 naming what is broken, missing or forged.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    const logFile = checkpointLogPath(config.DATA_DIR);
    const verdict = await verifyAuditTrail(database.db, { logFile, key: checkpointKey(config, { generate: false }) });
    for (const p of verdict.problems) console.error(p);
    if (!verdict.ok) return 1;
    const against = verdict.checkpoint
      ? `; matches the checkpoint of ${verdict.checkpoint.at} (seq=${verdict.checkpoint.seq})`
      : `; no checkpoint in ${logFile} yet (npm run audit:checkpoint writes one)`;
    console.log(`Audit chain intact: ${verdict.chain.rows} rows verified${against}.`);
    return 0;
  } finally {
    await database.close();
  }
}

runCli(main);
