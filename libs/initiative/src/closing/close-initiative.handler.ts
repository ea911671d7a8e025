import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeInitiativeCommand } from '../http/initiative-command.js';
import type { CloseInitiative } from './close-initiative.command.js';

export class CloseInitiativeEnvelope extends CommandEnvelope<CloseInitiative> {}

@CommandHandler(CloseInitiativeEnvelope)
export class CloseInitiativeHandler implements ICommandHandler<CloseInitiativeEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: CloseInitiativeEnvelope): Promise<CommandResult> {
    return executeInitiativeCommand(this.executor, envelope, 'CloseInitiative');
  }
}
