import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type Database from 'better-sqlite3';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { type AppConfig, APP_CONFIG, PROJECTION_RUNNER, READ_DB } from '@beslutskedjan/platform';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import { CLOCK, type Clock } from '@beslutskedjan/shared';
import { AuditTrailService } from '../audit-trail.service.js';
import { readSeals } from '../read-seals.js';
import { tenantActivity } from './audit-activity.projection.js';
import { sealIsDue } from './seal-due.js';

const CHECK_EVERY_MS = 60_000;

/** The worker seals every förbund's log by itself: after quiet periods and at least daily (seal-due.ts). */
@Injectable()
export class AutoSealer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AutoSealer');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly audit: AuditTrailService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_DB) private readonly db: Database.Database,
    @Inject(PROJECTION_RUNNER) private readonly runner: Pick<ProjectionRunner, 'waitFor'>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running = this.sealDue().catch((error: unknown) => this.logger.warn(`Sealing failed: ${(error as Error).message}`));
    }, CHECK_EVERY_MS);
    this.timer.unref();
  }

  /** Seals each förbund that is due; returns the tenants sealed. A log that does not verify is reported, not sealed. */
  async sealDue(): Promise<string[]> {
    await this.runner.waitFor(await this.store.headPosition());
    const now = this.clock.now();
    const sealed: string[] = [];
    for (const activity of tenantActivity(this.db)) {
      const seals = await readSeals(this.store, activity.tenant);
      if (!sealIsDue(activity, seals.summary, now, this.config.audit.quietSeconds * 1000)) continue;
      try {
        const outcome = await this.audit.seal(activity.tenant, now.toISOString());
        if (outcome.sealed) sealed.push(activity.tenant);
      } catch (error) {
        this.logger.error(`The log of ${activity.tenant} was not sealed: ${(error as Error).message}`);
      }
    }
    return sealed;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
