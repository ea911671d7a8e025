import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandEnvelope, CommandExecutor, type CommandContext, type CommandResult } from '@beslutskedjan/platform';
import type { MeetingCommand } from '../meeting/meeting.decider.js';
import { executeMeetingCommand } from './board-commands.js';

/** The meeting commands that need nothing but their input: one envelope names which. */
export type SimpleMeetingCommand = Extract<
  MeetingCommand,
  {
    type:
      | 'RemoveAgendaItem'
      | 'MoveMotion'
      | 'PutQuestion'
      | 'RequestVotering'
      | 'RecordProtocolNote'
      | 'ChooseChairForTheDay'
      | 'AttestParagraphImmediately'
      | 'PostMinutesNotice'
      | 'RegisterAppeal';
  }
>;

export class MeetingCommandEnvelope<C extends SimpleMeetingCommand = SimpleMeetingCommand> extends CommandEnvelope<C> {
  constructor(
    readonly type: C['type'],
    data: C['data'],
    context: CommandContext,
  ) {
    super(data, context);
  }
}

@CommandHandler(MeetingCommandEnvelope)
export class MeetingCommandHandler implements ICommandHandler<MeetingCommandEnvelope, CommandResult> {
  constructor(private readonly executor: CommandExecutor) {}

  execute(envelope: MeetingCommandEnvelope): Promise<CommandResult> {
    return executeMeetingCommand(this.executor, envelope, envelope.type);
  }
}
