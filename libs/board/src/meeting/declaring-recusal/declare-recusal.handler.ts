import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeMeetingCommand } from '../../http/board-commands.js';
import type { DeclareRecusal } from './declare-recusal.command.js';

export class DeclareRecusalEnvelope extends CommandEnvelope<DeclareRecusal> {}

@CommandHandler(DeclareRecusalEnvelope)
export class DeclareRecusalHandler implements ICommandHandler<DeclareRecusalEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: DeclareRecusalEnvelope): Promise<CommandResult> {
    return executeMeetingCommand(this.executor, envelope, 'DeclareRecusal');
  }
}
