import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { executeMeetingCommand } from '../../http/board-commands.js';
import type { AttestMinutes } from './attest-minutes.command.js';

export class AttestMinutesEnvelope extends CommandEnvelope<AttestMinutes> {}

@CommandHandler(AttestMinutesEnvelope)
export class AttestMinutesHandler implements ICommandHandler<AttestMinutesEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: AttestMinutesEnvelope): Promise<CommandResult> {
    return executeMeetingCommand(this.executor, envelope, 'AttestMinutes');
  }
}
