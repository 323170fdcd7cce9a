import type { AppModule } from '../../http/module.ts';
import { fileRoutes } from './files.routes.ts';
import { filesMessages } from './files.messages.ts';

/** Uploads by content hash; the extraction pool (files.pool.ts, worker threads with heap, time and zip limits) that reads every untrusted file: text of PDFs and Word, import workbooks. */
export const filesModule: AppModule = {
  name: 'files',
  routes: fileRoutes,
  messages: filesMessages,
};

// The face: what other modules use.
export { Extraction } from './files.pool.ts';
