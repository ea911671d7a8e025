import { Injectable } from '@nestjs/common';
import type { StoredEvent } from '@beslutskedjan/event-store';
import { AutomationReaction, CommandExecutor, ReadModels } from '@beslutskedjan/platform';
import type { Reaction } from '@beslutskedjan/projections';
import { listMeetings } from '@beslutskedjan/board';
import { applicationDecider } from '../application.decider.js';
import { applicationStreamId, type DecidedUnderDelegation } from '../application.events.js';
import { fundInitiative } from './fund-initiative.js';
import { reactionContext } from './reaction-context.js';
import { reportDelegatedDecision } from './report-delegated-decision.js';

const NAME = 'when-decided-under-delegation-then-fund-and-report';

/**
 * A delegated decision stands at once: an approval is funded, and the decision is reported
 * (anmäls) to the next scheduled board meeting. If none is scheduled yet, scheduling one reports it.
 */
@Injectable()
@AutomationReaction()
export class WhenDecidedUnderDelegationThenFundAndReport implements Reaction {
  readonly name = NAME;
  readonly handles = ['DecidedUnderDelegation'];

  constructor(
    private readonly executor: CommandExecutor,
    private readonly readModels: ReadModels,
  ) {}

  async react(event: StoredEvent): Promise<void> {
    const data = (event as StoredEvent<string, DecidedUnderDelegation['data']>).data;
    const tenant = event.metadata.tenant;
    if (data.decision === 'approved' && data.terms) {
      const { state } = await this.executor.load(applicationStreamId(tenant, data.applicationId), applicationDecider);
      await fundInitiative(
        this.executor,
        state,
        data.terms,
        { kind: 'delegation', userId: data.decidedBy },
        data.decidedOn,
        reactionContext(NAME, event, 'fund'),
      );
    }
    const [next] = listMeetings(this.readModels.db, tenant, { from: data.decidedOn, status: 'scheduled' });
    if (next)
      await reportDelegatedDecision(
        this.executor,
        next.meetingId,
        data.applicationId,
        reactionContext(NAME, event, `report-${next.meetingId}`),
      );
  }
}
