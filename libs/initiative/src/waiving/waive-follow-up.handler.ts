import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeInitiativeCommand } from '../http/initiative-command.js';
import type { WaiveFollowUp } from './waive-follow-up.command.js';

export class WaiveFollowUpEnvelope extends CommandEnvelope<WaiveFollowUp> {}

@CommandHandler(WaiveFollowUpEnvelope)
export class WaiveFollowUpHandler implements ICommandHandler<WaiveFollowUpEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: WaiveFollowUpEnvelope): Promise<CommandResult> {
    return executeInitiativeCommand(this.executor, envelope, 'WaiveFollowUp');
  }
}
