import type { AppModule } from '../../http/module.ts';
import { registerImportRoutes } from './register-import.routes.ts';
import { registerImportMessages } from './register-import.messages.ts';

/** Incoming entries, outgoing documents and letters into one book, on imports/: arrival numbers from the file (checked) or drawn after the book's last; one audit row per file. */
export const registerImportModule: AppModule = {
  name: 'register-import',
  routes: registerImportRoutes,
  messages: registerImportMessages,
};

// The face: what other modules use.

