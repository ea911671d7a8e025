import type { CommandContext, CommandExecutor } from '@beslutskedjan/platform';
import { meetingDecider, MEETING_EVENT_SCHEMA_VERSIONS, meetingStreamId, caseSnapshot } from '@beslutskedjan/board';
import { applicationDecider } from '../application.decider.js';
import { applicationStreamId } from '../application.events.js';
import { commandMetadata } from './reaction-context.js';

/** Puts a delegated decision on a meeting's agenda as a reported item. */
export async function reportDelegatedDecision(
  executor: CommandExecutor,
  meetingId: string,
  applicationId: string,
  context: CommandContext,
): Promise<void> {
  const meeting = (await executor.load(meetingStreamId(context.tenant, meetingId), meetingDecider)).state;
  // Someone may have reported it by hand already: then there is nothing left to do.
  if (meeting.status !== 'none' && meeting.items.some((item) => item.case.applicationId === applicationId)) return;
  const { state } = await executor.load(applicationStreamId(context.tenant, applicationId), applicationDecider);
  await executor.execute({
    streamId: meetingStreamId(context.tenant, meetingId),
    decider: meetingDecider,
    command: {
      type: 'AddAgendaItem',
      data: { meetingId, kind: 'reported_delegated_decision', case: caseSnapshot(state, 'reported_delegated_decision') },
      metadata: commandMetadata(context),
    },
    context,
    schemaVersions: MEETING_EVENT_SCHEMA_VERSIONS,
  });
}
