import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { inboxDecider, type MarkNotificationRead } from '../notification.decider.js';
import { NOTIFICATION_EVENT_SCHEMA_VERSIONS, notificationsStreamId } from '../notification.events.js';

export class MarkNotificationReadEnvelope extends CommandEnvelope<MarkNotificationRead> {}

/** Loads the caller's own inbox stream only: no one can mark another person's notification. */
@CommandHandler(MarkNotificationReadEnvelope)
export class MarkNotificationReadHandler implements ICommandHandler<MarkNotificationReadEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: MarkNotificationReadEnvelope): Promise<CommandResult> {
    const { tenant, actor } = envelope.context;
    return this.executor.execute({
      streamId: notificationsStreamId(tenant, actor.userId),
      decider: inboxDecider,
      command: envelope.toCommand('MarkNotificationRead'),
      context: envelope.context,
      schemaVersions: NOTIFICATION_EVENT_SCHEMA_VERSIONS,
    });
  }
}
