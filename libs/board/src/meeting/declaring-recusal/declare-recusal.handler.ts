import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope } from '../../../../platform/src/commands/command-envelope.js';
import { CommandExecutor, type CommandResult } from '../../../../platform/src/commands/command-executor.js';
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
