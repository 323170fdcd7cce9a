import type { AppModule } from '../../http/module.ts';
import { auditRoutes } from './audit.routes.ts';

/** The hash chain of every change (audit.chain.ts, one statement on the audit_head row), who reads which entry (audit.access.ts: scope, the record kind's permission, clearance), signed checkpoints (audit.checkpoints.ts) and the verification against them (audit.verify.ts), the history API. */
export const auditModule: AppModule = {
  name: 'audit',
  routes: auditRoutes,
};

// The face: what other modules use.
export { appendAudit, verifyAuditChain } from './audit.chain.ts';
export { auditHead, type Checkpoint, checkpointKey, checkpointLogPath, type CheckpointSettings, checkpointSink, type CheckpointSink, parseCheckpointLog, writeCheckpoint } from './audit.checkpoints.ts';
export { verifyAuditTrail } from './audit.verify.ts';
