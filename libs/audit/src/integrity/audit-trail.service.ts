import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Actor } from '../../../event-store/src/event.js';
import { EVENT_STORE, type EventStore } from '../../../event-store/src/event-store.port.js';
import type { AppConfig } from '../../../platform/src/config/app-config.js';
import { APP_CONFIG } from '../../../platform/src/persistence/tokens.js';
import type { AuditTrailReport } from './audit-trail.report.js';
import { sealAuditTrail, type SealOutcome } from './seal-audit-trail.js';
import { VerifiedCheckpoints } from './verified-checkpoint.js';
import { verifyAuditTrail } from './verify-audit-trail.js';

/**
 * Verification and sealing for a process. Verification is incremental (only events after the verified
 * checkpoint are walked) and shared: twenty auditors asking at once for one förbund cause one walk.
 */
@Injectable()
export class AuditTrailService implements OnModuleDestroy {
  private readonly checkpoints: VerifiedCheckpoints;
  private readonly running = new Map<string, Promise<AuditTrailReport>>();
  /** Walks and seals of one tenant never overlap: both move the same checkpoint. */
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.checkpoints = VerifiedCheckpoints.open(config.dataDir);
  }

  verify(tenant: string, full = false): Promise<AuditTrailReport> {
    const slot = `${tenant}\u0000${full ? 'full' : 'incremental'}`;
    const running = this.running.get(slot);
    if (running) return running;
    const run = this.exclusive(tenant, () =>
      verifyAuditTrail(this.store, tenant, { key: this.config.audit.sealKey, checkpoints: this.checkpoints, full }),
    ).finally(() => this.running.delete(slot));
    this.running.set(slot, run);
    return run;
  }

  seal(tenant: string, now: string, actor?: Actor): Promise<SealOutcome> {
    return this.exclusive(tenant, () =>
      sealAuditTrail(this.store, tenant, now, actor, {
        key: this.config.audit.sealKey,
        checkpoints: this.checkpoints,
        digestDir: this.config.audit.digestDir,
      }),
    );
  }

  private exclusive<T>(tenant: string, work: () => Promise<T>): Promise<T> {
    const run = (this.tails.get(tenant) ?? Promise.resolve()).then(work, work);
    this.tails.set(
      tenant,
      run.catch(() => undefined),
    );
    return run;
  }

  onModuleDestroy(): void {
    this.checkpoints.close();
  }
}
