import { SqliteReadOnlyStore } from '@beslutskedjan/event-store';
import { VerifiedCheckpoints } from './verified-checkpoint.js';
import type { AuditTrailReport } from './audit-trail.report.js';
import { inspectAuditTrail, type Inspection } from './verify-audit-trail.js';

/**
 * Verification's thread side (run through ThreadTasks from AuditTrailService): the log is read through its
 * own read-only connection and hashed here, so the API's event loop only waits for the report. Connections
 * are kept between tasks, one per file.
 */
export interface InspectTask {
  eventsFile: string;
  dataDir: string;
  tenant: string;
  key?: Uint8Array | undefined;
  full: boolean;
}

const stores = new Map<string, SqliteReadOnlyStore>();
const checkpoints = new Map<string, VerifiedCheckpoints>();

/** Verification: only the report crosses back (a seal needs the heads too; see `inspect`). */
export async function verify(task: InspectTask): Promise<AuditTrailReport> {
  return (await inspect(task)).report;
}

export async function inspect(task: InspectTask): Promise<Inspection> {
  const key = task.key ? Buffer.from(task.key) : undefined;
  let store = stores.get(task.eventsFile);
  if (!store) stores.set(task.eventsFile, (store = SqliteReadOnlyStore.open(task.eventsFile)));
  const slot = `${task.dataDir}\u0000${key?.toString('hex') ?? ''}`;
  let verified = checkpoints.get(slot);
  if (!verified) checkpoints.set(slot, (verified = VerifiedCheckpoints.open(task.dataDir, key)));
  return inspectAuditTrail(store, task.tenant, { key, checkpoints: verified, full: task.full });
}
