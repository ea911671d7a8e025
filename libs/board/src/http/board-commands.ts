import type { CommandEnvelope } from '../../../platform/src/commands/command-envelope.js';
import type { CommandExecutor, CommandResult } from '../../../platform/src/commands/command-executor.js';
import { BOARD_EVENT_SCHEMA_VERSIONS, boardStreamId } from '../composition/board.events.js';
import { boardDecider, type BoardCommand } from '../composition/board.decider.js';
import { MEETING_EVENT_SCHEMA_VERSIONS, meetingStreamId } from '../meeting/meeting.events.js';
import { meetingDecider, type MeetingCommand } from '../meeting/meeting.decider.js';

/** Every meeting command targets the meeting's stream. */
export function executeMeetingCommand<C extends MeetingCommand>(executor: CommandExecutor, envelope: CommandEnvelope<C>, type: C['type']): Promise<CommandResult> {
  const command = envelope.toCommand(type);
  return executor.execute({
    streamId: meetingStreamId(envelope.context.tenant, command.data.meetingId),
    decider: meetingDecider,
    command,
    context: envelope.context,
    schemaVersions: MEETING_EVENT_SCHEMA_VERSIONS,
  });
}

/** The board's composition is one stream per förbund. */
export function executeBoardCommand<C extends BoardCommand>(executor: CommandExecutor, envelope: CommandEnvelope<C>, type: C['type']): Promise<CommandResult> {
  return executor.execute({
    streamId: boardStreamId(envelope.context.tenant),
    decider: boardDecider,
    command: envelope.toCommand(type),
    context: envelope.context,
    schemaVersions: BOARD_EVENT_SCHEMA_VERSIONS,
  });
}
