import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeMeetingCommand } from '../../http/board-commands.js';
import type { CastVote } from './cast-vote.command.js';

export class CastVoteEnvelope extends CommandEnvelope<CastVote> {}

@CommandHandler(CastVoteEnvelope)
export class CastVoteHandler implements ICommandHandler<CastVoteEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: CastVoteEnvelope): Promise<CommandResult> {
    return executeMeetingCommand(this.executor, envelope, 'CastVote');
  }
}
