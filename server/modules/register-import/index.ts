import type { AppModule } from '../../http/module.ts';
import { registerImportRoutes } from './register-import.routes.ts';
import { registerImportMessages } from './register-import.messages.ts';

/** The register-import module, as app.ts registers it. */
export const registerImportModule: AppModule = {
  name: 'register-import',
  routes: registerImportRoutes,
  messages: registerImportMessages,
};

// The face: what other modules use.

