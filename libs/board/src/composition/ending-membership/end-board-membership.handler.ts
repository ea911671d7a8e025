import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeBoardCommand } from '../../http/board-commands.js';
import type { EndBoardMembership } from './end-board-membership.command.js';

export class EndBoardMembershipEnvelope extends CommandEnvelope<EndBoardMembership> {}

@CommandHandler(EndBoardMembershipEnvelope)
export class EndBoardMembershipHandler implements ICommandHandler<EndBoardMembershipEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: EndBoardMembershipEnvelope): Promise<CommandResult> {
    return executeBoardCommand(this.executor, envelope, 'EndBoardMembership');
  }
}
