import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandResult } from '@beslutskedjan/platform';
import { validOrganisationNumber } from '@beslutskedjan/shared';
import { executeBoardCommand } from '../../http/board-commands.js';
import type { AppointBoardMember } from './appoint-board-member.command.js';

export class AppointBoardMemberEnvelope extends CommandEnvelope<AppointBoardMember> {}

/**
 * The member organisation's number gets the same Luhn check as applications and the registers
 * (libs/shared): a bad check digit is a 400 naming `memberOrganisation.organisationNumber`.
 */
@CommandHandler(AppointBoardMemberEnvelope)
export class AppointBoardMemberHandler implements ICommandHandler<AppointBoardMemberEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(envelope: AppointBoardMemberEnvelope): Promise<CommandResult> {
    const org = envelope.data.memberOrganisation;
    const organisationNumber = validOrganisationNumber(org.organisationNumber, 'memberOrganisation.organisationNumber');
    const checked = new AppointBoardMemberEnvelope(
      { ...envelope.data, memberOrganisation: { ...org, organisationNumber } },
      envelope.context,
    );
    return executeBoardCommand(this.executor, checked, 'AppointBoardMember');
  }
}
