import { openConfiguredDatabase } from '../boot.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { DatabaseBusyError } from '../db/lock.ts';
import { verifyAuditChain } from '../modules/audit/audit.chain.ts';

/** npm run audit:verify — walks the audit hash chain; exit 0 when intact, 1 naming the first broken row. */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    const verdict = await verifyAuditChain(database.db);
    if (verdict.ok) {
      console.log(`Audit chain intact: ${verdict.rows} rows verified.`);
      return 0;
    }
    const why = verdict.reason === 'broken_link' ? 'its prev_hash does not match the row before it' : 'its content does not match its hash';
    console.error(`Audit chain BROKEN at row seq=${verdict.seq} id=${verdict.id}: ${why}. ${verdict.rows} rows before it verified.`);
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof ConfigError || e instanceof DatabaseBusyError ? e.message : e);
    process.exit(2);
  },
);
