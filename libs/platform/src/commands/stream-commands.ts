import type { Command, Decider, DomainEvent } from '@beslutskedjan/shared';
import type { CommandEnvelope } from './command-envelope.js';
import type { CommandExecutor, CommandResult } from './command-executor.js';

/** What a capability's commands share: one decider, its schema versions, and which stream a command addresses. */
export interface StreamCommands<C extends Command, E extends DomainEvent, S> {
  decider: Decider<C, E, S>;
  schemaVersions: Readonly<Record<E['type'], number>>;
  streamId: (tenant: string, data: C['data']) => string;
}

/** The body of every simple @CommandHandler: envelope in, decided events appended to the command's stream. */
export function executeOnStream<C extends Command, E extends DomainEvent, S, T extends C>(
  commands: StreamCommands<C, E, S>,
  executor: CommandExecutor,
  envelope: CommandEnvelope<T>,
  type: T['type'],
): Promise<CommandResult> {
  const command = envelope.toCommand(type);
  return executor.execute({
    streamId: commands.streamId(envelope.context.tenant, command.data),
    decider: commands.decider,
    command,
    context: envelope.context,
    schemaVersions: commands.schemaVersions,
  });
}
