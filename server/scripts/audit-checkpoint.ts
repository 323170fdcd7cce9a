import { openConfiguredDatabase } from '../boot.ts';
import { loadConfig } from '../config.ts';
import { checkpointSink, writeCheckpoint } from '../modules/audit/index.ts';
import { runCli } from './run.ts';

/** npm run audit:checkpoint — signs the audit chain's head now and appends it to DATA_DIR/audit-checkpoints.log. */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    const sink = checkpointSink(config, (msg) => console.warn(msg));
    const written = await writeCheckpoint(database.db, sink);
    console.log(written ? `Checkpoint written: seq=${written.seq} at ${written.at} -> ${sink.logFile}` : 'Nothing to checkpoint: the chain is empty or its head is already checkpointed.');
    return 0;
  } finally {
    await database.close();
  }
}

runCli(main);
