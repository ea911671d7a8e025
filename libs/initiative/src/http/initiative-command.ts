import type { CommandEnvelope } from '../../../platform/src/commands/command-envelope.js';
import type { CommandExecutor, CommandResult } from '../../../platform/src/commands/command-executor.js';
import { parseInput } from '../../../platform/src/http/validation.js';
import { initiativeDecider, type InitiativeCommand } from '../initiative.decider.js';
import { INITIATIVE_EVENT_SCHEMA_VERSIONS, initiativeStreamId } from '../initiative.events.js';
import { initiativeIdSchema, itemNoSchema } from '../initiative.schemas.js';

/** Every initiative command targets the initiative's own stream. */
export function executeInitiativeCommand<C extends InitiativeCommand>(
  executor: CommandExecutor,
  envelope: CommandEnvelope<C>,
  type: C['type'],
): Promise<CommandResult> {
  const command = envelope.toCommand(type);
  return executor.execute({
    streamId: initiativeStreamId(envelope.context.tenant, command.data.initiativeId),
    decider: initiativeDecider,
    command,
    context: envelope.context,
    schemaVersions: INITIATIVE_EVENT_SCHEMA_VERSIONS,
  });
}

/** The path parameters of a follow-up item: `/initiatives/:initiativeId/follow-ups/:n`. */
export const initiativePath = (initiativeId: string) => parseInput(initiativeIdSchema, initiativeId, 'initiativeId');
export const itemPath = (initiativeId: string, n: string) => ({
  initiativeId: initiativePath(initiativeId),
  n: parseInput(itemNoSchema, n, 'n'),
});
