import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope } from '../../../../platform/src/commands/command-envelope.js';
import { CommandExecutor, type CommandResult } from '../../../../platform/src/commands/command-executor.js';
import { executeMeetingCommand } from '../../http/board-commands.js';
import type { OpenAgendaItem } from './open-agenda-item.command.js';

export class OpenAgendaItemEnvelope extends CommandEnvelope<OpenAgendaItem> {}

@CommandHandler(OpenAgendaItemEnvelope)
export class OpenAgendaItemHandler implements ICommandHandler<OpenAgendaItemEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: OpenAgendaItemEnvelope): Promise<CommandResult> {
    return executeMeetingCommand(this.executor, envelope, 'OpenAgendaItem');
  }
}
