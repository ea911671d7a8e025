export { AuditModule, auditProjections, auditUpcasters } from './audit.module.js';
export { verifyAuditTrail } from './integrity/verify-audit-trail.js';
export { sealAuditTrail, type SealOutcome } from './integrity/seal-audit-trail.js';
export type { AuditTrailReport, AuditBreak, BreakReason } from './integrity/audit-trail.report.js';
export { applicationAsOf, type CaseAsOf } from './time-travel/application-as-of.js';
export { initiativeAsOf, type InitiativeAsOf } from './time-travel/initiative-as-of.js';
export { meetingIdsOfCase } from './read/audit-log.queries.js';
export { applicationUpcasters } from './schema-evolution/application.upcasters.js';
