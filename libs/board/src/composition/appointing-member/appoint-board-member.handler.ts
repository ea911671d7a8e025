import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope } from '../../../../platform/src/commands/command-envelope.js';
import { CommandExecutor, type CommandResult } from '../../../../platform/src/commands/command-executor.js';
import { executeBoardCommand } from '../../http/board-commands.js';
import type { AppointBoardMember } from './appoint-board-member.command.js';

export class AppointBoardMemberEnvelope extends CommandEnvelope<AppointBoardMember> {}

@CommandHandler(AppointBoardMemberEnvelope)
export class AppointBoardMemberHandler implements ICommandHandler<AppointBoardMemberEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: AppointBoardMemberEnvelope): Promise<CommandResult> {
    return executeBoardCommand(this.executor, envelope, 'AppointBoardMember');
  }
}
