import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type AppConfig, APP_CONFIG, PROJECTION_RUNNER } from '@beslutskedjan/platform';
import type { ProjectionRunner } from '@beslutskedjan/projections';
import type { MailTransport } from '../delivery/mail-transport.js';
import { MAIL_TRANSPORT, REMINDER_DISPATCH } from '../reminders.tokens.js';
import type { ReminderDispatch } from './reminder-dispatch.js';

export const EMBEDDED_MODE_NOTICE = 'No REDIS_URL: reminders run in-process from the embedded due-list (not for production)';

const FOLLOW_MS = 250;
const RECONCILE_EVERY_MS = 10 * 60_000;
const RETRY_START_MS = 5000;

/**
 * Runs the dispatcher in the worker: reconcile on start (retried until Redis answers), then follow
 * the schedule as the read models move, promote due reminders every minute (every 15 s embedded,
 * where that is the delivery itself), and reconcile every ten minutes.
 */
@Injectable()
export class RemindersRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;
  private inFlight: Promise<unknown> = Promise.resolve();
  private lastPosition = -1n;
  /** Resolves once the first reconciliation has succeeded. */
  ready: Promise<void> = Promise.resolve();

  constructor(
    @Inject(REMINDER_DISPATCH) private readonly dispatch: ReminderDispatch,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(MAIL_TRANSPORT) private readonly mail: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.logger.log(
      this.dispatch.mode === 'embedded' ? EMBEDDED_MODE_NOTICE : `Reminders: BullMQ queue on ${redact(this.config.redisUrl ?? '')}`,
    );
    this.logger.log(`Reminder mail: ${this.mail.description}`);
    this.ready = this.start();
  }

  private async start(): Promise<void> {
    for (let wait = RETRY_START_MS; !this.stopped; wait = Math.min(wait * 2, 60_000)) {
      try {
        await this.run(() => this.dispatch.reconcile());
        break;
      } catch (error) {
        this.logger.error(`Reconciliation failed, retrying in ${wait / 1000} s: ${(error as Error).message}`);
        await new Promise<void>((resolve) => this.every(wait, () => resolve(), true));
      }
    }
    if (this.stopped) return;
    this.every(FOLLOW_MS, () => this.follow());
    this.every(this.dispatch.mode === 'embedded' ? 15_000 : 60_000, () => this.fire(() => this.dispatch.promoteDue()));
    if (this.dispatch.mode === 'bullmq') this.every(RECONCILE_EVERY_MS, () => this.fire(() => this.dispatch.reconcile()));
    this.fire(() => this.dispatch.promoteDue());
  }

  private follow(): void {
    const position = this.runner.position;
    if (position === this.lastPosition) return;
    this.lastPosition = position;
    this.fire(async () => {
      await this.dispatch.sync();
      // Embedded: the poll is the delivery, so a reminder due at once goes out at once.
      if (this.dispatch.mode === 'embedded') await this.dispatch.promoteDue();
    });
  }

  private run<T>(work: () => Promise<T>): Promise<T> {
    const run = work();
    this.inFlight = Promise.allSettled([this.inFlight, run]);
    return run;
  }

  /** From a timer: failures are logged and the next tick tries again. */
  private fire(work: () => Promise<unknown>): void {
    this.run(work).catch((error: unknown) => this.logger.warn(`Reminder dispatch: ${(error as Error).message}`));
  }

  private every(ms: number, tick: () => void, once = false): void {
    const timer = (once ? setTimeout : setInterval)(() => {
      if (once) this.timers.delete(timer);
      if (!this.stopped) tick();
    }, ms);
    this.timers.add(timer);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    // Let a delivery in progress finish; do not hang the shutdown on an unreachable Redis.
    await Promise.race([this.inFlight, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    this.logger.log('Reminders stopped (timers cleared, work in flight finished)');
  }

  onApplicationShutdown(): void {
    this.mail.close();
  }
}

const redact = (url: string) => url.replace(/\/\/[^@]*@/, '//***@');
