import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeMeetingCommand } from '../../http/board-commands.js';
import type { CloseAgendaItem } from './close-agenda-item.command.js';

export class CloseAgendaItemEnvelope extends CommandEnvelope<CloseAgendaItem> {}

@CommandHandler(CloseAgendaItemEnvelope)
export class CloseAgendaItemHandler implements ICommandHandler<CloseAgendaItemEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: CloseAgendaItemEnvelope): Promise<CommandResult> {
    return executeMeetingCommand(this.executor, envelope, 'CloseAgendaItem');
  }
}
