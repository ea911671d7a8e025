import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
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
