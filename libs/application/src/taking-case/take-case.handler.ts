import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope } from '../../../platform/src/commands/command-envelope.js';
import { CommandExecutor, type CommandResult } from '../../../platform/src/commands/command-executor.js';
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
