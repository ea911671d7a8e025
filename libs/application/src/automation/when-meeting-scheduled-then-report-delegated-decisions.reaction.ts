import { Injectable } from '@nestjs/common';
import type { StoredEvent } from '../../../event-store/src/event.js';
import { AutomationReaction } from '../../../platform/src/automation/reaction.decorator.js';
import { CommandExecutor } from '../../../platform/src/commands/command-executor.js';
import { ReadModels } from '../../../platform/src/persistence/read-models.js';
import type { Reaction } from '../../../projections/src/reaction-runner.js';
import type { BoardMeetingScheduled } from '../../../board/src/meeting/meeting.events.js';
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
