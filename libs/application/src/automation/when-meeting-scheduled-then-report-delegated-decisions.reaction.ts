import { Injectable } from '@nestjs/common';
import type { StoredEvent } from '@beslutskedjan/event-store';
import { AutomationReaction, CommandExecutor, ReadModels } from '@beslutskedjan/platform';
import type { Reaction } from '@beslutskedjan/projections';
import type { BoardMeetingScheduled } from '@beslutskedjan/board';
import { reactionContext } from './reaction-context.js';
import { reportDelegatedDecision } from './report-delegated-decision.js';
import { unreportedDelegatedDecisions } from './unreported-delegated-decisions.js';

const NAME = 'when-meeting-scheduled-then-report-delegated-decisions';

/** Delegated decisions taken while no meeting was scheduled are reported to the first one scheduled. */
@Injectable()
@AutomationReaction()
export class WhenMeetingScheduledThenReportDelegatedDecisions implements Reaction {
  readonly name = NAME;
  readonly handles = ['BoardMeetingScheduled'];

  constructor(
    private readonly executor: CommandExecutor,
    private readonly readModels: ReadModels,
  ) {}

  async react(event: StoredEvent): Promise<void> {
    const { meetingId, date } = (event as StoredEvent<string, BoardMeetingScheduled['data']>).data;
    for (const applicationId of unreportedDelegatedDecisions(this.readModels.db, event.metadata.tenant, date)) {
      await reportDelegatedDecision(this.executor, meetingId, applicationId, reactionContext(NAME, event, applicationId));
    }
  }
}
