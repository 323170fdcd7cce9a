import type { AppModule } from '../../http/module.ts';
import { auditRoutes } from './audit.routes.ts';

/** The audit module, as app.ts registers it. */
export const auditModule: AppModule = {
  name: 'audit',
  routes: auditRoutes,
};

// The face: what other modules use.
export { appendAudit, verifyAuditChain } from './audit.chain.ts';
export { auditHead, type Checkpoint, checkpointKey, checkpointLogPath, type CheckpointSettings, checkpointSink, type CheckpointSink, parseCheckpointLog, writeCheckpoint } from './audit.checkpoints.ts';
export { verifyAuditTrail } from './audit.verify.ts';
