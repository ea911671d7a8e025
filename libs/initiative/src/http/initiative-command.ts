import type { CommandEnvelope } from '../../../platform/src/commands/command-envelope.js';
import { executeOnStream, type StreamCommands } from '../../../platform/src/commands/stream-commands.js';
import type { CommandExecutor, CommandResult } from '../../../platform/src/commands/command-executor.js';
import { parseInput } from '../../../platform/src/http/validation.js';
import { initiativeDecider, type InitiativeCommand } from '../initiative.decider.js';
import { INITIATIVE_EVENT_SCHEMA_VERSIONS, initiativeStreamId } from '../initiative.events.js';
import { initiativeIdSchema, itemNoSchema } from '../initiative.schemas.js';

/** Every initiative command targets the initiative's own stream. */
const commands: StreamCommands<
  InitiativeCommand,
  Parameters<typeof initiativeDecider.evolve>[1],
  ReturnType<typeof initiativeDecider.initialState>
> = {
  decider: initiativeDecider,
  schemaVersions: INITIATIVE_EVENT_SCHEMA_VERSIONS,
  streamId: (tenant, data) => initiativeStreamId(tenant, data.initiativeId),
};

export const executeInitiativeCommand = <C extends InitiativeCommand>(
  executor: CommandExecutor,
  envelope: CommandEnvelope<C>,
  type: C['type'],
): Promise<CommandResult> => executeOnStream(commands, executor, envelope, type);

/** The path parameters of a follow-up item: `/initiatives/:initiativeId/follow-ups/:n`. */
export const initiativePath = (initiativeId: string) => parseInput(initiativeIdSchema, initiativeId, 'initiativeId');
export const itemPath = (initiativeId: string, n: string) => ({
  initiativeId: initiativePath(initiativeId),
  n: parseInput(itemNoSchema, n, 'n'),
});
