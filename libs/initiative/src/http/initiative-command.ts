import {
  type CommandEnvelope,
  executeOnStream,
  type StreamCommands,
  type CommandExecutor,
  type CommandResult,
  parseInput,
} from '@beslutskedjan/platform';
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
