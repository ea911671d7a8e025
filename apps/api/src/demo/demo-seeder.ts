import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { boardStreamId } from '@beslutskedjan/board';
import { EVENT_STORE, type EventStore } from '@beslutskedjan/event-store';
import { PEOPLE, PeopleDirectory } from '@beslutskedjan/people';
import { CommandExecutor } from '@beslutskedjan/platform';
import { demoPoliciesHistory, policyDecider, POLICY_EVENT_SCHEMA_VERSIONS, policyStreamId } from '@beslutskedjan/policy';
import { CLOCK, type Clock } from '@beslutskedjan/shared';
import { seedDemoBoard } from './demo-board.js';
import { seedCase2012 } from './demo-cases-2012.js';
import { seedCases2026 } from './demo-cases-2026.js';
import { seedDemoRegisters } from './demo-registers.js';
import { upsertDemoPeople } from './demo-people.js';
import { DemoSeedKit } from './demo-seed-kit.js';

export const DEMO_TENANT = 'demo';

/**
 * On a fresh data directory the demo förbund gets the real policy history from the seeds, a board
 * over two terms, a case decided in 2012 under the start-grant policy and current cases in every
 * state. Everything goes through the same deciders as any user's commands, so the demo can never
 * hold a fact the rules would refuse. Deterministic idempotency keys make a concurrent second
 * seeder harmless; the reactions (decisions taking effect, funding, reporting) follow on their own.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PEOPLE) private readonly people: PeopleDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seedPolicy();
    await this.seedBoardAndCases();
  }

  private async seedPolicy(): Promise<void> {
    const commands = demoPoliciesHistory();
    const policyId = commands[0]?.data.policyId;
    if (!policyId) return;
    if ((await this.store.readStream(policyStreamId(DEMO_TENANT, policyId), { toRevision: 0 })).length > 0) return;
    for (const [index, command] of commands.entries()) {
      // The keys of the first policy's commands are those it was seeded with before the second policy existed.
      await this.executor.execute({
        streamId: policyStreamId(DEMO_TENANT, command.data.policyId),
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
    this.logger.log(
      `Seeded the demo tenant with ${commands.length} policy commands (seed 000 change history and the general funding guidelines)`,
    );
  }

  /** Skipped once the demo board stream has events: the board is the first thing seeded. */
  private async seedBoardAndCases(): Promise<void> {
    if ((await this.store.readStream(boardStreamId(DEMO_TENANT), { toRevision: 0 })).length > 0) return;
    const people = upsertDemoPeople(this.people, DEMO_TENANT, this.clock.now().toISOString());
    const kit = new DemoSeedKit(this.executor, DEMO_TENANT);
    await seedDemoRegisters(kit);
    const seats = await seedDemoBoard(kit);
    await seedCase2012(kit);
    await seedCases2026(kit);
    this.logger.log(
      `Seeded the demo tenant with ${people} people, ${seats} board appointments over two terms, ` +
        `one 2012 case decided under the start-grant policy and five current cases (${kit.written} commands)`,
    );
  }
}
