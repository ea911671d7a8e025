import type { CommandExecutor, CommandResult } from '../../platform/src/commands/command-executor.js';
import type { CommandEnvelope } from '../../platform/src/commands/command-envelope.js';
import { policyDecider, type PolicyCommand } from './policy.decider.js';
import { POLICY_EVENT_SCHEMA_VERSIONS } from './policy.events.js';
import { policyStreamId } from './policy.stream.js';

/** The three policy handlers differ only in the command type; the stream is one per policy. */
export function executePolicyCommand<C extends PolicyCommand>(
  executor: CommandExecutor,
  envelope: CommandEnvelope<C>,
  type: C['type'],
): Promise<CommandResult> {
  const command = envelope.toCommand(type);
  return executor.execute({
    streamId: policyStreamId(envelope.context.tenant, command.data.policyId),
    decider: policyDecider,
    command,
    context: envelope.context,
    schemaVersions: POLICY_EVENT_SCHEMA_VERSIONS,
  });
}
