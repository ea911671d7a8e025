import {
  type CommandEnvelope,
  executeOnStream,
  type StreamCommands,
  type CommandExecutor,
  type CommandResult,
} from '@beslutskedjan/platform';
import { BOARD_EVENT_SCHEMA_VERSIONS, boardStreamId } from '../composition/board.events.js';
import { boardDecider, type BoardCommand } from '../composition/board.decider.js';
import { MEETING_EVENT_SCHEMA_VERSIONS, meetingStreamId } from '../meeting/meeting.events.js';
import { meetingDecider, type MeetingCommand } from '../meeting/meeting.decider.js';

/** Every meeting command targets the meeting's stream. */
const meetingCommands: StreamCommands<
  MeetingCommand,
  Parameters<typeof meetingDecider.evolve>[1],
  ReturnType<typeof meetingDecider.initialState>
> = {
  decider: meetingDecider,
  schemaVersions: MEETING_EVENT_SCHEMA_VERSIONS,
  streamId: (tenant, data) => meetingStreamId(tenant, data.meetingId),
};

export const executeMeetingCommand = <C extends MeetingCommand>(
  executor: CommandExecutor,
  envelope: CommandEnvelope<C>,
  type: C['type'],
): Promise<CommandResult> => executeOnStream(meetingCommands, executor, envelope, type);

/** The board's composition is one stream per förbund. */
const boardCommands: StreamCommands<
  BoardCommand,
  Parameters<typeof boardDecider.evolve>[1],
  ReturnType<typeof boardDecider.initialState>
> = {
  decider: boardDecider,
  schemaVersions: BOARD_EVENT_SCHEMA_VERSIONS,
  streamId: (tenant) => boardStreamId(tenant),
};

export const executeBoardCommand = <C extends BoardCommand>(
  executor: CommandExecutor,
  envelope: CommandEnvelope<C>,
  type: C['type'],
): Promise<CommandResult> => executeOnStream(boardCommands, executor, envelope, type);
