import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeApplicationCommand } from '../http/application-command.js';
import type { TakeCase } from './take-case.command.js';

export class TakeCaseEnvelope extends CommandEnvelope<TakeCase> {}

@CommandHandler(TakeCaseEnvelope)
export class TakeCaseHandler implements ICommandHandler<TakeCaseEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: TakeCaseEnvelope): Promise<CommandResult> {
    return executeApplicationCommand(this.executor, envelope, 'TakeCase');
  }
}
