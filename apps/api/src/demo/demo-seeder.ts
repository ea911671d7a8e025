import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { CommandExecutor } from '../../../../libs/platform/src/commands/command-executor.js';
import { demoPolicyHistory } from '../../../../libs/policy/src/demo/demo-policy-history.js';
import { policyDecider } from '../../../../libs/policy/src/policy.decider.js';
import { POLICY_EVENT_SCHEMA_VERSIONS } from '../../../../libs/policy/src/policy.events.js';
import { policyStreamId } from '../../../../libs/policy/src/policy.stream.js';

export const DEMO_TENANT = 'demo';

/**
 * On a fresh data directory the demo förbund gets the real policy history from the seeds.
 * The commands go through the same decider as any user's, so the demo can never hold a fact
 * the rules would refuse. Deterministic idempotency keys make a concurrent second seeder harmless.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const commands = demoPolicyHistory();
    const policyId = commands[0]?.data.policyId;
    if (!policyId) return;
    const streamId = policyStreamId(DEMO_TENANT, policyId);
    if ((await this.store.readStream(streamId, { toRevision: 0 })).length > 0) return;
    for (const [index, command] of commands.entries()) {
      await this.executor.execute({
        streamId,
        decider: policyDecider,
        command,
        schemaVersions: POLICY_EVENT_SCHEMA_VERSIONS,
        context: {
          tenant: DEMO_TENANT,
          actor: command.metadata.actor,
          now: command.metadata.now,
          correlationId: 'demo-seed',
          causationId: null,
          idempotencyKey: `demo-seed-policy-${index}`,
        },
      });
    }
    this.logger.log(`Seeded the demo tenant with ${commands.length} policy commands (seed 000 change history)`);
  }
}
