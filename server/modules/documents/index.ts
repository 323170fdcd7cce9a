import type { AppModule } from '../../http/module.ts';
import { DOCUMENT_STATE_LABELS } from '../../../common/state-labels.ts';
import { documentRoutes } from './documents.routes.ts';
import { documentsMessages } from './documents.messages.ts';

/** Documents of both regimes: drafts and versions, transitions, issuing with gapless numbers (db/counters.ts), comment rounds and their table, printing, links, document types and numbering rules. */
export const documentsModule: AppModule = {
  name: 'documents',
  routes: documentRoutes,
  messages: documentsMessages,
  stateLabels: { document: DOCUMENT_STATE_LABELS, comment: DOCUMENT_STATE_LABELS },
};
