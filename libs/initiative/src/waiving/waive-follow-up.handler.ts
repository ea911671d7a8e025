import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope } from '../../../platform/src/commands/command-envelope.js';
import { CommandExecutor, type CommandResult } from '../../../platform/src/commands/command-executor.js';
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
