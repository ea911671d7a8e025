import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeApplicationCommand } from '../http/application-command.js';
import type { Recommend } from './recommend.command.js';

export class RecommendEnvelope extends CommandEnvelope<Recommend> {}

@CommandHandler(RecommendEnvelope)
export class RecommendHandler implements ICommandHandler<RecommendEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: RecommendEnvelope): Promise<CommandResult> {
    return executeApplicationCommand(this.executor, envelope, 'Recommend');
  }
}
