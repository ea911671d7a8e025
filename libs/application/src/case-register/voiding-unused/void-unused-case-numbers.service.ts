import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { CommandExecutor, ReadModels } from '@beslutskedjan/platform';
import { CLOCK, type Clock } from '@beslutskedjan/shared';
import { applicationDecider } from '../../application.decider.js';
import { applicationStreamId, CASE_REGISTER_EVENT_SCHEMA_VERSIONS, caseRegisterStreamId } from '../../application.events.js';
import { caseRegisterDecider } from '../assign-case-number.js';
import { unusedCaseNumbers } from './unused-case-numbers.js';

const SWEEPER = { userId: 'system:diarium', role: 'system' } as const;

/**
 * A process killed between taking a number and registering the case leaves the number taken and
 * unused. The sweep, run at start and on request, records each such number as void (makulerat)
 * with the reason, after checking the application's own stream: the read model only nominates.
 */
@Injectable()
export class VoidUnusedCaseNumbers implements OnApplicationBootstrap {
  private readonly logger = new Logger('Diarium');

  constructor(
    private readonly executor: CommandExecutor,
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    // In the background, on the read model as far as it has come: start waits for nothing, and a
    // number the read model has not reached yet is caught by the next sweep.
    void this.atStart().catch((error: unknown) => this.logger.warn(`The sweep of unused case numbers failed: ${String(error)}`));
  }

  private async atStart(): Promise<void> {
    const voided = await this.sweep(undefined, false);
    if (voided.length > 0) this.logger.warn(`Voided ${voided.length} case numbers taken but never used: ${voided.join(', ')}`);
  }

  async sweep(tenant?: string, caughtUp = true): Promise<string[]> {
    const now = this.clock.now().toISOString();
    const db = caughtUp ? await this.readModels.consistentWith(String(await this.store.headPosition())) : this.readModels.db;
    const voided: string[] = [];
    for (const candidate of unusedCaseNumbers(db, now, tenant)) {
      const { state } = await this.executor.load(applicationStreamId(candidate.tenant, candidate.applicationId), applicationDecider);
      if (state.status !== 'none') continue;
      const result = await this.executor.execute({
        streamId: caseRegisterStreamId(candidate.tenant, candidate.year),
        decider: caseRegisterDecider,
        command: {
          type: 'VoidCaseNumber',
          data: {
            caseNumber: candidate.caseNumber,
            reason: `Numret togs ${candidate.takenAt} men ingen ansökan registrerades under det (avbrott mellan diarieföring och registrering).`,
          },
          metadata: { now, actor: SWEEPER, tenant: candidate.tenant },
        },
        context: { tenant: candidate.tenant, actor: SWEEPER, now, correlationId: `void-${candidate.caseNumber}`, causationId: null },
        schemaVersions: CASE_REGISTER_EVENT_SCHEMA_VERSIONS,
      });
      if (result.events.length > 0) voided.push(`${candidate.tenant}:${candidate.caseNumber}`);
    }
    return voided;
  }
}
