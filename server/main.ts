import { buildApp } from './app.ts';
import { openConfiguredDatabase } from './boot.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DatabaseBusyError } from './db/lock.ts';
import { jobHandlers, smtpMailer } from './jobs/handlers.ts';
import { dailyScheduler } from './jobs/scheduler.ts';
import { setLeaseMs } from './jobs/lease.ts';
import { createWorker } from './jobs/worker.ts';
import { checkpointSink, writeCheckpoint } from './modules/audit/index.ts';
import { recoverImports } from './modules/imports/index.ts';
import { ensureAdmin } from './modules/users/index.ts';
import { seedDemoIfEmpty } from './seed/demo.ts';

async function main() {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  const admin = await ensureAdmin(database.db, config.ADMIN_PASSWORD);
  if (admin.created && admin.generatedPassword) {
    // Printed once, on the first start only: it is stored nowhere in clear.
    console.log(`\n  Tài khoản quản trị đã được tạo / admin account created\n  username: admin\n  password: ${admin.generatedPassword}\n`);
  }
  if (config.SEED_DEMO === 'auto') {
    const seeded = await seedDemoIfEmpty(database.db, (msg) => console.log(msg));
    if (seeded) console.log('  Demo data loaded (fictional people).');
  }
  const app = await buildApp(config, database);
  const checkpoints = checkpointSink(config, (msg) => app.log.warn(msg));
  // Work left running by a process that died: on PGlite no other process can hold it, so all of it at once;
  // on PostgreSQL what no live instance renews (the worker's polls keep looking).
  setLeaseMs(config.JOB_LEASE_SECONDS * 1000);
  const exclusive = database.kind === 'pglite';
  const orphans = await recoverImports(database.db, { anyHolder: exclusive });
  if (orphans.length > 0) app.log.warn({ imports: orphans }, 'imports of a stopped server marked failed');
  const daily = dailyScheduler(database.db, config.DIGEST_HOUR, 60_000, config.AUDIT_CHECKPOINT_MINUTES);
  // Every instance may run a worker: jobs are claimed with SKIP LOCKED, the daily ones enqueued once.
  const worker =
    config.WORKER === 'on'
      ? createWorker({
          db: database.db,
          handlers: jobHandlers({ mailer: smtpMailer(config.SMTP_URL, config.MAIL_FROM), baseUrl: config.PUBLIC_URL, checkpoints }),
          onTick: async () => {
            await daily();
            await recoverImports(database.db, { anyHolder: false });
          },
          leaseMs: config.JOB_LEASE_SECONDS * 1000,
          exclusive,
          log: app.log,
        })
      : null;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await worker?.stop();
    await app.close();
    // The last head, signed: rows deleted after a clean stop show against it.
    await writeCheckpoint(database.db, checkpoints).catch((e: unknown) => app.log.error({ err: String(e) }, 'audit checkpoint failed'));
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.PORT, host: config.HOST });
  worker?.start();
  console.log(`  Công tác: http://localhost:${config.PORT}  (database: ${database.kind})`);
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof DatabaseBusyError) console.error(e.message);
  else console.error(e);
  process.exit(1);
});
