/**
 * What a user's screens ask for, and the SQL a hand-written backend would run for the same answer.
 * The API figure over the raw-SQL figure, measured in one run, is what survives a noisy machine.
 */
export interface Scenario {
  name: string;
  path: string;
  /** The SQL twin; for a write, the statements a hand-written backend would run, as one string. */
  sql: string;
  /** Its parameters; a function when each call must differ (a write's unique values), given the call's number. */
  params: unknown[] | ((i: number) => unknown[]);
  /** A write: POST with this body (a function of the request's number, so each request differs). */
  body?: (i: number) => unknown;
  /** Who asks: the administrator (the whole tree) by default, or a cell secretary (the inbox). */
  as?: 'admin' | 'secretary';
  /** A mix: each connection sends these scenarios' requests in turn (and the SQL twin runs theirs in turn). */
  mix?: Scenario[];
}

export interface Targets {
  committeeId: string;
  committeePath: string;
  cellId: string;
  rootId: string;
  rootPath: string;
  /** A monthly report period of the whole bloc, for the consolidated report (null before reports are generated). */
  monthlyPeriodId: string | null;
  monthlyPeriodStart: string | null;
  monthlyPeriodEnd: string | null;
}
