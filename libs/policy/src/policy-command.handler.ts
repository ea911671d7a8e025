import {
  executeOnStream,
  type StreamCommands,
  type CommandExecutor,
  type CommandResult,
  type CommandEnvelope,
} from '@beslutskedjan/platform';
import { policyDecider, type PolicyCommand } from './policy.decider.js';
import { POLICY_EVENT_SCHEMA_VERSIONS } from './policy.events.js';
import { policyStreamId } from './policy.stream.js';

/** The three policy handlers differ only in the command type; the stream is one per policy. */
const commands: StreamCommands<PolicyCommand, Parameters<typeof policyDecider.evolve>[1], ReturnType<typeof policyDecider.initialState>> = {
  decider: policyDecider,
  schemaVersions: POLICY_EVENT_SCHEMA_VERSIONS,
  streamId: (tenant, data) => policyStreamId(tenant, data.policyId),
};

export const executePolicyCommand = <C extends PolicyCommand>(
  executor: CommandExecutor,
  envelope: CommandEnvelope<C>,
  type: C['type'],
): Promise<CommandResult> => executeOnStream(commands, executor, envelope, type);
