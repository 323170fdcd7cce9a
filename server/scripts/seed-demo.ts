import { openConfiguredDatabase } from '../boot.ts';
import { ConfigError, loadConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { DatabaseBusyError } from '../db/lock.ts';
import { ensureAdmin } from '../modules/users/index.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoIfEmpty } from '../seed/demo.ts';

/**
 * npm run seed:demo — loads the demo data (fictional people) into the configured database when it holds
 * no organizations yet; a database that already has some is left as it is. Exit 0 when done or already
 * present, 1 when the database could not be used (e.g. the server holds the embedded database).
 */
async function main(): Promise<number> {
  const config = loadConfig();
  let database: Database;
  try {
    database = await openConfiguredDatabase(config);
  } catch (e) {
    if (e instanceof DatabaseBusyError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
  try {
    const admin = await ensureAdmin(database.db, config.ADMIN_PASSWORD);
    if (admin.generatedPassword) {
      console.log(`\n  Tài khoản quản trị đã được tạo / admin account created\n  username: admin\n  password: ${admin.generatedPassword}\n`);
    }
    const seeded = await seedDemoIfEmpty(database.db, (msg) => console.log(msg));
    if (!seeded) {
      console.log('Dữ liệu đã có sẵn (đã có tổ chức), không nạp lại dữ liệu mẫu / data already present (organizations exist): demo data not loaded.');
      return 0;
    }
    console.log(`\n  Tài khoản mẫu / demo accounts (mật khẩu / password: ${DEMO_PASSWORD})`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(16)} ${a.role.padEnd(18)} ${a.organizationName}`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(1);
  },
);
