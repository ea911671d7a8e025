import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeApplicationCommand } from '../http/application-command.js';
import type { RequestSupplement } from './request-supplement.command.js';

export class RequestSupplementEnvelope extends CommandEnvelope<RequestSupplement> {}

@CommandHandler(RequestSupplementEnvelope)
export class RequestSupplementHandler implements ICommandHandler<RequestSupplementEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: RequestSupplementEnvelope): Promise<CommandResult> {
    return executeApplicationCommand(this.executor, envelope, 'RequestSupplement');
  }
}
