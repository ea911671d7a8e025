import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope } from '../../../../platform/src/commands/command-envelope.js';
import { CommandExecutor, type CommandResult } from '../../../../platform/src/commands/command-executor.js';
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
