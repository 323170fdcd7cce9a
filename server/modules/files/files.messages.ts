import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Codes of the limits on parsing uploaded files (files.pool.ts). */
export const filesMessages = {

} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof filesMessages> {}
}
