// The entry of an extraction worker thread (files.pool.ts). The server runs TypeScript through tsx,
// whose loader a worker thread does not always inherit (under vitest it does not): register it here,
// then load the worker itself. Registering twice (under `tsx server/main.ts`) is harmless.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./files.extract.worker.ts');
export default worker.default;
