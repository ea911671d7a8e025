import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type Actor, EVENT_STORE, type EventStore, SqliteEventStore } from '@beslutskedjan/event-store';
import { type AppConfig, ThreadTasks, APP_CONFIG } from '@beslutskedjan/platform';
import type { AuditTrailReport } from './audit-trail.report.js';
import { sealAuditTrail, type SealOutcome } from './seal-audit-trail.js';
import { VerifiedCheckpoints } from './verified-checkpoint.js';
import { inspectAuditTrail, type Inspection } from './verify-audit-trail.js';
import type { InspectTask } from './verify.worker.js';

/**
 * Verification and sealing for a process. Verification is incremental (only events after the verified
 * checkpoint are walked) and shared: twenty auditors asking at once for one förbund cause one walk.
 *
 * On SQLite the walk runs on a worker thread (verify.worker.ts) with its own read-only connection: reading
 * and hashing the log never holds the API's event loop. KurrentDB is read over the network; its walk stays
 * here, in batches that yield (tenant-events.ts).
 */
@Injectable()
export class AuditTrailService implements OnModuleDestroy {
  private checkpoints: VerifiedCheckpoints | null = null;
  private readonly threads: ThreadTasks | null;
  private readonly eventsFile: string | null;
  private readonly running = new Map<string, Promise<AuditTrailReport>>();
  /** Walks and seals of one tenant never overlap: both move the same checkpoint. */
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const file = store instanceof SqliteEventStore && !store.database.memory ? store.database.name : null;
    this.eventsFile = file;
    this.threads = file ? new ThreadTasks(new URL('./verify.worker.js', import.meta.url), 1) : null;
  }

  verify(tenant: string, full = false): Promise<AuditTrailReport> {
    const slot = `${tenant}\u0000${full ? 'full' : 'incremental'}`;
    const running = this.running.get(slot);
    if (running) return running;
    const run = this.exclusive(tenant, () => this.walk(tenant, full)).finally(() => this.running.delete(slot));
    this.running.set(slot, run);
    return run;
  }

  seal(tenant: string, now: string, actor?: Actor): Promise<SealOutcome> {
    return this.exclusive(tenant, () =>
      sealAuditTrail(this.store, tenant, now, actor, {
        key: this.config.audit.sealKey,
        digestDir: this.config.audit.digestDir,
        inspect: (t) => this.inspect(t, false),
      }),
    );
  }

  private async walk(tenant: string, full: boolean): Promise<AuditTrailReport> {
    if (this.threads && this.eventsFile) return this.threads.run<AuditTrailReport>('verify', this.task(this.eventsFile, tenant, full));
    return (await this.inspect(tenant, full)).report;
  }

  private task(eventsFile: string, tenant: string, full: boolean): InspectTask {
    return { eventsFile, dataDir: this.config.dataDir, tenant, key: this.config.audit.sealKey, full };
  }

  private inspect(tenant: string, full: boolean): Promise<Inspection> {
    const key = this.config.audit.sealKey;
    if (this.threads && this.eventsFile) return this.threads.run<Inspection>('inspect', this.task(this.eventsFile, tenant, full));
    this.checkpoints ??= VerifiedCheckpoints.open(this.config.dataDir, key);
    return inspectAuditTrail(this.store, tenant, { key, checkpoints: this.checkpoints, full });
  }

  private exclusive<T>(tenant: string, work: () => Promise<T>): Promise<T> {
    const run = (this.tails.get(tenant) ?? Promise.resolve()).then(work, work);
    this.tails.set(
      tenant,
      run.catch(() => undefined),
    );
    return run;
  }

  async onModuleDestroy(): Promise<void> {
    this.checkpoints?.close();
    await this.threads?.close();
  }
}
