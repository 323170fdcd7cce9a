import type { AppModule } from '../../http/module.ts';
import { DOCUMENT_STATE_LABELS } from '../../../common/state-labels.ts';
import { documentRoutes } from './documents.routes.ts';
import { documentsMessages } from './documents.messages.ts';

/** The documents module, as app.ts registers it. */
export const documentsModule: AppModule = {
  name: 'documents',
  routes: documentRoutes,
  messages: documentsMessages,
  stateLabels: { document: DOCUMENT_STATE_LABELS, comment: DOCUMENT_STATE_LABELS },
};

// The face: what other modules use.
export { wordTable } from './documents.docx.ts';
