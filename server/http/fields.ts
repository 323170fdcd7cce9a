import { z } from 'zod';

/** Request fields many schemas share; zod only, so the web app's type-check of the schemas stays small. */

/** The version a write was based on (optimistic locking, http/concurrency.ts): every PATCH and state change sends it. */
export const version = z.number().int().min(1);
