import { ConfigError } from '../config.ts';
import { DatabaseBusyError } from '../db/lock.ts';

/** Exit codes of the command-line tools: 0 done, 1 the check failed, 2 could not run (bad input, busy, error). */
export class UsageError extends Error {}

/** Runs a tool's main and exits with its code; a readable message (no stack) for the errors a user causes. */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      const readable = e instanceof ConfigError || e instanceof DatabaseBusyError || e instanceof UsageError;
      console.error(readable ? e.message : e);
      process.exit(2);
    },
  );
}
